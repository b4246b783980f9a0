// An employee's disciplinary sanctions, and HR entering a decreed one; the discipline alerts link here.
import { html, useState } from '/vendor/preact-htm.js';
import { get, getAll, post } from '../api.js';
import { monthLabel, thisMonth } from '../format.js';
import { t } from '../i18n.js';
import { ErrorBox, Loaded, Notice, Page, useAction, useLoad } from '../ui.js';
import { EmployeePicker } from './admin.js';

/** Months compare as "YYYY-MM" text, which orders them; a sanction covers startMonth through endMonth. */
const inForce = (s, month) => s.startMonth <= month && month <= s.endMonth;

function SanctionForm({ employeeId, onRecorded }) {
  const [fields, setFields] = useState({ decreeNumber: '', percent: '', startMonth: thisMonth(), months: '1', reason: '' });
  const set = (field) => (e) => setFields({ ...fields, [field]: e.target.value });
  const action = useAction();
  const submit = async (e) => {
    e.preventDefault();
    // months is a count of months, not money: the API takes it as a JSON integer.
    const body = {
      employeeId,
      decreeNumber: fields.decreeNumber.trim(),
      percent: fields.percent.trim(),
      startMonth: fields.startMonth,
      months: parseInt(fields.months, 10),
      reason: fields.reason.trim(),
    };
    if ((await action.run(() => post('/sanctions', body), t('sanctionRecorded'))) !== undefined) {
      setFields({ ...fields, decreeNumber: '', percent: '', reason: '' });
      onRecorded(body.startMonth);
    }
  };
  return html`<form class="stack card" onSubmit=${submit} aria-labelledby="new-sanction">
    <h2 id="new-sanction">${t('recordSanction')}</h2>
    <label>${t('decreeNumber')}<input required maxlength="200" value=${fields.decreeNumber} onInput=${set('decreeNumber')} /></label>
    <div class="row">
      <label
        >${t('sanctionPercent')}<input required inputmode="decimal" pattern="\\d{1,3}(\\.\\d{1,2})?" title=${t('percentHint')} value=${fields.percent} onInput=${set('percent')}
      /></label>
      <label>${t('startMonth')}<input type="month" required value=${fields.startMonth} onInput=${set('startMonth')} /></label>
      <label>${t('monthsCount')}<input type="number" required min="1" max="120" step="1" value=${fields.months} onInput=${set('months')} /></label>
    </div>
    <label>${t('reason')}<textarea required minlength="3" value=${fields.reason} onInput=${set('reason')}></textarea></label>
    <button type="submit" class="primary" disabled=${action.busy}>${t('recordSanction')}</button>
    <${Notice} text=${action.done} />
    <${ErrorBox} error=${action.error} />
  </form>`;
}

function SanctionsOf({ employeeId, canRecord }) {
  const [recorded, setRecorded] = useState(null);
  const year = thisMonth().slice(0, 4);
  const state = useLoad(async () => {
    // GET /sanctions answers every sanction of the employee at once (it takes no cursor).
    const [sanctions, alerts] = await Promise.all([get(`/sanctions?employeeId=${employeeId}`), getAll(`/attendance/discipline-alerts?employeeId=${employeeId}&year=${year}`)]);
    return { sanctions: sanctions.items, alerts: alerts.sort((a, b) => a.tkDays - b.tkDays) };
  }, [employeeId, recorded]);
  const month = thisMonth();
  return html`<${Loaded} state=${state}>
    ${({ sanctions, alerts }) =>
      html`${
          alerts.length === 0
            ? null
            : html`<h2>${t('disciplineTitle')} ${year}</h2>
                <ul class="list">
                  ${alerts.map((a) => html`<li class="item">TK ${a.tkDays} ${t('days')} · ${a.severity} · ${a.sanction}</li>`)}
                </ul>`
        }
        <h2>${t('sanctions')}</h2>
        ${
          sanctions.length === 0
            ? html`<p data-testid="no-sanctions">${t('none')}</p>`
            : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('sanctions')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t('decreeNumber')}</th>
                      <th scope="col">${t('sanctionPercent')}</th>
                      <th scope="col">${t('monthsCovered')}</th>
                      <th scope="col">${t('reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${sanctions.map(
                      (s) =>
                        html`<tr data-testid="sanction">
                          <th scope="row">${s.decreeNumber}</th>
                          <td>${s.percent}%</td>
                          <td>${monthLabel(s.startMonth)} – ${monthLabel(s.endMonth)}${inForce(s, month) ? html` <span class="status APPROVED">${t('inForce')}</span>` : null}</td>
                          <td>${s.reason}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
        }
        ${
          recorded !== null && recorded < month
            ? html`<div class="alert info" role="status" data-testid="stale-notice">${t('sanctionStale')} <a href="#/periods">${t('navPeriods')}</a></div>`
            : null
        }
        ${canRecord ? html`<${SanctionForm} employeeId=${employeeId} onRecorded=${setRecorded} />` : null}`}
  <//>`;
}

/** #/sanctions/{employeeId}: everyone who administers reads; only HR records (the API refuses anyone else). */
export function SanctionsPage({ me, params }) {
  const [employeeId = ''] = params;
  return html`<${Page} title=${t('sanctionsTitle')}>
    <${EmployeePicker} selected=${employeeId} onPick=${(e) => (location.hash = `#/sanctions/${e.id}`)} />
    ${employeeId ? html`<${SanctionsOf} key=${employeeId} employeeId=${employeeId} canRecord=${me.roles.includes('HR_ADMIN')} />` : null}
  <//>`;
}
