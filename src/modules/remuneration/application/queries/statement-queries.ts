import { Injectable } from '@nestjs/common';
import { Actor } from '../../../../platform/auth/actor';
import { Page, toPage } from '../../../../platform/http/pagination';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { EmployeeStatement, StatementDocument } from '../../domain/employee-statement';
import { explainStatement, ExplanationLanguage, StatementExplanation } from '../../domain/statement-explanation';
import { PayAccess } from '../ports/pay-access';
import { RemunerationReadModel } from '../ports/remuneration-read-model';

@Injectable()
export class StatementQueries {
  constructor(
    private readonly readModel: RemunerationReadModel,
    private readonly access: PayAccess,
  ) {}

  async versions(actor: Actor, employeeId: string, month: YearMonth): Promise<StatementDocument[]> {
    const versions = await this.readModel.statementVersions(employeeId, month);
    const latest = versions.at(-1);
    await this.access.assertCanReadPay(actor, employeeId, latest?.unit?.id ?? null);
    if (!latest)
      throw new DomainError('not-found', 'NOT_FOUND', `Employee ${employeeId} has no allowance statement for ${month} (the month is not closed, or no day of it was paid).`, [], {
        what: 'Allowance statement of employee',
        id: `${employeeId} (${month})`,
      });
    return versions;
  }

  async latest(actor: Actor, employeeId: string, month: YearMonth): Promise<StatementDocument> {
    return (await this.versions(actor, employeeId, month)).at(-1)!;
  }

  async explanation(actor: Actor, employeeId: string, month: YearMonth, language: ExplanationLanguage): Promise<StatementExplanation> {
    return explainStatement(EmployeeStatement.restore(await this.latest(actor, employeeId, month)).statement, language);
  }

  async ofMonth(actor: Actor, month: YearMonth, query: { unitId?: string; after: string | null; limit: number }): Promise<Page<StatementDocument>> {
    const units = await this.access.listableUnits(actor, query.unitId);
    const rows = await this.readModel.latestStatements(month, units, query.after, query.limit + 1);
    return toPage(rows, query.limit, (s) => [s.employee.id]);
  }
}
