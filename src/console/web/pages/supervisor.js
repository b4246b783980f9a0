// The supervisor's pages: the activity inbox, leave and permit decisions, rating, the team's month and
// objections to decide as the appraiser's superior.
import { html, useState } from '/vendor/preact-htm.js';
import { get, getAll, post } from '../api.js';
import { addMonths, barWidth, compareDecimal, dateLabel, isAboveZero, lastDayOf, monthLabel, percentOfRatio, thisMonth } from '../format.js';
import { BERAKHLAK, currentLang, t } from '../i18n.js';
import { ErrorBox, Loaded, Notice, Page, useAction, useLoad } from '../ui.js';

/** Names and NIPs of the people in a list, read one by one (a supervisor may read their own people). */
async function people(employeeIds) {
  const ids = [...new Set(employeeIds)];
  const found = await Promise.all(ids.map((id) => get(`/employees/${id}`).catch(() => ({ id, name: id, nip: '' }))));
  return new Map(found.map((e) => [e.id, e]));
}

function ActivityRow({ activity, selected, onSelect, onDone }) {
  const [mode, setMode] = useState(null);
  const [quantity, setQuantity] = useState(String(activity.quantity));
  const [text, setText] = useState('');
  const action = useAction();
  const decide = (path, body) => action.run(() => post(`/activities/${activity.id}/${path}`, body)).then((r) => r !== undefined && onDone());
  const label = `${activity.catalogCode} ${dateLabel(activity.date)}`;
  return html`<li class="item" data-testid="inbox-item">
    <div class="row-between">
      <label class="check"
        ><input type="checkbox" checked=${selected} onChange=${(e) => onSelect(e.target.checked)} aria-label=${`${t('select')} ${label}`} />
        <strong>${dateLabel(activity.date)}</strong> ${activity.startTime}–${activity.endTime}</label
      >
      <span>${activity.catalogCode} × ${activity.quantity} · ${activity.claimedMinutes} ${t('minutes').toLowerCase()}</span>
    </div>
    <div>${activity.description}</div>
    <div class="actions">
      <button type="button" class="primary" disabled=${action.busy} onClick=${() => decide('approve', {})} aria-label=${`${t('approve')} ${label}`}>${t('approve')}</button>
      <button type="button" class="secondary" onClick=${() => setMode('reduce')} aria-label=${`${t('reduce')} ${label}`}>${t('reduce')}</button>
      <button type="button" class="danger" onClick=${() => setMode('reject')} aria-label=${`${t('reject')} ${label}`}>${t('reject')}</button>
    </div>
    ${
      mode === 'reduce'
        ? html`<form class="inline" onSubmit=${(e) => (e.preventDefault(), decide('approve', { approvedQuantity: Number(quantity), note: text }))}>
            <label>${t('approvedQuantity')}<input type="number" min="0" step="1" required value=${quantity} onInput=${(e) => setQuantity(e.target.value)} /></label>
            <label>${t('note')}<input required value=${text} onInput=${(e) => setText(e.target.value)} /></label>
            <button type="submit" class="primary" disabled=${action.busy}>${t('confirm')}</button>
            <button type="button" class="link" onClick=${() => setMode(null)}>${t('cancel')}</button>
          </form>`
        : null
    }
    ${
      mode === 'reject'
        ? html`<form class="inline" onSubmit=${(e) => (e.preventDefault(), decide('reject', { reason: text }))}>
            <label>${t('reason')}<input required minlength="3" value=${text} onInput=${(e) => setText(e.target.value)} /></label>
            <button type="submit" class="danger" disabled=${action.busy}>${t('reject')}</button>
            <button type="button" class="link" onClick=${() => setMode(null)}>${t('cancel')}</button>
          </form>`
        : null
    }
    <${ErrorBox} error=${action.error} />
  </li>`;
}

