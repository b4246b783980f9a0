// HR and unit admins (auditors read): the organization with search, the unit achievement roll-up, discipline alerts.
import { html, useState } from '/vendor/preact-htm.js';
import { get, getAll } from '../api.js';
import { addMonths, monthLabel, thisMonth } from '../format.js';
import { t } from '../i18n.js';
import { AchievementBar, Loaded, Page, useLoad } from '../ui.js';

/** Units in tree order, each with its depth, from the flat list ordered by code. */
export function treeOrder(units) {
  const children = new Map();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const ids = new Set(units.map((u) => u.id));
  const out = [];
  const walk = (unit, depth) => {
    out.push({ ...unit, depth });
    for (const child of children.get(unit.id) ?? []) walk(child, depth + 1);
  };
  for (const root of units.filter((u) => u.parentId === null || !ids.has(u.parentId))) walk(root, 0);
  return out;
}

/** The employees whose name or NIP contains the query (all of them for an empty one). */
export function searchEmployees(employees, query) {
  const q = query.trim().toLowerCase();
  return employees.filter((e) => !q || e.name.toLowerCase().includes(q) || e.nip.includes(q));
}

const PICKER_MATCHES = 10;

/**
 * Picks one employee the caller may see (the API scopes the list: a unit admin sees their units' people), found
 * by name or NIP as on the organization page.
 */
export function EmployeePicker({ selected, onPick }) {
  const state = useLoad(() => getAll('/employees'));
  const [query, setQuery] = useState('');
  return html`<div class="card">
    <${Loaded} state=${state}>
      ${(employees) => {
        const current = employees.find((e) => e.id === selected);
        const found = query.trim() ? searchEmployees(employees, query).slice(0, PICKER_MATCHES) : [];
        return html`${current ? html`<p data-testid="picked-employee"><strong>${current.name}</strong> · NIP ${current.nip}</p>` : null}
          <label>${t('searchNameNip')}<input type="search" value=${query} onInput=${(e) => setQuery(e.target.value)} /></label>
          <ul class="list" aria-live="polite">
            ${found.map(
              (e) =>
                html`<li>
                  <button
                    type="button"
                    class="link"
                    onClick=${() => {
                      setQuery('');
                      onPick(e);
                    }}
                  >
                    ${e.name} · ${e.nip}
                  </button>
                </li>`,
            )}
          </ul>`;
      }}
    <//>
  </div>`;
}

export function OrganizationPage() {
  const state = useLoad(async () => {
    const [units, employees] = await Promise.all([getAll('/units'), getAll('/employees')]);
    return { units: treeOrder(units), employees };
  });
  const [query, setQuery] = useState('');
  return html`<${Page} title=${t('orgTitle')}>
    <${Loaded} state=${state}>
      ${({ units, employees }) => {
        const found = searchEmployees(employees, query);
        return html` <h2>${t('units')}</h2>
          <ul class="tree">
            ${units.map((u) => html`<li style=${`padding-left:${u.depth * 1.25}rem`}><strong>${u.code}</strong> ${u.name}${u.isSatker ? html` <span class="code">satker</span>` : null}</li>`)}
          </ul>
          <h2>${t('employees')}</h2>
          <label>${t('searchNameNip')}<input type="search" value=${query} onInput=${(e) => setQuery(e.target.value)} /></label>
          <p class="muted" aria-live="polite">${found.length} / ${employees.length}</p>
          <div class="table-wrap" tabindex="0" role="region" aria-label=${t('employees')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('employee')}</th>
                  <th scope="col">NIP</th>
                  <th scope="col">${t('status')}</th>
                </tr>
              </thead>
              <tbody>
                ${found.map(
                  (e) =>
                    html`<tr data-testid="employee-row">
                      <th scope="row">${e.name}</th>
                      <td>${e.nip}</td>
                      <td>${e.status ?? '—'}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`;
      }}
    <//>
  <//>`;
}

export function UnitAchievementPage() {
  const [month, setMonth] = useState(addMonths(thisMonth(), -1));
  const [unitId, setUnitId] = useState('');
  const units = useLoad(async () => treeOrder(await getAll('/units')));
  const rollUp = useLoad(async () => (unitId ? get(`/units/${unitId}/achievement/${month}`) : null), [unitId, month]);
  return html`<${Page} title=${t('unitAchievementTitle')}>
    <${Loaded} state=${units}>
      ${(list) => {
        const byId = new Map(list.map((u) => [u.id, u]));
        return html`<div class="row">
            <label
              >${t('unit')}
              <select value=${unitId} onChange=${(e) => setUnitId(e.target.value)}>
                <option value="">—</option>
                ${list.map((u) => html`<option value=${u.id}>${'· '.repeat(u.depth)}${u.code} ${u.name}</option>`)}
              </select>
            </label>
            <label>${t('month')}<input type="month" value=${month} onInput=${(e) => e.target.value && setMonth(e.target.value)} /></label>
          </div>
          <${Loaded} state=${rollUp}>
            ${(r) =>
              r === null
                ? null
                : html`<div class="card" data-testid="unit-achievement">
                    <p>${monthLabel(month)} · ${r.employees} ${t('employees').toLowerCase()}</p>
                    <${AchievementBar} label=${byId.get(r.unitId)?.code ?? t('unit')} achievement=${r.achievement} />
                    ${r.children.map((child) => html`<${AchievementBar} label=${byId.get(child.unitId)?.name ?? child.unitId} achievement=${child.achievement} />`)}
                  </div>`}
          <//>`;
      }}
    <//>
  <//>`;
}

export function DisciplinePage() {
  const year = Number(thisMonth().slice(0, 4));
  const state = useLoad(async () => {
    const alerts = await getAll(`/attendance/discipline-alerts?year=${year}`);
    const people = new Map(
      (await Promise.all([...new Set(alerts.map((a) => a.employeeId))].map((id) => get(`/employees/${id}`).catch(() => null)))).filter(Boolean).map((e) => [e.id, e]),
    );
    return { alerts, people };
  });
  return html`<${Page} title=${`${t('disciplineTitle')} ${year}`}>
    <${Loaded} state=${state}>
      ${({ alerts, people }) =>
        alerts.length === 0
          ? html`<p data-testid="no-alerts">${t('none')}</p>`
          : html`<ul class="list">
              ${alerts.map(
                (a) =>
                  html`<li class="item" data-testid="discipline-alert">
                    <strong>${people.get(a.employeeId)?.name ?? a.employeeId}</strong> · TK ${a.tkDays} ${t('days')} · ${a.severity} · ${a.sanction} ·
                    <a href=${`#/sanctions/${a.employeeId}`}>${t('sanctionsInForce')}: ${a.sanctions.inForce}</a>
                  </li>`,
              )}
            </ul>`}
    <//>
  <//>`;
}
