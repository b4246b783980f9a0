// Unduhan: the attendance recap of a unit, the allowance registers of a month and an employee's SKP documents,
// each a plain link to the API's file route (the session cookie goes with it; the API scopes a unit admin).
import { html, useState } from '/vendor/preact-htm.js';
import { API, get, getAll } from '../api.js';
import { addMonths, monthLabel, thisMonth } from '../format.js';
import { t } from '../i18n.js';
import { Loaded, Page, useLoad } from '../ui.js';
import { EmployeePicker, treeOrder } from './admin.js';

/** The units a caller may ask for: a unit admin's granted subtrees, everyone else every unit. */
function unitsInScope(me, units) {
  const tree = treeOrder(units);
  if (me.roles.some((r) => r === 'HR_ADMIN' || r === 'AUDITOR' || r === 'PAYROLL')) return tree;
  const roots = new Set((me.grants ?? []).filter((g) => g.role === 'UNIT_ADMIN').map((g) => g.unitId));
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const within = (id) => {
    for (let at = id; at; at = parentOf.get(at)) if (roots.has(at)) return true;
    return false;
  };
  return tree.filter((u) => within(u.id));
}

function Recap({ me, month }) {
  const units = useLoad(async () => unitsInScope(me, await getAll('/units')));
  const [unitId, setUnitId] = useState('');
  return html`<section aria-labelledby="recap" class="card">
    <h2 id="recap">${t('attendanceRecap')}</h2>
    <${Loaded} state=${units}>
      ${(list) => {
        const chosen = unitId || list[0]?.id || '';
        return html`<label
            >${t('unit')}
            <select value=${chosen} onChange=${(e) => setUnitId(e.target.value)}>
              ${list.map((u) => html`<option value=${u.id}>${'· '.repeat(u.depth)}${u.code} ${u.name}</option>`)}
            </select>
          </label>
          ${
            chosen
              ? html`<p class="actions">
                  <a class="button secondary" data-testid="download" href=${`${API}/attendance/recap.xlsx?unitId=${chosen}&month=${month}`} download>${t('attendanceRecapXlsx')}</a>
                </p>`
              : html`<p>${t('none')}</p>`
          }`;
      }}
    <//>
  </section>`;
}

function Registers({ month }) {
  const period = useLoad(() => get(`/periods/${month}`), [month]);
  return html`<section aria-labelledby="registers" class="card">
    <h2 id="registers">${t('allowanceRegister')}</h2>
    <${Loaded} state=${period}>
      ${(p) =>
        p.status === 'CLOSED'
          ? html`<p class="actions">
              <a class="button secondary" data-testid="download" href=${`${API}/periods/${month}/statements.xlsx`} download>${t('registerXlsx')}</a>
              <a class="button secondary" data-testid="download" href=${`${API}/periods/${month}/statements.csv`} download>${t('registerCsv')}</a>
            </p>`
          : html`<p>${t('registerAfterClose')} (${t(p.status)})</p>`}
    <//>
  </section>`;
}

function SkpDocuments() {
  const [employee, setEmployee] = useState(null);
  const appraisals = useLoad(async () => (employee ? (await get(`/appraisals?employeeId=${employee.id}`)).items : null), [employee?.id]);
  return html`<section aria-labelledby="skp" class="card">
    <h2 id="skp">${t('skpDocuments')}</h2>
    <${EmployeePicker} selected=${employee?.id ?? ''} onPick=${setEmployee} />
    <${Loaded} state=${appraisals}>
      ${(items) =>
        items === null
          ? null
          : items.length === 0
            ? html`<p>${t('none')}</p>`
            : html`<ul class="list">
                ${items.map(
                  (a) =>
                    html`<li>
                      <a data-testid="download" href=${`${API}/appraisals/${a.id}/document.pdf`} target="_blank" rel="noopener"
                        >${t('skpPdf')} ${a.period}${a.predikat ? ` · ${a.current?.predikatLabel ?? a.predikat}` : ''}</a
                      >
                    </li>`,
                )}
              </ul>`}
    <//>
  </section>`;
}

export function DownloadsPage({ me }) {
  const [month, setMonth] = useState(addMonths(thisMonth(), -1));
  return html`<${Page} title=${t('downloadsTitle')}>
    <label>${t('month')}<input type="month" value=${month} onInput=${(e) => e.target.value && setMonth(e.target.value)} /></label>
    <p class="muted">${monthLabel(month)}</p>
    <div class="cards">
      <${Recap} me=${me} month=${month} />
      <${Registers} month=${month} />
      <${SkpDocuments} />
    </div>
  <//>`;
}
