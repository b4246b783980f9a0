// The employee's pages: the day, the month, activities, the SKP and the allowance statement.
import { html, useState } from '/vendor/preact-htm.js';
import { api, API, get, post, putFile } from '../api.js';
import { addMonths, dateLabel, isAboveZero, monthLabel, percentOfRatio, rupiah, thisMonth, todayIso } from '../format.js';
import { t } from '../i18n.js';
import { AchievementBar, ErrorBox, Loaded, Notice, Page, useAction, useLoad } from '../ui.js';

function Codes({ codes }) {
  return html`<span class="codes">${codes.map((c) => html`<span class="code">${c}</span>`)}</span>`;
}

export function TodayPage({ me }) {
  const month = thisMonth();
  const today = todayIso();
  const state = useLoad(async () => {
    const [days, schedule] = await Promise.all([get(`/attendance/days?employeeId=${me.employeeId}&month=${month}`), scheduleOf(me.employeeId, today)]);
    const day = days.find((d) => d.date === today) ?? days.filter((d) => d.date <= today).pop() ?? null;
    return { day, schedule };
  });
  const action = useAction();
  const clock = (direction) =>
    action.run(async () => {
      await api('POST', '/attendance/clock', { direction });
      state.reload();
    }, t('saved'));
  if (me.employeeId === null) return html`<${Page} title=${t('todayTitle')}><p>${t('noEmployee')}</p><//>`;
  return html`<${Page} title=${t('todayTitle')}>
    <p class="muted">${dateLabel(today)}</p>
    <div class="actions big">
      <button type="button" class="primary" disabled=${action.busy} onClick=${() => clock('IN')}>${t('clockIn')}</button>
      <button type="button" class="secondary" disabled=${action.busy} onClick=${() => clock('OUT')}>${t('clockOut')}</button>
    </div>
    <${Notice} text=${action.done} />
    <${ErrorBox} error=${action.error} />
    <${Loaded} state=${state}>
      ${({ day, schedule }) =>
        html`<div class="cards">
          <div class="card">
            <h2>${t('schedule')}</h2>
            <p data-testid="schedule">${schedule ?? '—'}</p>
            <p>${t('in')}: <strong data-testid="clock-in">${day?.clockIn ?? '—'}</strong> · ${t('out')}: <strong data-testid="clock-out">${day?.clockOut ?? '—'}</strong></p>
          </div>
          <div class="card">
            <h2>${t('countsAs')}</h2>
            ${
              day
                ? html`<p><${Codes} codes=${day.codes} /> ${t('deduction')} ${day.deductionPercent}%</p>
                    <p data-testid="day-explanation">${day.explanation}</p>`
                : html`<p>—</p>`
            }
          </div>
        </div>`}
    <//>
  <//>`;
}

/** The working hours of the employee's unit schedule that day, or the national standard (rules.md) without one. */
async function scheduleOf(employeeId, date) {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
  const profile = await get(`/employees/${employeeId}`);
  const assignment = profile.assignments.find((a) => a.startDate <= date && (a.endDate === null || a.endDate >= date));
  if (assignment) {
    const position = await get(`/positions/${assignment.positionId}`).catch(() => null);
    const unit = position ? await get(`/units/${position.unitId}`).catch(() => null) : null;
    if (unit?.workScheduleId) {
      const schedule = await get(`/work-schedules/${unit.workScheduleId}`);
      const hours = schedule.days[weekday] ?? schedule.days[String(weekday)];
      return hours ? `${schedule.name}: ${hours.start}–${hours.end}` : `${schedule.name}: ${t('dayOff')}`;
    }
  }
  if (weekday <= 4) return `${t('standardSchedule')}: 07:30–16:00`;
  if (weekday === 5) return `${t('standardSchedule')}: 07:30–16:30`;
  return t('dayOff');
}

