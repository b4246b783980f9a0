import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Written, written } from '../../../../../platform/write/written';
import { YearMonth } from '../../../../../shared-kernel/year-month';
import { StatementRepository } from '../../ports/statement-repository';

/** Whose months a decision elsewhere changed: one employee's, or everyone's who held a position. */
export type StaleScope = { employeeId: string } | { positionId: string };

/**
 * A decision that moves money for months already closed (`from`…`to`, to null: every later month) leaves
 * those statements waiting for a recomputation. Statements exist only for closed months, so open months are
 * untouched: their close will read the decision. So does a month whose close began after the decision
 * committed, however late the event arrives.
 */
export class MarkStatementsStale {
  constructor(
    readonly scope: StaleScope,
    readonly from: YearMonth,
    readonly to: YearMonth | null,
    /** The decision, for the audit trail: e.g. `organization.employee-status-changed.v1 <event id>`. */
    readonly cause: string,
    /** The transaction that made the decision: a month whose close began after it committed has it already. */
    readonly decidedIn: string,
  ) {}
}

@CommandHandler(MarkStatementsStale)
export class MarkStatementsStaleHandler implements ICommandHandler<MarkStatementsStale> {
  constructor(private readonly statements: StatementRepository) {}

  async execute({ scope, from, to, cause, decidedIn }: MarkStatementsStale): Promise<Written<{ marked: number }>> {
    const marked =
      'employeeId' in scope
        ? await this.statements.markStale(scope.employeeId, from, to ?? '9999-12', decidedIn)
        : await this.statements.markStaleOfPositionHolders(scope.positionId, from, decidedIn);
    const target = 'employeeId' in scope ? { targetType: 'Employee', targetId: scope.employeeId } : { targetType: 'Position', targetId: scope.positionId };
    return written({ marked }, { audit: marked === 0 ? [] : [{ action: 'MarkStatementsStale', ...target, reason: cause, after: { from, to, marked } }] });
  }
}
