// HR corrects a month afterwards, a closed one included: each correction through its own API route and with
// its reason; a closed month's statement then goes stale until the period page recomputes it.
import { html, useState } from '/vendor/preact-htm.js';
import { get, post } from '../api.js';
import { addMonths, dateLabel, lastDayOf, monthLabel, thisMonth } from '../format.js';
import { t } from '../i18n.js';
import { ErrorBox, Loaded, Notice, Page, useAction, useLoad } from '../ui.js';
import { EmployeePicker } from './admin.js';

const ABSENCE_TYPES = ['CT', 'CS', 'CB', 'CM', 'CAP', 'DL', 'I'];
const PERMIT_TYPES = ['LATE_ARRIVAL', 'EARLY_LEAVE', 'MISSING_PUNCH'];
const RATINGS = ['BELOW', 'AS_EXPECTED', 'ABOVE'];
const FALLBACK_ZONE = 'Asia/Jakarta';

/** The time zone of the unit the employee served in on `date`: clock times are entered and read in it. */
async function zoneOn(employeeId, date) {
  const { items } = await get(`/employees/${employeeId}/assignments`);
  const held = items.filter((a) => a.startDate <= date && (a.endDate === null || a.endDate >= date));
  const assignment = held.find((a) => a.type === 'DEFINITIVE') ?? held[0] ?? items[items.length - 1];
  if (!assignment) return FALLBACK_ZONE;
  const position = await get(`/positions/${assignment.positionId}`);
  return (await get(`/units/${position.unitId}`)).timeZone ?? FALLBACK_ZONE;
}