export function MonthPage({ me }) {
  const [month, setMonth] = useState(thisMonth());
  const state = useLoad(async () => {
    const [days, summary, achievement] = await Promise.all([
      get(`/attendance/days?employeeId=${me.employeeId}&month=${month}`),
      get(`/attendance/summary?employeeId=${me.employeeId}&month=${month}`),
      get(`/employees/${me.employeeId}/achievement/${month}`),
    ]);
    return { days, summary, achievement };
  }, [month]);
  return html`<${Page} title=${t('monthTitle')}>
    <div class="actions">
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, -1))}>‹ ${t('previousMonth')}</button>
      <strong aria-live="polite">${monthLabel(month)}</strong>
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, 1))}>${t('nextMonth')} ›</button>
    </div>
    <${Loaded} state=${state}>
      ${({ days, summary, achievement }) =>
        html` <${AchievementBar} label=${t('achievement')} achievement=${achievement.achievement} />
          <p class="muted">
            ${t('approvedMinutes')} ${achievement.approvedMinutes} / ${t('targetMinutes')} ${achievement.targetMinutes} · ${t('pendingMinutes')} ${achievement.pendingMinutes} ·
            ${t('workingDays')} ${summary.workingDays}
          </p>
          <ul class="calendar">
            ${days.map(
              (d) =>
                html`<li class=${'day ' + (d.codes.includes('OFF') || d.codes.includes('HOLIDAY') ? 'off' : '')}>
                  <details>
                    <summary>
                      <span class="date">${dateLabel(d.date)}</span>
                      <${Codes} codes=${d.codes} /> ${isAboveZero(d.deductionPercent) ? html`<span class="deduct">−${d.deductionPercent}%</span>` : null}
                    </summary>
                    <p>${d.clockIn ? `${t('in')} ${d.clockIn}` : ''} ${d.clockOut ? `· ${t('out')} ${d.clockOut}` : ''}</p>
                    <p>${d.explanation}</p>
                  </details>
                </li>`,
            )}
          </ul>`}
    <//>
  <//>`;
}

export function LogActivityPage({ me }) {
  const today = todayIso();
  const state = useLoad(async () => {
    const [catalog, plans] = await Promise.all([get('/activity-catalog?limit=200'), get(`/performance-plans?employeeId=${me.employeeId}`).catch(() => ({ items: [] }))]);
    const results = (plans.items ?? plans).flatMap((p) => (p.status === 'APPROVED' ? (p.results ?? []) : []));
    return { catalog: catalog.items ?? catalog, results };
  });
  const [query, setQuery] = useState('');
  const [form, setForm] = useState({ date: today, startTime: '08:00', endTime: '09:00', catalogCode: '', quantity: '1', description: '', resultId: '', evidenceUrl: '' });
  const [file, setFile] = useState(null);
  // The activity logged whose file did not upload: the next submit retries the upload only, not the activity.
  const [pendingUpload, setPendingUpload] = useState(null);
  const set = (field) => (e) => setForm({ ...form, [field]: e.target.value });
  const action = useAction();
  const upload = async (activityId) => {
    try {
      await putFile(`/activities/${activityId}/evidence`, file);
      setPendingUpload(null);
    } catch (error) {
      setPendingUpload(activityId);
      throw new Error(`${t('evidenceNotUploaded')} ${uploadProblem(error)}`, { cause: error });
    }
  };
  const submit = (e) => {
    e.preventDefault();
    if (file && !EVIDENCE_TYPES.includes(file.type)) {
      void action.run(() => Promise.reject(new Error(t('evidenceTypeWrong'))));
      return;
    }
    if (pendingUpload) {
      void action.run(() => upload(pendingUpload), t('evidenceUploaded'));
      return;
    }
    const body = {
      date: form.date,
      startTime: form.startTime,
      endTime: form.endTime,
      catalogCode: form.catalogCode,
      quantity: Number(form.quantity),
      description: form.description,
    };
    if (form.resultId) body.resultId = form.resultId;
    else body.additionalTask = true;
    if (form.evidenceUrl && !file) body.evidenceUrl = form.evidenceUrl;
    void action.run(
      async () => {
        const logged = await post('/activities', body);
        if (file) await upload(logged.id);
        return logged;
      },
      t(file ? 'savedWithEvidence' : 'saved'),
    );
  };
  return html`<${Page} title=${t('logTitle')}>
    <p class="alert info">${t('windowNote')}</p>
    <${Loaded} state=${state}>
      ${({ catalog, results }) => {
        const q = query.toLowerCase();
        const matches = catalog.filter((c) => !q || c.name.toLowerCase().includes(q) || c.code.toLowerCase().includes(q));
        return html`<form class="stack" onSubmit=${submit}>
          <label>${t('search')}<input type="search" value=${query} onInput=${(e) => setQuery(e.target.value)} /></label>
          <label
            >${t('catalog')}
            <select name="catalogCode" required value=${form.catalogCode} onChange=${set('catalogCode')}>
              <option value="">—</option>
              ${matches.map((c) => html`<option value=${c.code}>${c.name} (${c.minutesPerUnit} ${t('minutes').toLowerCase()}/${c.outputUnit})</option>`)}
            </select>
          </label>
          <label
            >RHK
            <select name="resultId" value=${form.resultId} onChange=${set('resultId')}>
              <option value="">${t('none')}</option>
              ${results.map((r) => html`<option value=${r.id}>${r.title}</option>`)}
            </select>
          </label>
          <div class="row">
            <label>${t('date')}<input type="date" name="date" required value=${form.date} max=${today} onInput=${set('date')} /></label>
            <label>${t('startTime')}<input type="time" name="startTime" required value=${form.startTime} onInput=${set('startTime')} /></label>
            <label>${t('endTime')}<input type="time" name="endTime" required value=${form.endTime} onInput=${set('endTime')} /></label>
            <label>${t('quantity')}<input type="number" name="quantity" min="1" step="1" required value=${form.quantity} onInput=${set('quantity')} /></label>
          </div>
          <label>${t('description')}<textarea name="description" required value=${form.description} onInput=${set('description')}></textarea></label>
          <fieldset class="evidence">
            <legend>${t('evidence')}</legend>
            <label
              >${t('evidenceFile')}
              <input type="file" name="evidenceFile" accept=${EVIDENCE_TYPES.join(',')} aria-describedby="evidence-hint" onChange=${(e) => setFile(e.target.files[0] ?? null)}
            /></label>
            <p id="evidence-hint" class="muted">${t('evidenceHint')}</p>
            <label>${t('evidenceUrl')}<input type="url" name="evidenceUrl" value=${form.evidenceUrl} disabled=${file !== null} onInput=${set('evidenceUrl')} /></label>
          </fieldset>
          <button type="submit" class="primary" disabled=${action.busy}>${pendingUpload ? t('retryUpload') : t('submit')}</button>
          <${Notice} text=${action.done} />
          <${ErrorBox} error=${action.error} />
        </form>`;
      }}
    <//>
  <//>`;
}

