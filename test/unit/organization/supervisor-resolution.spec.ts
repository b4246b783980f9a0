import { Assignment, createAssignment } from '../../../src/modules/organization/domain/assignment';
import { OrgSnapshot, orgSnapshotOf } from '../../../src/modules/organization/domain/org-snapshot';
import { resolveSupervisorOn } from '../../../src/modules/organization/domain/supervisor-resolution';

/*
 * Ditjen Rehsos (unit ditjen)        dirjen
 *   Direktorat (unit direktorat)       └ direktur
 *     Subdit (unit subdit)                 └ kasubdit
 *                                               └ staf (PELAKSANA)
 *   Sentra (UPT, unit sentra)          └ kepalaSentra
 *                                               └ pekerjaSosial (FUNGSIONAL)
 */
const positions = [
  { id: 'dirjen', parentPositionId: null },
  { id: 'direktur', parentPositionId: 'dirjen' },
  { id: 'kasubdit', parentPositionId: 'direktur' },
  { id: 'staf', parentPositionId: 'kasubdit' },
  { id: 'kepalaSentra', parentPositionId: 'dirjen' },
  { id: 'pekerjaSosial', parentPositionId: 'kepalaSentra' },
];

let seq = 0;
function held(employeeId: string, positionId: string, type: Assignment['type'], startDate = '2026-01-01', endDate: string | null = null): Assignment {
  return createAssignment({ id: `a${++seq}`, employeeId, positionId, type, startDate, endDate });
}

const base = [held('budi', 'dirjen', 'DEFINITIVE'), held('dewi', 'direktur', 'DEFINITIVE'), held('sari', 'staf', 'DEFINITIVE'), held('rina', 'pekerjaSosial', 'DEFINITIVE')];

function snapshot(...extra: Assignment[]): OrgSnapshot {
  return orgSnapshotOf(positions, [...base, ...extra]);
}

describe('Supervisor resolution', () => {
  it('is the definitive holder of the parent position', () => {
    expect(resolveSupervisorOn('sari', '2026-06-10', snapshot(held('kartika', 'kasubdit', 'DEFINITIVE')))).toEqual({
      employeeId: 'kartika',
      positionId: 'kasubdit',
      acting: null,
    });
  });

  it('is the Plt when the parent position is vacant', () => {
    expect(resolveSupervisorOn('sari', '2026-06-10', snapshot(held('agus', 'kasubdit', 'PLT')))).toEqual({
      employeeId: 'agus',
      positionId: 'kasubdit',
      acting: 'PLT',
    });
  });

  it('is the Plh on the days the holder is away, and the holder again afterwards', () => {
    const org = snapshot(held('kartika', 'kasubdit', 'DEFINITIVE'), held('agus', 'kasubdit', 'PLH', '2026-06-10', '2026-06-12'));
    expect(resolveSupervisorOn('sari', '2026-06-09', org)).toEqual({ employeeId: 'kartika', positionId: 'kasubdit', acting: null });
    expect(resolveSupervisorOn('sari', '2026-06-10', org)).toEqual({ employeeId: 'agus', positionId: 'kasubdit', acting: 'PLH' });
    expect(resolveSupervisorOn('sari', '2026-06-12', org)).toEqual({ employeeId: 'agus', positionId: 'kasubdit', acting: 'PLH' });
    expect(resolveSupervisorOn('sari', '2026-06-13', org)).toEqual({ employeeId: 'kartika', positionId: 'kasubdit', acting: null });
  });

  it('is the Plh standing in for an absent Plt', () => {
    const org = snapshot(held('agus', 'kasubdit', 'PLT'), held('wati', 'kasubdit', 'PLH', '2026-06-10', '2026-06-12'));
    expect(resolveSupervisorOn('sari', '2026-06-11', org)).toEqual({ employeeId: 'wati', positionId: 'kasubdit', acting: 'PLH' });
  });

  it('goes one more level up when the parent position is vacant with nobody acting', () => {
    expect(resolveSupervisorOn('sari', '2026-06-10', snapshot())).toEqual({ employeeId: 'dewi', positionId: 'direktur', acting: null });
  });

  it('climbs as far as needed, into the parent unit: a UPT without a head answers to the Dirjen', () => {
    expect(resolveSupervisorOn('rina', '2026-06-10', snapshot())).toEqual({ employeeId: 'budi', positionId: 'dirjen', acting: null });
  });

  it('treats assignments as effective-dated: a head who left no longer supervises', () => {
    const org = snapshot(held('kartika', 'kasubdit', 'DEFINITIVE', '2026-01-01', '2026-05-31'));
    expect(resolveSupervisorOn('sari', '2026-05-31', org)?.employeeId).toBe('kartika');
    expect(resolveSupervisorOn('sari', '2026-06-01', org)?.employeeId).toBe('dewi');
  });

  describe('never makes someone their own supervisor', () => {
    it('skips the position above when the employee is its Plt', () => {
      expect(resolveSupervisorOn('sari', '2026-06-10', snapshot(held('sari', 'kasubdit', 'PLT')))).toEqual({
        employeeId: 'dewi',
        positionId: 'direktur',
        acting: null,
      });
    });

    it('skips the position above when the employee is its Plh, rather than falling back to the absent head', () => {
      const org = snapshot(held('kartika', 'kasubdit', 'DEFINITIVE'), held('sari', 'kasubdit', 'PLH', '2026-06-10', '2026-06-12'));
      expect(resolveSupervisorOn('sari', '2026-06-11', org)).toEqual({ employeeId: 'dewi', positionId: 'direktur', acting: null });
      expect(resolveSupervisorOn('sari', '2026-06-13', org)?.employeeId).toBe('kartika');
    });

    it('still resolves the acting head’s own supervisor from their definitive post', () => {
      expect(resolveSupervisorOn('dewi', '2026-06-10', snapshot(held('dewi', 'dirjen', 'PLH', '2026-06-10', '2026-06-10')))).toBeNull();
    });
  });

  it('is null without a definitive position, at the top, or before anyone was appointed', () => {
    expect(resolveSupervisorOn('agus', '2026-06-10', snapshot(held('agus', 'kasubdit', 'PLT')))).toBeNull();
    expect(resolveSupervisorOn('budi', '2026-06-10', snapshot())).toBeNull();
    expect(resolveSupervisorOn('sari', '2025-12-31', snapshot())).toBeNull();
  });

  it('stops on a loop in stored data instead of climbing forever', () => {
    const looped: OrgSnapshot = {
      positionOf: () => 'a',
      parentOf: (id) => (id === 'a' ? 'b' : 'a'),
      holdersOf: () => [],
    };
    expect(resolveSupervisorOn('x', '2026-06-10', looped)).toBeNull();
  });
});