/** The zone's UTC offset on a date as ISO 8601 wants it ("+08:00"); Indonesia's zones keep one all year. */
function offsetOn(zone, date) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** An instant as the date and time on the unit's clock. */
function localTime(instant, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * One correction: its fields, the mandatory reason and the button, folded away until opened. `send(reason)`
 * makes the API call; `onDone` follows a success.
 */
function Correction({ label, accessibleLabel, children, send, onDone }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  const submit = async (e) => {
    e.preventDefault();
    const result = await action.run(() => send(reason.trim()));
    if (result !== undefined) {
      setReason('');
      onDone();
    }
  };
  return html`<details class="correction">
    <summary aria-label=${accessibleLabel ?? label}>${label}</summary>
    <form class="stack" onSubmit=${submit}>
      ${children}
      <label>${t('correctionReason')}<textarea required minlength="3" value=${reason} onInput=${(e) => setReason(e.target.value)}></textarea></label>
      <button type="submit" class="primary" disabled=${action.busy}>${t('saveCorrection')}</button>
      <${ErrorBox} error=${action.error} />
    </form>
  </details>`;
}

/** A form's fields kept in one object; `set(field)` is an input handler. */
function useFields(initial) {
  const [fields, setFields] = useState(initial);
  return { fields, set: (field) => (e) => setFields({ ...fields, [field]: e.target.value }) };
}

function ClockEvents({ employeeId, month, zone, events, onCorrected }) {
  const { fields, set } = useFields({ date: `${month}-01`, time: '07:30', direction: 'IN' });
  return html`<section aria-labelledby="clock-events">
    <h2 id="clock-events">${t('clockEvents')}</h2>
    <p class="muted">${t('timesIn')} ${zone}</p>
    ${
      events.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('clockEvents')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('date')}</th>
                  <th scope="col">${t('time')}</th>
                  <th scope="col">${t('direction')}</th>
                  <th scope="col">${t('source')}</th>
                  <th scope="col"><span class="sr-only">${t('correct')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${events.map((e) => {
                  const at = localTime(e.at, zone);
                  return html`<tr data-testid="clock-event" class=${e.voidedAt ? 'voided' : ''}>
                    <th scope="row">${dateLabel(at.date)}</th>
                    <td>${at.time}</td>
                    <td>${e.direction ? t(e.direction === 'IN' ? 'in' : 'out') : '—'}</td>
                    <td>${e.source}${e.reason ? html`<br /><small>${e.reason}</small>` : null}</td>
                    <td>
                      ${
                        e.voidedAt
                          ? html`<span class="status REJECTED">${t('voided')}</span> <small>${e.voidReason}</small>`
                          : html`<${Correction}
                              label=${t('voidEvent')}
                              accessibleLabel=${`${t('voidEvent')} ${at.date} ${at.time}`}
                              send=${(reason) => post(`/attendance/clock-events/${e.id}/void`, { reason })}
                              onDone=${onCorrected}
                            />`
                      }
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }
    <${Correction}
      label=${t('addClockEvent')}
      send=${(reason) => post('/attendance/clock-events/corrections', { employeeId, at: `${fields.date}T${fields.time}:00${offsetOn(zone, fields.date)}`, direction: fields.direction, reason })}
      onDone=${onCorrected}
    >
      <div class="row">
        <label>${t('date')}<input type="date" required min=${`${month}-01`} max=${lastDayOf(month)} value=${fields.date} onInput=${set('date')} /></label>
        <label>${t('time')}<input type="time" required value=${fields.time} onInput=${set('time')} /></label>
        <label
          >${t('direction')}<select value=${fields.direction} onChange=${set('direction')}>
            <option value="IN">${t('in')}</option>
            <option value="OUT">${t('out')}</option>
          </select></label
        >
      </div>
    <//>
  </section>`;
}

/** An approved request can be withdrawn afterwards, a rejected one granted. */
function DecisionCorrection({ path, status, what, onCorrected }) {
  const decision = status === 'APPROVED' ? 'REJECTED' : 'APPROVED';
  const label = decision === 'APPROVED' ? t('grantAfterwards') : t('withdrawAfterwards');
  return html`<${Correction} label=${label} accessibleLabel=${`${label}: ${what}`} send=${(reason) => post(path, { decision, reason })} onDone=${onCorrected} />`;
}

function Absences({ employeeId, month, absences, onCorrected }) {
  const { fields, set } = useFields({ type: 'CS', startDate: `${month}-01`, endDate: `${month}-01` });
  return html`<section aria-labelledby="absences">
    <h2 id="absences">${t('absences')}</h2>
    ${
      absences.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<ul class="list">
            ${absences.map((a) => {
              const what = `${a.type} ${a.startDate} – ${a.endDate}`;
              return html`<li class="item" data-testid="absence">
                <div>${a.type} — ${t('absence_' + a.type)} · ${dateLabel(a.startDate)} – ${dateLabel(a.endDate)} · <span class=${'status ' + a.status}>${t(a.status)}</span></div>
                <div><small>${a.reason}</small></div>
                ${a.status === 'SUBMITTED' ? null : html`<${DecisionCorrection} path=${`/absences/${a.id}/corrections`} status=${a.status} what=${what} onCorrected=${onCorrected} />`}
              </li>`;
            })}
          </ul>`
    }
    <${Correction} label=${t('recordAbsence')} send=${(reason) => post('/absences/corrections', { employeeId, ...fields, reason })} onDone=${onCorrected}>
      <label
        >${t('absenceType')}<select value=${fields.type} onChange=${set('type')}>
          ${ABSENCE_TYPES.map((c) => html`<option value=${c}>${c} — ${t('absence_' + c)}</option>`)}
        </select></label
      >
      <div class="row">
        <label>${t('from')}<input type="date" required value=${fields.startDate} onInput=${set('startDate')} /></label>
        <label>${t('to')}<input type="date" required value=${fields.endDate} onInput=${set('endDate')} /></label>
      </div>
    <//>
  </section>`;
}

function Permits({ employeeId, month, permits, onCorrected }) {
  const { fields, set } = useFields({ type: 'LATE_ARRIVAL', date: `${month}-01`, time: '' });
  return html`<section aria-labelledby="permits">
    <h2 id="permits">${t('permits')}</h2>
    ${
      permits.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<ul class="list">
            ${permits.map(
              (p) =>
                html`<li class="item" data-testid="permit">
                  <div>${t('permit_' + p.type)} · ${dateLabel(p.date)}${p.time ? ` ${p.time}` : ''} · <span class=${'status ' + p.status}>${t(p.status)}</span></div>
                  <div><small>${p.reason}</small></div>
                  ${
                    p.status === 'SUBMITTED'
                      ? null
                      : html`<${DecisionCorrection}
                          path=${`/permits/${p.id}/corrections`}
                          status=${p.status}
                          what=${`${t('permit_' + p.type)} ${p.date}`}
                          onCorrected=${onCorrected}
                        />`
                  }
                </li>`,
            )}
          </ul>`
    }
    <${Correction}
      label=${t('recordPermit')}
      send=${(reason) => post('/permits/corrections', { employeeId, type: fields.type, date: fields.date, ...(fields.time ? { time: fields.time } : {}), reason })}
      onDone=${onCorrected}
    >
      <label
        >${t('permitType')}<select value=${fields.type} onChange=${set('type')}>
          ${PERMIT_TYPES.map((c) => html`<option value=${c}>${t('permit_' + c)}</option>`)}
        </select></label
      >
      <div class="row">
        <label>${t('date')}<input type="date" required value=${fields.date} onInput=${set('date')} /></label>
        <label>${t('timeOptional')}<input type="time" value=${fields.time} onInput=${set('time')} /></label>
      </div>
    <//>
  </section>`;
}

function ActivityCorrection({ activity, onCorrected }) {
  const { fields, set } = useFields({ decision: 'approve', approvedQuantity: activity.approvedQuantity ?? activity.quantity });
  const what = `${activity.date} ${activity.startTime}–${activity.endTime} ${activity.catalogCode}`;
  return html`<${Correction}
    label=${t('correctReview')}
    accessibleLabel=${`${t('correctReview')}: ${what}`}
    send=${(reason) => post(`/activities/${activity.id}/review-corrections`, fields.decision === 'approve' ? { decision: 'approve', approvedQuantity: fields.approvedQuantity, reason } : { decision: 'reject', reason })}
    onDone=${onCorrected}
  >
    <div class="row">
      <label
        >${t('decision')}<select value=${fields.decision} onChange=${set('decision')}>
          <option value="approve">${t('approve')}</option>
          <option value="reject">${t('reject')}</option>
        </select></label
      >
      ${
        fields.decision === 'approve'
          ? html`<label
              >${t('approvedQuantity')}<input inputmode="decimal" pattern="\\d+(\\.\\d+)?" required value=${fields.approvedQuantity} onInput=${set('approvedQuantity')}
            /></label>`
          : null
      }
    </div>
  <//>`;
}