export function InboxPage() {
  const state = useLoad(async () => {
    const page = await get('/supervision/activities?status=SUBMITTED&limit=500');
    return { items: page.items, people: await people(page.items.map((a) => a.employeeId)) };
  });
  const [selected, setSelected] = useState(new Set());
  const bulk = useAction();
  const approveMany = (ids) =>
    bulk
      .run(() => post('/supervision/activities/approve', { ids }))
      .then((r) => {
        if (r !== undefined) {
          setSelected(new Set());
          state.reload();
        }
      });
  const toggle = (id, on) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  return html`<${Page} title=${t('inboxTitle')}>
    <${ErrorBox} error=${bulk.error} />
    <${Loaded} state=${state}>
      ${({ items, people: byId }) => {
        if (items.length === 0) return html`<p data-testid="inbox-empty">${t('inboxEmpty')}</p>`;
        const groups = new Map();
        for (const a of items) groups.set(a.employeeId, [...(groups.get(a.employeeId) ?? []), a]);
        return html` <div class="actions sticky">
            <button type="button" class="primary" disabled=${bulk.busy || selected.size === 0} onClick=${() => approveMany([...selected])}>
              ${t('approveSelected')} (${selected.size})
            </button>
          </div>
          ${[...groups].map(([employeeId, list]) => {
            const person = byId.get(employeeId);
            return html`<section class="group" aria-label=${person?.name ?? employeeId}>
              <div class="row-between">
                <h2>${person?.name ?? employeeId} <small>NIP ${person?.nip ?? ''}</small></h2>
                <button type="button" class="secondary" disabled=${bulk.busy} onClick=${() => approveMany(list.map((a) => a.id))}>${t('approveAll')} (${list.length})</button>
              </div>
              <ul class="list">
                ${list.map((a) => html`<${ActivityRow} key=${a.id} activity=${a} selected=${selected.has(a.id)} onSelect=${(on) => toggle(a.id, on)} onDone=${state.reload} />`)}
              </ul>
            </section>`;
          })}`;
      }}
    <//>
  <//>`;
}

function RequestRow({ kind, request, person, onDone }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  const decide = (path, body) => action.run(() => post(`/${kind}/${request.id}/${path}`, body)).then((r) => r !== undefined && onDone());
  const when = request.date ? dateLabel(request.date) : `${dateLabel(request.startDate)} – ${dateLabel(request.endDate)}`;
  return html`<li class="item" data-testid="request-item">
    <div>
      <strong>${person?.name ?? request.employeeId}</strong> · ${t((kind === 'permits' ? 'permit_' : 'absence_') + request.type)} · ${when}${request.time ? ` ${request.time}` : ''}
    </div>
    <div>${request.reason}</div>
    <div class="actions">
      <button type="button" class="primary" disabled=${action.busy} onClick=${() => decide('approve', {})}>${t('approve')}</button>
      <button type="button" class="danger" onClick=${() => setRejecting(true)}>${t('reject')}</button>
    </div>
    ${
      rejecting
        ? html`<form class="inline" onSubmit=${(e) => (e.preventDefault(), decide('reject', { reason }))}>
            <label>${t('reason')}<input required minlength="3" value=${reason} onInput=${(e) => setReason(e.target.value)} /></label>
            <button type="submit" class="danger" disabled=${action.busy}>${t('reject')}</button>
          </form>`
        : null
    }
    <${ErrorBox} error=${action.error} />
  </li>`;
}

export function RequestsPage() {
  const state = useLoad(async () => {
    const [absences, permits] = await Promise.all([get('/absences?awaitingMyDecision=true&limit=200'), get('/permits?awaitingMyDecision=true&limit=200')]);
    const byId = await people([...absences.items, ...permits.items].map((r) => r.employeeId));
    return { absences: absences.items, permits: permits.items, byId };
  });
  return html`<${Page} title=${t('requestsTitle')}>
    <${Loaded} state=${state}>
      ${({ absences, permits, byId }) =>
        html` <h2>${t('absences')}</h2>
          ${
            absences.length === 0
              ? html`<p>${t('none')}</p>`
              : html`<ul class="list">
                  ${absences.map((r) => html`<${RequestRow} key=${r.id} kind="absences" request=${r} person=${byId.get(r.employeeId)} onDone=${state.reload} />`)}
                </ul>`
          }
          <h2>${t('permits')}</h2>
          ${
            permits.length === 0
              ? html`<p>${t('none')}</p>`
              : html`<ul class="list">
                  ${permits.map((r) => html`<${RequestRow} key=${r.id} kind="permits" request=${r} person=${byId.get(r.employeeId)} onDone=${state.reload} />`)}
                </ul>`
          }`}
    <//>
  <//>`;
}

const RATINGS = ['BELOW', 'AS_EXPECTED', 'ABOVE'];

