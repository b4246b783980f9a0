// Payroll: the months' statement counts and totals, the registers, the feed's position and the webhooks.
import { html, useState } from '/vendor/preact-htm.js';
import { API, get, getAll, post } from '../api.js';
import { addMonths, monthLabel, rupiah, thisMonth } from '../format.js';
import { t } from '../i18n.js';
import { ErrorBox, Loaded, Notice, Page, useAction, useLoad } from '../ui.js';

function Deliveries({ webhook }) {
  const state = useLoad(() => get(`/payroll/webhooks/${webhook.id}/deliveries?limit=20`), [webhook.id]);
  const action = useAction();
  return html`<div class="card">
    <h3>${webhook.url}</h3>
    <${Loaded} state=${state}>
      ${(page) => {
        const items = page.items ?? page;
        return items.length === 0
          ? html`<p>${t('none')}</p>`
          : html`<ul class="list">
              ${items.map((d) => html`<li class="item"><span class=${'status ' + d.status}>${d.status}</span> ${d.eventId ?? d.id} · ${t('attempts')} ${d.attempts}${d.lastError ? ` · ${d.lastError}` : ''}</li>`)}
            </ul>`;
      }}
    <//>
    <button
      type="button"
      class="secondary"
      disabled=${action.busy}
      onClick=${() => action.run(() => post(`/payroll/webhooks/${webhook.id}/replay`, { after: '0' })).then(state.reload)}
    >
      ${t('replay')}
    </button>
    <${Notice} text=${action.done} />
    <${ErrorBox} error=${action.error} />
  </div>`;
}

export function PayrollPage() {
  const [month, setMonth] = useState(addMonths(thisMonth(), -1));
  const totals = useLoad(async () => {
    const [period, statements] = await Promise.all([get(`/periods/${month}`), getAll(`/periods/${month}/statements`)]);
    const byUnit = new Map();
    for (const s of statements) {
      const row = byUnit.get(s.unit.code) ?? { unit: s.unit.code, count: 0, net: 0 };
      row.count += 1;
      row.net += s.net;
      byUnit.set(s.unit.code, row);
    }
    return { period, rows: [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit)) };
  }, [month]);
  const feed = useLoad(async () => {
    let after = null;
    let last = null;
    for (;;) {
      const page = await get(`/payroll/events?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`);
      if (page.events.length > 0) last = page.events[page.events.length - 1];
      if (!page.next || page.events.length === 0) return { position: page.next ?? after, last };
      after = page.next;
    }
  });
  const hooks = useLoad(() => get('/payroll/webhooks'));
  return html`<${Page} title=${t('payrollTitle')}>
    <div class="actions">
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, -1))}>‹ ${t('previousMonth')}</button>
      <strong>${monthLabel(month)}</strong>
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, 1))}>${t('nextMonth')} ›</button>
    </div>
    <p class="actions">
      <a class="button secondary" href=${`${API}/periods/${month}/statements.xlsx`} download>${t('registerXlsx')}</a>
      <a class="button secondary" href=${`${API}/periods/${month}/statements.csv`} download>${t('registerCsv')}</a>
      <a class="button link" href=${`#/period/${month}`}>${t('statements')}</a>
    </p>
    <h2>${t('totals')}</h2>
    <${Loaded} state=${totals}>
      ${({ period, rows }) =>
        html`<p>${t(period.status)} · ${t('statementCount')}: ${period.statementCount}</p>
          <div class="table-wrap" tabindex="0" role="region" aria-label=${t('totals')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Unit</th>
                  <th scope="col">${t('statementCount')}</th>
                  <th scope="col">${t('net')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r) =>
                    html`<tr>
                      <th scope="row">${r.unit}</th>
                      <td>${r.count}</td>
                      <td class="num">${rupiah(r.net)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    <//>
    <h2>${t('feedPosition')}</h2>
    <${Loaded} state=${feed}>
      ${({ position, last }) => html`<p data-testid="feed-position"><code>${position ?? '—'}</code>${last ? html` · ${last.type} · ${last.subject} · ${last.time}` : null}</p>`}
    <//>
    <h2>${t('webhooks')}</h2>
    <${Loaded} state=${hooks}>
      ${(list) => {
        const items = list.items ?? list;
        return items.length === 0 ? html`<p>${t('none')}</p>` : items.map((w) => html`<${Deliveries} key=${w.id} webhook=${w} />`);
      }}
    <//>
  <//>`;
}
