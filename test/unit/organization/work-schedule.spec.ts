import { createWeeklySchedule, createWorkingHours, defaultWorkSchedule, netMinutes, scheduleFor, workingHoursOn } from '../../../src/modules/organization/domain/work-schedule';
import { createRosterEntry, createShift, shiftNetMinutes } from '../../../src/modules/organization/domain/shift';
import { expectDomainError } from './expect-domain-error';

describe('Work schedule', () => {
  it('defaults to Mon–Thu 07:30–16:00 and Fri 07:30–16:30, 450 net minutes a day, weekend off', () => {
    const schedule = defaultWorkSchedule();
    expect(schedule[1]).toEqual({ start: '07:30', end: '16:00', breakStart: '12:00', breakEnd: '13:00' });
    expect(schedule[5]).toEqual({ start: '07:30', end: '16:30', breakStart: '11:30', breakEnd: '13:00' });
    for (const day of [1, 2, 3, 4, 5] as const) expect(netMinutes(schedule[day]!)).toBe(450);
    expect(schedule[6]).toBeNull();
    expect(schedule[7]).toBeNull();
  });

  it('finds the hours of a date by its ISO weekday', () => {
    expect(workingHoursOn(defaultWorkSchedule(), '2026-06-19')?.end).toBe('16:30');
    expect(workingHoursOn(defaultWorkSchedule(), '2026-06-20')).toBeNull();
  });

  it('counts a day without a break in full', () => {
    expect(netMinutes(createWorkingHours({ start: '08:00', end: '12:00' }, 'schedule.6'))).toBe(240);
  });

  it('accepts a zero-length break and refuses times out of order', () => {
    expect(netMinutes(createWorkingHours({ start: '08:00', end: '16:00', breakStart: '12:00', breakEnd: '12:00' }, 'd'))).toBe(480);
    expectDomainError(() => createWorkingHours({ start: '08:00', end: '16:00', breakStart: '13:00', breakEnd: '12:00' }, 'schedule.1'), 'WORK_SCHEDULE_ORDER', 'schedule.1');
    expectDomainError(() => createWorkingHours({ start: '08:00', end: '16:00', breakStart: '08:00', breakEnd: '09:00' }, 'schedule.1'), 'WORK_SCHEDULE_ORDER');
    expectDomainError(() => createWorkingHours({ start: '08:00', end: '16:00', breakStart: '15:00', breakEnd: '16:00' }, 'schedule.1'), 'WORK_SCHEDULE_ORDER');
    expectDomainError(() => createWorkingHours({ start: '16:00', end: '08:00' }, 'schedule.1'), 'WORK_SCHEDULE_ORDER', 'schedule.1.end');
  });

  it('refuses bad times and a half-given break', () => {
    expectDomainError(() => createWeeklySchedule({ 2: { start: '7:30', end: '16:00' } }), 'WORK_SCHEDULE_TIME_INVALID', 'schedule.2.start');
    expectDomainError(() => createWeeklySchedule({ 2: { start: '07:30', end: '24:00' } }), 'WORK_SCHEDULE_TIME_INVALID', 'schedule.2.end');
    expectDomainError(() => createWeeklySchedule({ 3: { start: '07:30', end: '16:00', breakStart: '12:00' } }), 'WORK_SCHEDULE_BREAK_INCOMPLETE', 'schedule.3.breakEnd');
  });

  it('inherits the schedule of the nearest ancestor that has one, else the default', () => {
    const ditjen = createWeeklySchedule({ 1: { start: '08:00', end: '16:00' } });
    const sentra = createWeeklySchedule({ 6: { start: '08:00', end: '12:00' } });
    const schedules = new Map([
      ['ditjen', ditjen],
      ['sentra', sentra],
    ]);
    expect(scheduleFor(['seksi', 'sentra', 'ditjen', 'kemensos'], schedules)).toBe(sentra);
    expect(scheduleFor(['subdit', 'direktorat', 'ditjen', 'kemensos'], schedules)).toBe(ditjen);
    expect(scheduleFor(['biro', 'setjen', 'kemensos'], schedules)).toEqual(defaultWorkSchedule());
  });
});

describe('Shift', () => {
  it('knows a night shift crosses midnight and counts its net minutes', () => {
    const night = createShift({ id: 's1', code: 'MALAM', start: '22:00', end: '06:00', breakMinutes: 30 });
    expect(night.crossesMidnight).toBe(true);
    expect(shiftNetMinutes(night)).toBe(450);
    const morning = createShift({ id: 's2', code: 'PAGI', start: '06:00', end: '14:00', breakMinutes: 0 });
    expect(morning.crossesMidnight).toBe(false);
    expect(shiftNetMinutes(morning)).toBe(480);
  });

  it('refuses a zero-length shift, bad times and a break as long as the shift', () => {
    expectDomainError(() => createShift({ id: 's', code: 'X', start: '08:00', end: '08:00', breakMinutes: 0 }), 'SHIFT_ZERO_LENGTH', 'end');
    expectDomainError(() => createShift({ id: 's', code: 'X', start: '25:00', end: '08:00', breakMinutes: 0 }), 'SHIFT_TIME_INVALID', 'start');
    expectDomainError(() => createShift({ id: 's', code: 'X', start: '22:00', end: '06:00', breakMinutes: 480 }), 'SHIFT_BREAK_INVALID', 'breakMinutes');
    expectDomainError(() => createShift({ id: 's', code: 'X', start: '22:00', end: '06:00', breakMinutes: -5 }), 'SHIFT_BREAK_INVALID', 'breakMinutes');
    expectDomainError(() => createShift({ id: 's', code: ' ', start: '22:00', end: '06:00', breakMinutes: 0 }), 'SHIFT_CODE_REQUIRED', 'code');
  });

  it('rosters a shift for an employee on the date it starts', () => {
    expect(createRosterEntry({ employeeId: 'e1', date: '2026-06-10', shiftId: 's1' })).toEqual({ employeeId: 'e1', date: '2026-06-10', shiftId: 's1' });
    expectDomainError(() => createRosterEntry({ employeeId: 'e1', date: '10/06/2026', shiftId: 's1' }), 'ROSTER_DATE_INVALID', 'date');
  });
});
