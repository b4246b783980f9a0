import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate, addDays, periodsOverlap } from '../../../../shared-kernel/local-date';
import { Assignment } from '../assignment';
import { BusinessRule } from '../../../../shared-kernel/business-rule';
import { Position, isSingleHolderKind } from '../position';

type Period = Pick<Assignment, 'startDate' | 'endDate'>;

function overlaps(a: Period, b: Period): boolean {
  return periodsOverlap(a.startDate, a.endDate, b.startDate, b.endDate);
}

function describe(a: Assignment): string {
  return `${a.type} of employee ${a.employeeId} from ${a.startDate} to ${a.endDate ?? 'open'}`;
}

/** Whether every day of `period` falls inside at least one of `cover`. */
function isCovered(period: Period, cover: readonly Period[]): boolean {
  let firstUncovered: LocalDate = period.startDate;
  for (const c of [...cover].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
    if (c.startDate > firstUncovered) return false;
    if (c.endDate === null) return true;
    if (c.endDate >= firstUncovered) firstUncovered = addDays(c.endDate, 1);
    if (period.endDate !== null && firstUncovered > period.endDate) return true;
  }
  return false;
}

/**
 * Who may head a structural post, day by day (SE BKN 1/2021 on Plt and Plh):
 * - at most one DEFINITIVE holder;
 * - a PLT only while the post has no definitive holder, and one PLT at a time; appointing a
 *   definitive head therefore needs the Plt ended the day before;
 * - a PLH only while someone (definitive or Plt) holds the post and is away: every day of the
 *   PLH must be covered by a holder, and that holder cannot be their own stand-in; one PLH at a time;
 * - PLT and PLH exist only for structural posts: PELAKSANA and FUNGSIONAL posts have no head to
 *   replace and take any number of definitive holders.
 * Evaluate it with the candidate (new, or an existing one being ended) and the post's assignments.
 */
export class SingleHolderPositionRule implements BusinessRule {
  private readonly violation: DomainError | null;

  constructor(position: Pick<Position, 'id' | 'kind'>, candidate: Assignment, positionAssignments: readonly Assignment[]) {
    const others = positionAssignments.filter((a) => a.id !== candidate.id);
    this.violation = isSingleHolderKind(position.kind)
      ? structuralViolation(candidate, others)
      : candidate.type === 'DEFINITIVE'
        ? null
        : DomainError.rule(
            'ACTING_REQUIRES_STRUCTURAL_POSITION',
            `A ${candidate.type} can only be appointed to a structural position (JPT, ADMINISTRATOR, PENGAWAS); position ${position.id} is ${position.kind}.`,
            'type',
          );
  }

  isBroken(): boolean {
    return this.violation !== null;
  }

  error(): DomainError {
    return this.violation!;
  }
}

function structuralViolation(candidate: Assignment, others: readonly Assignment[]): DomainError | null {
  const overlapping = others.filter((a) => overlaps(a, candidate));
  const find = (type: Assignment['type']) => overlapping.find((a) => a.type === type);

  if (candidate.type === 'DEFINITIVE') {
    const holder = find('DEFINITIVE');
    if (holder) {
      return DomainError.conflict('POSITION_ALREADY_HELD', `The position is already held: ${describe(holder)}. End that assignment first.`, 'startDate');
    }
    const plt = find('PLT');
    if (plt) {
      return DomainError.conflict('PLT_STILL_ACTING', `The position has a ${describe(plt)}; end the PLT the day before ${candidate.startDate} first.`, 'startDate', {
        startDate: candidate.startDate,
      });
    }
  }

  if (candidate.type === 'PLT') {
    const holder = find('DEFINITIVE');
    if (holder) {
      return DomainError.conflict(
        'POSITION_NOT_VACANT',
        `A PLT acts only in a vacant position, but it is held: ${describe(holder)}. For a temporary absence appoint a PLH.`,
        'startDate',
      );
    }
    const plt = find('PLT');
    if (plt) return DomainError.conflict('POSITION_ALREADY_HAS_PLT', `The position already has a ${describe(plt)}.`, 'startDate');
  }

  if (candidate.type === 'PLH') {
    const plh = find('PLH');
    if (plh) return DomainError.conflict('POSITION_ALREADY_HAS_PLH', `The position already has a ${describe(plh)}.`, 'startDate');
    const holders = others.filter((a) => a.type !== 'PLH');
    const self = holders.find((a) => a.employeeId === candidate.employeeId && overlaps(a, candidate));
    if (self) {
      return DomainError.rule('ACTING_FOR_ONESELF', `The employee holds this position (${describe(self)}) and cannot be their own PLH.`, 'employeeId');
    }
    if (!isCovered(candidate, holders)) {
      return DomainError.rule(
        'PLH_WITHOUT_HOLDER',
        `A PLH stands in for a head who is away, but the position has no definitive holder or PLT on every day from ${candidate.startDate} to ${candidate.endDate}; for a vacancy appoint a PLT.`,
        'startDate',
        { startDate: candidate.startDate, endDate: candidate.endDate! },
      );
    }
    return null;
  }

  const holdersAfter = [...others.filter((a) => a.type !== 'PLH'), candidate];
  const orphan = others.find((a) => a.type === 'PLH' && !isCovered(a, holdersAfter));
  if (orphan) {
    return DomainError.rule('PLH_WOULD_LOSE_HOLDER', `The ${describe(orphan)} stands in for this holder; end or shorten the PLH before ending this assignment.`, 'endDate');
  }
  return null;
}
