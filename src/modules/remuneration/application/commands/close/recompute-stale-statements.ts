import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../../shared-kernel/ids';
import { YearMonth } from '../../../../../shared-kernel/year-month';
import { Written, written } from '../../../../../platform/write/written';
import { EmployeeStatement } from '../../../domain/employee-statement';
import { statementInputsOf } from '../../close/statement-inputs';
import { MonthlyInputs } from '../../ports/monthly-inputs';
import { PeriodRepository } from '../../ports/period-repository';
import { MonthPolicy } from '../../ports/policy-versions';
import { SanctionRepository } from '../../ports/sanction-repository';
import { StatementRepository } from '../../ports/statement-repository';

/**
 * Version n+1 of up to `limit` stale statements of a closed month, from their inputs read again with the
 * month's policy snapshot. Unchanged amounts give no new version; either way the statement is current again.
 */
export class RecomputeStaleStatements {
  constructor(
    readonly month: YearMonth,
    readonly limit: number,
  ) {}
}

export interface RecomputeOutcome {
  stale: number;
  recomputed: number;
}

@CommandHandler(RecomputeStaleStatements)
export class RecomputeStaleStatementsHandler implements ICommandHandler<RecomputeStaleStatements> {
  constructor(
    private readonly periods: PeriodRepository,
    private readonly statements: StatementRepository,
    private readonly inputs: MonthlyInputs,
    private readonly sanctions: SanctionRepository,
  ) {}

  async execute({ month, limit }: RecomputeStaleStatements): Promise<Written<RecomputeOutcome>> {
    // Held exclusively: two recomputations of a month do not race for the same next version.
    const period = await this.periods.lockForClose(month);
    period.assertRecomputable();
    const stale = await this.statements.staleLatest(month, limit);
    if (stale.length === 0) return written({ stale: 0, recomputed: 0 });
    const employeeIds = stale.map((s) => s.employee.id);
    const policy = period.policySnapshot as MonthPolicy;
    const read = await this.inputs.of(employeeIds, month, policy.policy);
    const sanctions = await this.sanctions.coveringMonth(employeeIds, month);
    const next: EmployeeStatement[] = [];
    for (const current of stale) {
      const employee = read.get(current.employee.id);
      const computed = employee && statementInputsOf(month, employee, sanctions.get(current.employee.id) ?? [], policy);
      const version = computed && current.recompute(newId(), employee.unit, computed.inputs, computed.facts);
      if (version) next.push(version);
    }
    const added = await this.statements.addAll(next);
    await this.statements.markFresh(month, employeeIds);
    return written(
      { stale: stale.length, recomputed: added.size },
      {
        audit: [{ action: 'RecomputeStatements', targetType: 'Period', targetId: month, after: { stale: stale.length, recomputed: added.size } }],
        events: next.filter((s) => added.has(s.id)).flatMap((s) => s.pullEvents()),
      },
    );
  }
}