const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Why an upload failed, in the user's words: the server explains quota and content; a too-large body never reaches the route. */
function uploadProblem(error) {
  if (error.status === 413) return t('evidenceTooLarge');
  if (error.status === 415) return t('evidenceTypeWrong');
  return error.message;
}

export function ActivitiesPage() {
  const [month, setMonth] = useState(thisMonth());
  const state = useLoad(() => get(`/activities?month=${month}&limit=200`), [month]);
  return html`<${Page} title=${t('activitiesTitle')}>
    <div class="actions">
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, -1))}>‹ ${t('previousMonth')}</button>
      <strong>${monthLabel(month)}</strong>
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, 1))}>${t('nextMonth')} ›</button>
    </div>
    <${Loaded} state=${state}>
      ${(page) =>
        page.items.length === 0
          ? html`<p>${t('none')}</p>`
          : html`<ul class="list">
              ${page.items.map(
                (a) =>
                  html`<li class="item">
                    <div><strong>${dateLabel(a.date)}</strong> ${a.startTime}–${a.endTime} · ${a.catalogCode} × ${a.quantity}</div>
                    <div>${a.description}</div>
                    <div>
                      <span class=${'status ' + a.status}>${t(a.status)}</span> ${a.claimedMinutes} ${t('minutes').toLowerCase()}
                      ${a.reviewNote ? html` · ${a.reviewNote}` : null}${a.rejectionReason ? html` · ${a.rejectionReason}` : null}
                    </div>
                    ${
                      a.evidenceFile
                        ? html`<div><a href=${`${API}/activities/${a.id}/evidence`} target="_blank" rel="noopener" data-testid="evidence-link">${t('evidenceFileLink')}</a></div>`
                        : a.evidenceUrl
                          ? html`<div><a href=${a.evidenceUrl} target="_blank" rel="noopener noreferrer">${t('evidenceUrlLink')}</a></div>`
                          : null
                    }
                  </li>`,
              )}
            </ul>`}
    <//>
  <//>`;
}

