import { DomainError } from '../../../../shared-kernel/domain-error';
import { periodsOverlap } from '../../../../shared-kernel/local-date';
import { Assignment } from '../assignment';
import { BusinessRule } from '../../../../shared-kernel/business-rule';

/** An employee is paid for and appraised in one own post at a time; a transfer ends one before the next starts. */
export class DefinitiveAssignmentsMustNotOverlapRule implements BusinessRule {
  private readonly clash: Assignment | undefined;

  /** `employeeAssignments`: the employee's other assignments (the candidate, if among them, is ignored). */
  constructor(
    private readonly candidate: Assignment,
    employeeAssignments: readonly Assignment[],
  ) {
    this.clash =
      candidate.type === 'DEFINITIVE'
        ? employeeAssignments.find((a) => a.id !== candidate.id && a.type === 'DEFINITIVE' && periodsOverlap(a.startDate, a.endDate, candidate.startDate, candidate.endDate))
        : undefined;
  }

  isBroken(): boolean {
    return this.clash !== undefined;
  }

  error(): DomainError {
    const c = this.clash!;
    return DomainError.conflict(
      'DEFINITIVE_ASSIGNMENT_OVERLAP',
      `The employee already holds position ${c.positionId} definitively from ${c.startDate} to ${c.endDate ?? 'open'}; ` +
        `end that assignment before ${this.candidate.startDate} first.`,
      'startDate',
      { startDate: this.candidate.startDate },
    );
  }
}
