import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../../shared-kernel/ids';
import { YearMonth } from '../../../../../shared-kernel/year-month';
import { Written, written } from '../../../../../platform/write/written';
import { EmployeeStatement } from '../../../domain/employee-statement';
import { statementInputsOf } from '../../close/statement-inputs';
import { EmployeeMonthInputs } from '../../ports/monthly-inputs';
import { PeriodRepository } from '../../ports/period-repository';
import { MonthPolicy } from '../../ports/policy-versions';
import { SanctionRepository } from '../../ports/sanction-repository';
import { StatementRepository } from '../../ports/statement-repository';

/**
 * Version 1 of the statements of a chunk of employees (in id order, after `after`), written with their
 * payroll events and the close's progress in one transaction.
 */
export class ComputeStatementsChunk {
  constructor(
    readonly month: YearMonth,
    /** Where the caller believes the close stands: a chunk another run already wrote is skipped. */
    readonly after: string | null,
    readonly employeeIds: string[],
    /** What the other modules say about these employees and the month, read once the month was CLOSING. */
    readonly read: ReadonlyMap<string, EmployeeMonthInputs>,
  ) {}
}

@CommandHandler(ComputeStatementsChunk)
export class ComputeStatementsChunkHandler implements ICommandHandler<ComputeStatementsChunk> {
  constructor(
    private readonly periods: PeriodRepository,
    private readonly sanctions: SanctionRepository,
    private readonly statements: StatementRepository,
  ) {}

  async execute({ month, after, employeeIds, read }: ComputeStatementsChunk): Promise<Written<{ statements: number }>> {
    const period = await this.periods.lockForClose(month);
    if (period.status !== 'CLOSING' || period.progress.after !== after || employeeIds.length === 0) return written({ statements: 0 });
    const policy = period.policySnapshot as MonthPolicy;
    const sanctions = await this.sanctions.coveringMonth(employeeIds, month);
    const issued: EmployeeStatement[] = [];
    for (const employee of read.values()) {
      const computed = statementInputsOf(month, employee, sanctions.get(employee.employee.id) ?? [], policy);
      const statement = computed && EmployeeStatement.issueFirst(newId(), employee.employee, employee.unit, computed.inputs, computed.facts);
      if (statement) issued.push(statement);
    }
    const added = await this.statements.addAll(issued);
    const last = employeeIds[employeeIds.length - 1];
    period.advance(last, added.size);
    await this.periods.save(period);
    return written(
      { statements: added.size },
      {
        audit: [
          {
            action: 'IssueAllowanceStatements',
            targetType: 'Period',
            targetId: month,
            after: { employees: { from: employeeIds[0], to: last, count: employeeIds.length }, statements: added.size },
          },
        ],
        events: issued.filter((s) => added.has(s.id)).flatMap((s) => s.pullEvents()),
      },
    );
  }
}