function RatingChoice({ name, legend, value, onChange }) {
  return html`<fieldset class="choice">
    <legend>${legend}</legend>
    ${RATINGS.map((r) => html`<label><input type="radio" name=${name} value=${r} checked=${value === r} onChange=${() => onChange(r)} /> ${t(r)}</label>`)}
  </fieldset>`;
}

export function RatingPage() {
  const period = addMonths(thisMonth(), -1);
  const state = useLoad(async () => {
    const from = `${addMonths(thisMonth(), -3)}-01`;
    const [waiting, approved] = await Promise.all([
      get(`/supervision/activities?status=SUBMITTED&from=${from}&limit=500`),
      get(`/supervision/activities?status=APPROVED&from=${from}&limit=500`),
    ]);
    const byId = await people([...waiting.items, ...approved.items].map((a) => a.employeeId));
    return [...byId.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  });
  const [employeeId, setEmployeeId] = useState('');
  const [form, setForm] = useState({ period, resultRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED', feedback: '' });
  const [behaviours, setBehaviours] = useState({});
  const [outcome, setOutcome] = useState(null);
  const action = useAction();
  const submit = async (e) => {
    e.preventDefault();
    const body = { employeeId, period: form.period, resultRating: form.resultRating, behaviourRating: form.behaviourRating };
    const rated = Object.entries(behaviours).map(([value, rating]) => ({ value, rating }));
    if (rated.length > 0) body.behaviours = rated;
    if (form.feedback) body.feedback = form.feedback;
    const result = await action.run(() => post('/appraisals', body));
    if (result) setOutcome(result);
  };
  return html`<${Page} title=${t('ratingTitle')}>
    <${Loaded} state=${state}>
      ${(team) =>
        html`<form class="stack" onSubmit=${submit}>
          <label
            >${t('employee')}
            <select name="employeeId" required value=${employeeId} onChange=${(e) => setEmployeeId(e.target.value)}>
              <option value="">—</option>
              ${team.map((p) => html`<option value=${p.id}>${p.name} (${p.nip})</option>`)}
            </select>
          </label>
          <label
            >${t('period')}<input name="period" required pattern="\\d{4}(-\\d{2})?" value=${form.period} onInput=${(e) => setForm({ ...form, period: e.target.value })}
          /></label>
          <${RatingChoice} name="resultRating" legend=${t('resultRating')} value=${form.resultRating} onChange=${(r) => setForm({ ...form, resultRating: r })} />
          <${RatingChoice} name="behaviourRating" legend=${t('behaviourRating')} value=${form.behaviourRating} onChange=${(r) => setForm({ ...form, behaviourRating: r })} />
          <details>
            <summary>BerAKHLAK</summary>
            ${Object.entries(BERAKHLAK).map(
              ([value, label]) =>
                html`<label
                  >${label[currentLang()]}
                  <select value=${behaviours[value] ?? ''} onChange=${(e) => setBehaviours({ ...behaviours, [value]: e.target.value || undefined })}>
                    <option value="">—</option>
                    ${RATINGS.map((r) => html`<option value=${r}>${t(r)}</option>`)}
                  </select>
                </label>`,
            )}
          </details>
          <label>${t('feedback')}<textarea value=${form.feedback} onInput=${(e) => setForm({ ...form, feedback: e.target.value })}></textarea></label>
          <button type="submit" class="primary" disabled=${action.busy || !employeeId}>${t('rate')}</button>
          ${outcome ? html`<div class="alert ok" role="status">${t('predikat')}: <strong data-testid="predikat">${outcome.predikat}</strong></div>` : null}
          <${ErrorBox} error=${action.error} />
        </form>`}
    <//>
  <//>`;
}

// Codes that count against the allowance or show an absence worth a look; H, OFF and HOLIDAY are the normal days.
const QUIET_CODES = ['H', 'OFF', 'HOLIDAY'];

/**
 * The team's month: everyone the caller supervised in it (whether or not they logged work), with their
 * achievement toward the month's target, attendance deduction and codes, and the activities still waiting.
 */
export function TeamMonthPage() {
  const [month, setMonth] = useState(thisMonth());
  const state = useLoad(async () => {
    const [team, waiting] = await Promise.all([
      get(`/supervision/team?month=${month}`),
      getAll(`/supervision/activities?status=SUBMITTED&from=${month}-01&to=${lastDayOf(month)}`),
    ]);
    return Promise.all(
      team.items.map(async ({ employee: person }) => {
        // Someone supervised for only part of the month (a Plh day, a transfer) may not be readable as of its end.
        const [achievement, attendance] = await Promise.all([
          get(`/employees/${person.id}/achievement/${month}`).catch(() => null),
          get(`/attendance/summary?employeeId=${person.id}&month=${month}`).catch(() => null),
        ]);
        const mine = waiting.filter((a) => a.employeeId === person.id);
        return { person, achievement, attendance, waiting: mine.length, waitingMinutes: mine.reduce((sum, a) => sum + a.claimedMinutes, 0) };
      }),
    );
  }, [month]);
  return html`<${Page} title=${t('teamMonthTitle')}>
    <div class="actions">
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, -1))}>‹ ${t('previousMonth')}</button>
      <strong aria-live="polite">${monthLabel(month)}</strong>
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, 1))}>${t('nextMonth')} ›</button>
    </div>
    <${Loaded} state=${state}> ${(rows) => (rows.length === 0 ? html`<p data-testid="team-empty">${t('teamEmpty')}</p>` : html`<${TeamChart} rows=${rows} month=${month} />`)} <//>
  <//>`;
}

/** One bar per person (CSS, no chart library); every figure the bars draw is also written out beside them. */
function TeamChart({ rows, month }) {
  return html`<figure class="team-chart" aria-labelledby="team-chart-caption">
    <figcaption id="team-chart-caption">${t('teamChartCaption')} ${monthLabel(month)}</figcaption>
    <p class="legend muted" aria-hidden="true"><span class="swatch approved"></span> ${t('approvedMinutes')} <span class="swatch pending"></span> ${t('pendingMinutes')}</p>
    <ul class="list">
      ${rows.map((row) => html`<${TeamRow} key=${row.person.id} row=${row} />`)}
    </ul>
  </figure>`;
}

function TeamRow({ row }) {
  const { person, achievement: a, attendance } = row;
  const percent = a === null || a.achievement === null ? null : percentOfRatio(a.achievement);
  // Pending minutes as a share of the target, drawn after the approved share; whole minutes, so plain integers.
  const pendingWidth = a !== null && a.targetMinutes > 0 ? String(Math.min(100, Math.round((a.pendingMinutes * 100) / a.targetMinutes))) : '0';
  const deduction = attendance?.attendancePercent ?? null;
  const codes = attendance ? Object.entries(attendance.counts).filter(([code, n]) => n > 0 && !QUIET_CODES.includes(code)) : [];
  const below = percent !== null && compareDecimal(percent, '100') < 0;
  return html`<li class="item team-row" data-testid="team-row">
    <div class="row-between">
      <strong>${person.name}</strong>
      <small>NIP ${person.nip}</small>
    </div>
    <div class="bar-label">
      <span>${t('achievement')}</span>
      <strong data-testid="team-achievement" class=${below ? 'below' : ''}>${percent === null ? '—' : `${percent}%`}</strong>
    </div>
    <div class="bar stacked" aria-hidden="true">
      <span class="approved" style=${`width:${percent === null ? '0' : barWidth(percent)}%`}></span><span class="pending" style=${`width:${pendingWidth}%`}></span>
    </div>
    ${a === null ? null : html`<p class="muted">${t('approvedMinutes')} ${a.approvedMinutes} / ${t('targetMinutes')} ${a.targetMinutes} · ${t('pendingMinutes')} ${a.pendingMinutes}</p>`}
    <dl class="facts">
      <div>
        <dt>${t('attendanceDeduction')}</dt>
        <dd data-testid="team-deduction" class=${deduction !== null && isAboveZero(deduction) ? 'deduct' : ''}>${deduction === null ? '—' : `${deduction}%`}</dd>
      </div>
      <div>
        <dt>${t('codes')}</dt>
        <dd>${codes.length === 0 ? '—' : codes.map(([code, n]) => html`<span class="code">${code}</span>×${n} `)}</dd>
      </div>
      <div>
        <dt>${t('unreviewed')}</dt>
        <dd data-testid="team-waiting">
          ${row.waiting === 0 ? t('nothingWaiting') : html`<a href="#/inbox">${row.waiting} ${t('activitiesWaiting')} (${row.waitingMinutes} ${t('minutes').toLowerCase()})</a>`}
        </dd>
      </div>
    </dl>
  </li>`;
}

/** The objections the caller decides as the appraiser's superior: keep the rating, or change it, with a reason. */
export function ObjectionsPage() {
  const state = useLoad(() => get('/appraisals?awaitingMyDecision=true'));
  const [decided, setDecided] = useState(null);
  return html`<${Page} title=${t('objectionsTitle')}>
    <p class="muted">${t('objectionsIntro')}</p>
    <${Notice} text=${decided} />
    <${Loaded} state=${state}>
      ${(page) =>
        page.items.length === 0
          ? html`<p data-testid="objections-empty">${t('objectionsEmpty')}</p>`
          : html`<ul class="list">
              ${page.items.map(
                (a) =>
                  html`<${ObjectionItem}
                    key=${a.id}
                    appraisal=${a}
                    onDecided=${(text) => {
                      setDecided(text);
                      state.reload();
                    }}
                  />`,
              )}
            </ul>`}
    <//>
  <//>`;
}

function ObjectionItem({ appraisal, onDecided }) {
  const objection = appraisal.objections.find((o) => o.decision === null);
  const contested = appraisal.versions?.[objection.againstVersion - 1] ?? appraisal.current;
  const [mode, setMode] = useState(null);
  const [reason, setReason] = useState('');
  const [ratings, setRatings] = useState({ resultRating: contested.resultRating, behaviourRating: contested.behaviourRating });
  const action = useAction();
  const name = appraisal.employee?.name ?? appraisal.employeeId;
  const decide = async (e) => {
    e.preventDefault();
    const body = mode === 'CHANGE' ? { outcome: 'CHANGE', reason, ...ratings } : { outcome: 'UPHOLD', reason };
    const result = await action.run(() => post(`/appraisals/${appraisal.id}/objection-decision`, body));
    if (result) onDecided(`${name}: ${t(mode === 'CHANGE' ? 'objectionChanged' : 'objectionUpheld')} ${t('predikat')} ${result.predikat}`);
  };
  return html`<li class="item" data-testid="objection">
    <section aria-label=${`${t('objection')} ${name}`}>
      <h2>${name} <small>NIP ${appraisal.employee?.nip ?? ''}</small></h2>
      <p>${t('ratingPeriod')}: <strong>${appraisal.period}</strong> · ${t('predikat')}: <strong>${appraisal.predikat ?? '—'}</strong></p>
      <p>${t('resultRating')}: ${t(contested.resultRating)} · ${t('behaviourRating')}: ${t(contested.behaviourRating)}</p>
      ${contested.feedback ? html`<p class="muted">${contested.feedback}</p>` : null}
      <blockquote data-testid="objection-reason"><strong>${t('objectionReason')}</strong> (${dateLabel(objection.filedOn)}): ${objection.reason}</blockquote>
      <div class="actions">
        <button type="button" class="secondary" aria-pressed=${mode === 'UPHOLD'} onClick=${() => setMode('UPHOLD')}>${t('upholdRating')}</button>
        <button type="button" class="secondary" aria-pressed=${mode === 'CHANGE'} onClick=${() => setMode('CHANGE')}>${t('changeRating')}</button>
      </div>
      ${
        mode
          ? html`<form class="stack" onSubmit=${decide}>
              ${
                mode === 'CHANGE'
                  ? html`<${RatingChoice}
                        name=${`result-${appraisal.id}`}
                        legend=${t('resultRating')}
                        value=${ratings.resultRating}
                        onChange=${(r) => setRatings({ ...ratings, resultRating: r })}
                      />
                      <${RatingChoice}
                        name=${`behaviour-${appraisal.id}`}
                        legend=${t('behaviourRating')}
                        value=${ratings.behaviourRating}
                        onChange=${(r) => setRatings({ ...ratings, behaviourRating: r })}
                      />`
                  : null
              }
              <label>${t('decisionNote')}<textarea required value=${reason} onInput=${(e) => setReason(e.target.value)}></textarea></label>
              <button type="submit" class="primary" disabled=${action.busy}>${t(mode === 'CHANGE' ? 'confirmChange' : 'confirmUphold')}</button>
            </form>`
          : null
      }
      <${ErrorBox} error=${action.error} />
    </section>
  </li>`;
}