function Activities({ activities, onCorrected }) {
  return html`<section aria-labelledby="activities">
    <h2 id="activities">${t('activitiesOfMonth')}</h2>
    ${
      activities.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<ul class="list">
            ${activities.map(
              (a) =>
                html`<li class="item" data-testid="activity">
                  <div>
                    ${dateLabel(a.date)} ${a.startTime}–${a.endTime} · ${a.catalogCode} × ${a.quantity} · <span class=${'status ' + a.status}>${t(a.status)}</span>
                    ${a.approvedQuantity !== null ? html` · ${t('approvedQuantity')} ${a.approvedQuantity}` : null}
                  </div>
                  <div><small>${a.description}</small></div>
                  ${a.status === 'SUBMITTED' ? null : html`<${ActivityCorrection} activity=${a} onCorrected=${onCorrected} />`}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function RatingCorrection({ appraisal, onCorrected }) {
  const { fields, set } = useFields({ resultRating: appraisal.current?.resultRating ?? 'AS_EXPECTED', behaviourRating: appraisal.current?.behaviourRating ?? 'AS_EXPECTED' });
  return html`<${Correction}
    label=${t('correctRating')}
    accessibleLabel=${`${t('correctRating')} ${appraisal.period}`}
    send=${(reason) => post(`/appraisals/${appraisal.id}/corrections`, { ...fields, reason })}
    onDone=${onCorrected}
  >
    <div class="row">
      <label
        >${t('resultRating')}<select value=${fields.resultRating} onChange=${set('resultRating')}>
          ${RATINGS.map((r) => html`<option value=${r}>${t(r)}</option>`)}
        </select></label
      >
      <label
        >${t('behaviourRating')}<select value=${fields.behaviourRating} onChange=${set('behaviourRating')}>
          ${RATINGS.map((r) => html`<option value=${r}>${t(r)}</option>`)}
        </select></label
      >
    </div>
  <//>`;
}

function Ratings({ appraisals, onCorrected }) {
  return html`<section aria-labelledby="ratings">
    <h2 id="ratings">${t('ratingOfMonth')}</h2>
    ${
      appraisals.length === 0
        ? html`<p>${t('none')}</p>`
        : html`<ul class="list">
            ${appraisals.map(
              (a) =>
                html`<li class="item" data-testid="appraisal">
                  <div>
                    ${a.period} · ${a.current ? html`${t(a.current.resultRating)} / ${t(a.current.behaviourRating)} · <strong>${a.current.predikatLabel}</strong>` : t('notRated')}
                  </div>
                  ${a.current ? html`<${RatingCorrection} appraisal=${a} onCorrected=${onCorrected} />` : null}
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function MonthOfEmployee({ employee, month }) {
  const [corrected, setCorrected] = useState(0);
  const state = useLoad(async () => {
    const query = `employeeId=${employee.id}&from=${month}-01&to=${lastDayOf(month)}`;
    const [period, zone, events, absences, permits, activities, appraisals] = await Promise.all([
      get(`/periods/${month}`),
      zoneOn(employee.id, `${month}-01`),
      get(`/attendance/clock-events?${query}`),
      get(`/absences?${query}&limit=100`),
      get(`/permits?${query}&limit=100`),
      get(`/activities?employeeId=${employee.id}&month=${month}&limit=200`),
      get(`/appraisals?employeeId=${employee.id}&period=${month}`),
    ]);
    return { period, zone, events: events.items, absences: absences.items, permits: permits.items, activities: activities.items, appraisals: appraisals.items };
  }, [employee.id, month, corrected]);
  const onCorrected = () => setCorrected((n) => n + 1);
  return html`<${Loaded} state=${state}>
    ${(data) =>
      html`<p>${monthLabel(month)} · <span class=${'status ' + data.period.status}>${t(data.period.status)}</span></p>
        ${
          corrected > 0
            ? data.period.status === 'CLOSED'
              ? html`<div class="alert info" role="status" data-testid="stale-notice">
                  ${t('statementStale')} <a href=${`#/period/${month}`}>${t('recomputeOnPeriod')} ${monthLabel(month)}</a>
                </div>`
              : html`<${Notice} text=${t('saved')} />`
            : null
        }
        <${ClockEvents} employeeId=${employee.id} month=${month} zone=${data.zone} events=${data.events} onCorrected=${onCorrected} />
        <${Absences} employeeId=${employee.id} month=${month} absences=${data.absences} onCorrected=${onCorrected} />
        <${Permits} employeeId=${employee.id} month=${month} permits=${data.permits} onCorrected=${onCorrected} />
        <${Activities} activities=${data.activities} onCorrected=${onCorrected} />
        <${Ratings} appraisals=${data.appraisals} onCorrected=${onCorrected} />`}
  <//>`;
}

/** #/corrections/{employeeId}/{month}: the employee and month are in the address, so a correction can be linked to. */
export function CorrectionsPage({ params }) {
  const [employeeId = '', month = addMonths(thisMonth(), -1)] = params;
  const employee = useLoad(async () => (employeeId ? get(`/employees/${employeeId}`) : null), [employeeId]);
  const go = (id, m) => {
    location.hash = `#/corrections/${id}/${m}`;
  };
  return html`<${Page} title=${t('correctionsTitle')}>
    <p>${t('correctionsIntro')}</p>
    <${EmployeePicker} selected=${employeeId} onPick=${(e) => go(e.id, month)} />
    <label>${t('month')}<input type="month" value=${month} onInput=${(e) => e.target.value && go(employeeId, e.target.value)} /></label>
    <${Loaded} state=${employee}>${(e) => (e === null ? null : html`<${MonthOfEmployee} key=${`${e.id}/${month}`} employee=${e} month=${month} />`)}<//>
  <//>`;
}
