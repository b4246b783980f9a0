import { Assignment, createAssignment } from '../../../src/modules/organization/domain/assignment';
import { orgSnapshotOf } from '../../../src/modules/organization/domain/org-snapshot';
import { supervisionIntervals } from '../../../src/modules/organization/domain/supervision-intervals';
import { resolveSupervisorOn } from '../../../src/modules/organization/domain/supervisor-resolution';
import { addDays, eachDay } from '../../../src/shared-kernel/local-date';

/* dirjen └ direktur └ kasubdit └ staf ; kasubdit2 (a second section under direktur) */
const positions = [
  { id: 'dirjen', parentPositionId: null },
  { id: 'direktur', parentPositionId: 'dirjen' },
  { id: 'kasubdit', parentPositionId: 'direktur' },
  { id: 'kasubdit2', parentPositionId: 'direktur' },
  { id: 'staf', parentPositionId: 'kasubdit' },
  { id: 'staf2', parentPositionId: 'kasubdit2' },
];

let seq = 0;
function held(employeeId: string, positionId: string, type: Assignment['type'], startDate: string, endDate: string | null = null): Assignment {
  return createAssignment({ id: `a${++seq}`, employeeId, positionId, type, startDate, endDate });
}

/** What the per-day resolution says, as intervals over [from, to], for comparison. */
function dayByDay(supervisorId: string, employeeId: string, assignments: Assignment[], from: string, to: string) {
  const snapshot = orgSnapshotOf(positions, assignments);
  return eachDay(from, to).filter((d) => resolveSupervisorOn(employeeId, d, snapshot)?.employeeId === supervisorId);
}

function covered(intervals: ReturnType<typeof supervisionIntervals>, from: string, to: string) {
  return eachDay(from, to).filter((d) => intervals.some((i) => i.from <= d && (i.to === null || d <= i.to)));
}

describe('Supervision intervals', () => {
  const org = [
    held('budi', 'dirjen', 'DEFINITIVE', '2020-01-01'),
    held('dewi', 'direktur', 'DEFINITIVE', '2020-01-01'),
    held('kartika', 'kasubdit', 'DEFINITIVE', '2020-01-01', '2026-06-30'),
    // kasubdit is vacant from July: a Plt from the 10th; before that the director answers.
    held('agus', 'kasubdit', 'PLT', '2026-07-10', '2026-12-31'),
    // kartika is away 10–12 June: Plh.
    held('rudi', 'kasubdit', 'PLH', '2026-06-10', '2026-06-12'),
    // sari is moved to the other section on 1 September.
    held('sari', 'staf', 'DEFINITIVE', '2026-01-01', '2026-08-31'),
    held('sari', 'staf2', 'DEFINITIVE', '2026-09-01'),
    held('wati', 'kasubdit2', 'DEFINITIVE', '2020-01-01'),
    // The director stands in for the head of the other section on one day.
    held('dewi', 'kasubdit2', 'PLH', '2026-10-05', '2026-10-05'),
  ];
  const snapshot = orgSnapshotOf(positions, org);

  it('splits the head’s days around a Plh and a vacancy, and ends them at a transfer', () => {
    expect(supervisionIntervals('kartika', 'sari', org, snapshot)).toEqual([
      { employeeId: 'sari', from: '2026-01-01', to: '2026-06-09' },
      { employeeId: 'sari', from: '2026-06-13', to: '2026-06-30' },
    ]);
    expect(supervisionIntervals('rudi', 'sari', org, snapshot)).toEqual([{ employeeId: 'sari', from: '2026-06-10', to: '2026-06-12' }]);
    expect(supervisionIntervals('agus', 'sari', org, snapshot)).toEqual([{ employeeId: 'sari', from: '2026-07-10', to: '2026-08-31' }]);
    expect(supervisionIntervals('dewi', 'sari', org, snapshot)).toEqual([
      { employeeId: 'sari', from: '2026-07-01', to: '2026-07-09' },
      { employeeId: 'sari', from: '2026-10-05', to: '2026-10-05' },
    ]);
    expect(supervisionIntervals('wati', 'sari', org, snapshot)).toEqual([
      { employeeId: 'sari', from: '2026-09-01', to: '2026-10-04' },
      { employeeId: 'sari', from: '2026-10-06', to: null },
    ]);
  });

  it('agrees with the day-by-day resolution on every day, for everyone', () => {
    for (const supervisor of ['budi', 'dewi', 'kartika', 'agus', 'rudi', 'wati']) {
      for (const employee of ['sari', 'kartika', 'wati', 'dewi']) {
        const intervals = supervisionIntervals(supervisor, employee, org, snapshot);
        expect({ supervisor, employee, days: covered(intervals, '2019-12-01', '2027-02-01') }).toEqual({
          supervisor,
          employee,
          days: dayByDay(supervisor, employee, org, '2019-12-01', '2027-02-01'),
        });
        // Maximal: two intervals never touch.
        for (let i = 1; i < intervals.length; i++) expect(addDays(intervals[i - 1].to!, 1) < intervals[i].from).toBe(true);
      }
    }
  });

  it('is empty for someone never placed', () => {
    expect(supervisionIntervals('kartika', 'nobody', [], snapshot)).toEqual([]);
  });
});