export function StatementView({ employeeId, month }) {
  const state = useLoad(async () => {
    const base = `/employees/${employeeId}/statements/${month}`;
    try {
      const [statement, explanation, versions] = await Promise.all([get(base), get(`${base}/explanation`), get(`${base}/versions`)]);
      return { statement, explanation, versions: versions.items ?? versions };
    } catch (e) {
      if (e.status === 404) return null;
      throw e;
    }
  }, [employeeId, month]);
  return html`<${Loaded} state=${state}>
    ${(data) =>
      data === null
        ? html`<p>${t('noStatement')}</p>`
        : html`<div class="statement">
            <p><strong>${data.statement.employee.name}</strong> · NIP ${data.statement.employee.nip} · ${monthLabel(month)} · ${t('version')} ${data.statement.version}</p>
            <dl class="totals">
              <div>
                <dt>${t('gross')}</dt>
                <dd>${rupiah(data.statement.gross)}</dd>
              </div>
              <div>
                <dt>${t('net')}</dt>
                <dd data-testid="net">${rupiah(data.statement.net)}</dd>
              </div>
            </dl>
            <h2>${t('lines')}</h2>
            <ul class="list">
              ${data.explanation.lines.map(
                (l) =>
                  html`<li class="item">
                    <div><strong>${l.code}</strong> ${l.percent}% · ${rupiah(l.amount)}</div>
                    <div>${l.text}</div>
                  </li>`,
              )}
            </ul>
            <h2>${t('versions')}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('version')}</th>
                  <th scope="col">${t('net')}</th>
                  <th scope="col">${t('delta')}</th>
                </tr>
              </thead>
              <tbody>
                ${data.versions.map(
                  (v) =>
                    html`<tr>
                      <td>${v.version}</td>
                      <td>${rupiah(v.net)}</td>
                      <td>${rupiah(v.delta)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
  <//>`;
}

export function MyStatementPage({ me }) {
  const [month, setMonth] = useState(addMonths(thisMonth(), -1));
  return html`<${Page} title=${t('statementTitle')}>
    <div class="actions">
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, -1))}>‹ ${t('previousMonth')}</button>
      <strong>${monthLabel(month)}</strong>
      <button type="button" class="secondary" onClick=${() => setMonth(addMonths(month, 1))}>${t('nextMonth')} ›</button>
    </div>
    <${StatementView} employeeId=${me.employeeId} month=${month} />
  <//>`;
}

const ABSENCE_TYPES = ['CT', 'CS', 'CB', 'CM', 'CAP', 'DL', 'I'];
const PERMIT_TYPES = ['LATE_ARRIVAL', 'EARLY_LEAVE', 'MISSING_PUNCH'];
const itemsOf = (page) => (Array.isArray(page) ? page : page.items);

export function LeavePage({ me }) {
  const today = todayIso();
  const state = useLoad(async () => {
    const [balance, absences, permits] = await Promise.all([
      get(`/attendance/annual-leave?employeeId=${me.employeeId}&year=${today.slice(0, 4)}`),
      get(`/absences?employeeId=${me.employeeId}&limit=50`),
      get(`/permits?employeeId=${me.employeeId}&limit=50`),
    ]);
    return { balance, absences: itemsOf(absences), permits: itemsOf(permits) };
  });
  const [kind, setKind] = useState('permit');
  const [form, setForm] = useState({ absenceType: 'CT', permitType: 'LATE_ARRIVAL', startDate: today, endDate: today, date: today, time: '', reason: '' });
  const set = (field) => (e) => setForm({ ...form, [field]: e.target.value });
  const action = useAction();
  const submit = (e) => {
    e.preventDefault();
    const body =
      kind === 'absence'
        ? { employeeId: me.employeeId, type: form.absenceType, startDate: form.startDate, endDate: form.endDate, reason: form.reason }
        : { employeeId: me.employeeId, type: form.permitType, date: form.date, reason: form.reason, ...(form.time ? { time: form.time } : {}) };
    void action.run(() => post(kind === 'absence' ? '/absences' : '/permits', body)).then((r) => r !== undefined && state.reload());
  };
  return html`<${Page} title=${t('leaveTitle')}>
    <${Loaded} state=${state}>
      ${({ balance, absences, permits }) =>
        html` <p class="card" data-testid="leave-balance">
            ${t('leaveBalance')} ${balance.year}: <strong>${balance.remaining}</strong> / ${balance.available ?? balance.entitlement} ${t('days')}
          </p>
          <form class="stack" onSubmit=${submit}>
            <fieldset class="choice">
              <legend>${t('type')}</legend>
              <label><input type="radio" name="kind" checked=${kind === 'permit'} onChange=${() => setKind('permit')} /> ${t('permitKind')}</label>
              <label><input type="radio" name="kind" checked=${kind === 'absence'} onChange=${() => setKind('absence')} /> ${t('absenceKind')}</label>
            </fieldset>
            ${
              kind === 'absence'
                ? html`<label
                      >${t('absenceType')}<select value=${form.absenceType} onChange=${set('absenceType')}>
                        ${ABSENCE_TYPES.map((c) => html`<option value=${c}>${c} — ${t('absence_' + c)}</option>`)}
                      </select></label
                    >
                    <div class="row">
                      <label>${t('from')}<input type="date" required value=${form.startDate} onInput=${set('startDate')} /></label>
                      <label>${t('to')}<input type="date" required value=${form.endDate} onInput=${set('endDate')} /></label>
                    </div>`
                : html`<label
                      >${t('permitType')}<select value=${form.permitType} onChange=${set('permitType')}>
                        ${PERMIT_TYPES.map((c) => html`<option value=${c}>${t('permit_' + c)}</option>`)}
                      </select></label
                    >
                    <div class="row">
                      <label>${t('date')}<input type="date" required value=${form.date} onInput=${set('date')} /></label>
                      <label>${t('timeOptional')}<input type="time" value=${form.time} onInput=${set('time')} /></label>
                    </div>`
            }
            <label>${t('reason')}<textarea required minlength="3" value=${form.reason} onInput=${set('reason')}></textarea></label>
            <button type="submit" class="primary" disabled=${action.busy}>${t('submit')}</button>
            <${Notice} text=${action.done} />
            <${ErrorBox} error=${action.error} />
          </form>
          <h2>${t('myRequests')}</h2>
          ${
            absences.length + permits.length === 0
              ? html`<p>${t('none')}</p>`
              : html`<ul class="list">
                  ${absences.map((a) => html`<li class="item">${a.type} · ${dateLabel(a.startDate)} – ${dateLabel(a.endDate)} · <span class=${'status ' + a.status}>${t(a.status)}</span></li>`)}
                  ${permits.map((p) => html`<li class="item" data-testid="my-permit">${t('permit_' + p.type)} · ${dateLabel(p.date)} · <span class=${'status ' + p.status}>${t(p.status)}</span></li>`)}
                </ul>`
          }`}
    <//>
  <//>`;
}

export function MyAppraisalPage({ me }) {
  const state = useLoad(async () => itemsOf(await get(`/appraisals?employeeId=${me.employeeId}`)));
  return html`<${Page} title=${t('myAppraisalTitle')}>
    <${Loaded} state=${state}>
      ${(appraisals) =>
        appraisals.length === 0
          ? html`<p>${t('none')}</p>`
          : html`<ul class="list">
              ${appraisals.map((a) => html`<${AppraisalItem} key=${a.id} appraisal=${a} onChanged=${state.reload} />`)}
            </ul>`}
    <//>
  <//>`;
}

function AppraisalItem({ appraisal, onChanged }) {
  const [objecting, setObjecting] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  const act = (path, body) => action.run(() => post(`/appraisals/${appraisal.id}/${path}`, body)).then((r) => r !== undefined && onChanged());
  const current = appraisal.current;
  return html`<li class="item" data-testid="appraisal">
    <div><strong>${appraisal.period}</strong> · ${t('predikat')}: <strong>${appraisal.predikat ?? '—'}</strong></div>
    ${current ? html`<div>${t('resultRating')}: ${t(current.resultRating)} · ${t('behaviourRating')}: ${t(current.behaviourRating)}</div>` : null}
    ${current?.feedback ? html`<div>${current.feedback}</div>` : null}
    <div class="actions">
      ${
        appraisal.acknowledged
          ? html`<span class="status APPROVED">${t('acknowledged')}</span>`
          : html`<button type="button" class="primary" disabled=${action.busy} onClick=${() => act('acknowledgement')}>${t('acknowledge')}</button>`
      }
      <button type="button" class="secondary" onClick=${() => setObjecting(true)}>${t('object')}</button>
    </div>
    ${
      objecting
        ? html`<form class="inline" onSubmit=${(e) => (e.preventDefault(), act('objections', { reason }))}>
            <label>${t('reason')}<input required value=${reason} onInput=${(e) => setReason(e.target.value)} /></label>
            <button type="submit" class="danger" disabled=${action.busy}>${t('object')}</button>
          </form>`
        : null
    }
    <${ErrorBox} error=${action.error} />
  </li>`;
}

const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'];

/**
 * My SKP: the year's plans with each RHK, its indicators and targets, the realisation the API counts for
 * the approved version, and the evaluation document (SKP PDF) of every rating given in that year.
 */
export function MySkpPage({ me }) {
  const [year, setYear] = useState(todayIso().slice(0, 4));
  const state = useLoad(async () => {
    const [plans, appraisals] = await Promise.all([get(`/performance-plans?employeeId=${me.employeeId}&year=${year}&limit=50`), get(`/appraisals?employeeId=${me.employeeId}`)]);
    const withRealisation = await Promise.all(
      itemsOf(plans).map(async (plan) => ({
        plan,
        realisation: plan.approvedVersions.length > 0 ? await get(`/performance-plans/${plan.id}/realisation`) : null,
      })),
    );
    const rated = itemsOf(appraisals).filter((a) => a.period.startsWith(year) && a.current !== null);
    return { plans: withRealisation, rated };
  }, [year]);
  const shift = (n) => setYear(String(Number(year) + n));
  return html`<${Page} title=${t('skpTitle')}>
    <div class="actions">
      <button type="button" class="secondary" onClick=${() => shift(-1)}>‹ ${t('previousYear')}</button>
      <strong aria-live="polite">${year}</strong>
      <button type="button" class="secondary" onClick=${() => shift(1)}>${t('nextYear')} ›</button>
    </div>
    <${Loaded} state=${state}>
      ${({ plans, rated }) =>
        html`${plans.length === 0 ? html`<p data-testid="no-skp">${t('noSkp')}</p>` : plans.map(({ plan, realisation }) => html`<${SkpPlan} key=${plan.id} plan=${plan} realisation=${realisation} />`)}
          <h2>${t('mySkpDocuments')}</h2>
          ${
            rated.length === 0
              ? html`<p>${t('noSkpDocument')}</p>`
              : html`<ul class="list">
                  ${rated.map(
                    (a) =>
                      html`<li class="item">
                        <a href=${`${API}/appraisals/${a.id}/document.pdf`} target="_blank" rel="noopener" data-testid="skp-pdf">${t('mySkpPdf')} ${a.period}</a>
                        · ${t('predikat')}: <strong>${a.predikat ?? '—'}</strong>
                      </li>`,
                  )}
                </ul>`
          }`}
    <//>
  <//>`;
}

function SkpPlan({ plan, realisation }) {
  // The approved version's RHK carry the realisation; a plan not yet approved shows its draft RHK alone.
  const results = realisation
    ? realisation.results
    : plan.results.map((r) => ({ ...r, resultId: r.id, indicators: r.indicators.map((i) => ({ ...i, realised: null, ratio: null })) }));
  return html`<section class="group" aria-labelledby=${`plan-${plan.id}`} data-testid="skp-plan">
    <div class="row-between">
      <h2 id=${`plan-${plan.id}`}>${t('skpPlan')} ${plan.year} <small>${dateLabel(plan.periodStart)} – ${dateLabel(plan.periodEnd)}</small></h2>
      <span class=${'status ' + plan.status}>${PLAN_STATUSES.includes(plan.status) ? t('plan_' + plan.status) : plan.status}</span>
    </div>
    ${plan.status === 'RETURNED' && plan.returnReason ? html`<p class="alert info">${t('returnReason')}: ${plan.returnReason}</p>` : null}
    ${realisation ? html`<p class="muted">${t('realisationUpTo')} ${dateLabel(realisation.to)} · ${t('version')} ${realisation.version}</p>` : null}
    ${results.length === 0 ? html`<p>${t('none')}</p>` : null}
    ${results.map(
      (r) =>
        html`<div class="rhk" data-testid="rhk">
          <h3>RHK: ${r.title}</h3>
          <div class="table-wrap" tabindex="0" role="region" aria-label=${`${t('indicatorsOf')} ${r.title}`}>
            <table>
              <caption class="sr-only">
                ${t('indicatorsOf')} ${r.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('indicator')}</th>
                  <th scope="col">${t('target')}</th>
                  <th scope="col">${t('realised')}</th>
                  <th scope="col">${t('achievedPercent')}</th>
                </tr>
              </thead>
              <tbody>
                ${r.indicators.map(
                  (i) =>
                    html`<tr>
                      <th scope="row">${i.name} <small>(${t('aspect_' + i.aspect)})</small></th>
                      <td class="num">${i.target} ${i.unit}</td>
                      <td class="num" data-testid="realised">${i.realised === null ? '—' : `${i.realised} ${i.unit}`}</td>
                      <td class="num">${i.ratio === null ? '—' : `${percentOfRatio(i.ratio)}%`}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${realisation ? html`<p class="muted">${r.activities} ${t('activitiesCounted')} · ${r.approvedMinutes} ${t('minutes').toLowerCase()}</p>` : null}
        </div>`,
    )}
  </section>`;
}
