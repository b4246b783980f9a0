// HR, unit admins, payroll and auditors: the allowance periods, a month's statements and one statement.
import { html, useEffect, useState } from '/vendor/preact-htm.js';
import { API, get, post } from '../api.js';
import { addMonths, monthLabel, rupiah, thisMonth } from '../format.js';
import { t } from '../i18n.js';
import { ErrorBox, Loaded, Page, useAction, useLoad } from '../ui.js';
import { StatementView } from './employee.js';

const RECENT_MONTHS = 6;

function PeriodRow({ period, canClose, onChanged }) {
  const action = useAction();
  const act = (what) => action.run(() => post(`/periods/${period.month}/${what}`)).then(onChanged);
  return html`<tr data-testid=${'period-' + period.month}>
    <th scope="row"><a href=${`#/period/${period.month}`}>${monthLabel(period.month)}</a></th>
    <td><span class=${'status ' + period.status}>${t(period.status)}</span> ${period.status === 'CLOSING' ? html`<progress aria-label=${t('progress')}></progress>` : null}</td>
    <td>${period.statementCount}</td>
    <td>
      ${canClose && period.status === 'OPEN' ? html`<button type="button" class="primary" disabled=${action.busy} onClick=${() => act('close')} aria-label=${`${t('close')} ${monthLabel(period.month)}`}>${t('close')}</button>` : null}
      ${canClose && period.status === 'CLOSED' ? html`<button type="button" class="secondary" disabled=${action.busy} onClick=${() => act('recompute')} aria-label=${`${t('recompute')} ${monthLabel(period.month)}`}>${t('recompute')}</button>` : null}
      <${ErrorBox} error=${action.error} />
    </td>
  </tr>`;
}

export function PeriodsPage({ me }) {
  const months = Array.from({ length: RECENT_MONTHS }, (_, i) => addMonths(thisMonth(), -i));
  const state = useLoad(() => Promise.all(months.map((m) => get(`/periods/${m}`))));
  const closing = state.data?.some((p) => p.status === 'CLOSING');
  // A running close commits chunk by chunk: poll until it is CLOSED so the count and status move on screen.
  useEffect(() => {
    if (!closing) return undefined;
    const timer = setInterval(state.reload, 1000);
    return () => clearInterval(timer);
  }, [closing]);
  const canClose = me.roles.includes('HR_ADMIN');
  return html`<${Page} title=${t('periodsTitle')}>
    <${Loaded} state=${state}>
      ${(periods) =>
        html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('periodsTitle')}>
          <table>
            <thead>
              <tr>
                <th scope="col">${t('month')}</th>
                <th scope="col">${t('status')}</th>
                <th scope="col">${t('statementCount')}</th>
                <th scope="col"><span class="sr-only">${t('open')}</span></th>
              </tr>
            </thead>
            <tbody>
              ${periods.map((p) => html`<${PeriodRow} key=${p.month} period=${p} canClose=${canClose} onChanged=${state.reload} />`)}
            </tbody>
          </table>
        </div>`}
    <//>
  <//>`;
}

/**
 * The month's state as HR acts on it: a running close shows its progress (and is polled until CLOSED), stale
 * statements are counted and recomputed here, with a progress bar while the recompute runs.
 */
function PeriodState({ period, canClose, onChanged }) {
  const action = useAction();
  const [outcome, setOutcome] = useState(null);
  useEffect(() => {
    if (period.status !== 'CLOSING') return undefined;
    const timer = setInterval(onChanged, 1000);
    return () => clearInterval(timer);
  }, [period.status]);
  const close = () => action.run(() => post(`/periods/${period.month}/close`)).then(onChanged);
  const recompute = async () => {
    const result = await action.run(() => post(`/periods/${period.month}/recompute`));
    if (result !== undefined) setOutcome(result);
    onChanged();
  };
  return html`<div class="card" data-testid="period-state">
    <p>
      <span class=${'status ' + period.status}>${t(period.status)}</span> · ${t('statementCount')}: <strong data-testid="statement-count">${period.statementCount}</strong>
      ${period.status === 'CLOSED' ? html` · ${t('staleCount')}: <strong data-testid="stale-count">${period.staleCount}</strong>` : null}
    </p>
    ${period.status === 'CLOSING' ? html`<progress aria-label=${t('progress')}></progress>` : null}
    ${action.busy && period.status === 'CLOSED' ? html`<progress aria-label=${t('recomputing')}></progress>` : null}
    ${canClose && period.status === 'OPEN' ? html`<button type="button" class="primary" disabled=${action.busy} onClick=${close}>${t('close')}</button>` : null}
    ${canClose && period.status === 'CLOSED' ? html`<button type="button" class="secondary" disabled=${action.busy} onClick=${recompute}>${t('recompute')}</button>` : null}
    ${outcome ? html`<div class="alert ok" role="status" data-testid="recompute-outcome">${t('recomputed')}: ${outcome.stale} ${t('stale')}, ${outcome.recomputed} ${t('newVersions')}</div>` : null}
    <${ErrorBox} error=${action.error} />
  </div>`;
}

export function PeriodPage({ me, params }) {
  const month = params[0] ?? addMonths(thisMonth(), -1);
  const state = useLoad(async () => {
    const [period, statements] = await Promise.all([get(`/periods/${month}`), get(`/periods/${month}/statements?limit=200`)]);
    return { period, statements: statements.items };
  }, [month]);
  return html`<${Page} title=${`${t('statements')} ${monthLabel(month)}`}>
    <p class="actions">
      <a class="button secondary" href=${`${API}/periods/${month}/statements.xlsx`} download>${t('registerXlsx')}</a>
      <a class="button secondary" href=${`${API}/periods/${month}/statements.csv`} download>${t('registerCsv')}</a>
    </p>
    <${Loaded} state=${state}>
      ${({ period, statements }) =>
        html`<${PeriodState} period=${period} canClose=${me.roles.includes('HR_ADMIN')} onChanged=${state.reload} /> ${
            statements.length === 0
              ? html`<p>${t('none')}</p>`
              : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('statements')}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">${t('employee')}</th>
                        <th scope="col">NIP</th>
                        <th scope="col">Unit</th>
                        <th scope="col">${t('net')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${statements.map(
                        (s) =>
                          html`<tr>
                            <th scope="row"><a href=${`#/statement/${s.employee.id}/${month}`}>${s.employee.name}</a></th>
                            <td>${s.employee.nip}</td>
                            <td>${s.unit.code}</td>
                            <td class="num">${rupiah(s.net)}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
          }`}
    <//>
  <//>`;
}

export function StatementPage({ params }) {
  const [employeeId, month] = params;
  return html`<${Page} title=${t('statementTitle')}>
    <p><a href=${`#/period/${month}`}>‹ ${t('statements')} ${monthLabel(month)}</a></p>
    <${StatementView} employeeId=${employeeId} month=${month} />
  <//>`;
}
