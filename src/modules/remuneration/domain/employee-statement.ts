import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { AllowanceStatement, StatementInputs, StatementView } from './allowance-statement';
import { AllowanceStatementIssued } from './events/statement-events';

export interface StatementEmployee {
  id: string;
  nip: string;
  name: string;
}

/** Where the employee sat on the last day of the month they held a definitive position. */
export interface StatementUnit {
  id: string;
  code: string | null;
}

/** What the close knows beyond the computation's inputs, kept with them so a statement shows where each number came from. */
export type StatementFacts = Record<string, unknown>;

/** The API's `Statement`: one version of one employee's allowance for one month. */
export type StatementDocument = Omit<StatementView, 'eligible' | 'inputs'> & {
  statementId: string;
  employee: StatementEmployee;
  unit: StatementUnit | null;
  inputs: StatementInputs & { facts: StatementFacts };
};

/**
 * One employee's statement version with who it belongs to: the allowance computation (rules.md §5) made
 * into the document payroll receives. Issuing a version records the event that hands it to payroll.
 */
export class EmployeeStatement extends AggregateRoot<AllowanceStatementIssued> {
  private constructor(
    readonly id: string,
    readonly employee: StatementEmployee,
    readonly unit: StatementUnit | null,
    readonly statement: AllowanceStatement,
    readonly facts: StatementFacts,
  ) {
    super();
  }

  /** Version 1 at the close; null when no day of the month pays anything (no statement is issued). */
  static issueFirst(id: string, employee: StatementEmployee, unit: StatementUnit | null, inputs: StatementInputs, facts: StatementFacts): EmployeeStatement | null {
    const statement = AllowanceStatement.issue(inputs);
    if (!statement.eligible) return null;
    const issued = new EmployeeStatement(id, employee, unit, statement, facts);
    issued.record({ type: 'AllowanceStatementIssued', statement: issued.toDocument() });
    return issued;
  }

  /**
   * Version n+1 from corrected inputs, carrying the previous net and the delta; null when no amount changes
   * (payroll is never sent a version that changes nothing).
   */
  recompute(id: string, unit: StatementUnit | null, inputs: StatementInputs, facts: StatementFacts): EmployeeStatement | null {
    const next = this.statement.recompute(inputs);
    if (!next) return null;
    const issued = new EmployeeStatement(id, this.employee, unit, next, facts);
    issued.record({ type: 'AllowanceStatementIssued', statement: issued.toDocument() });
    return issued;
  }

  static restore(document: StatementDocument): EmployeeStatement {
    const { facts, ...inputs } = document.inputs;
    const statement = AllowanceStatement.restore({ version: document.version, inputs, previousNet: document.previousNet });
    return new EmployeeStatement(document.statementId, document.employee, document.unit, statement, facts);
  }

  get month(): string {
    return this.statement.month;
  }

  /** Built once: the close hands the same document to the event and to the row, and copying the inputs is its cost. */
  private document: StatementDocument | undefined;

  toDocument(): StatementDocument {
    return (this.document ??= this.buildDocument());
  }

  private buildDocument(): StatementDocument {
    const v = this.statement.toView();
    return {
      statementId: this.id,
      version: v.version,
      month: v.month,
      employee: { ...this.employee },
      unit: this.unit && { ...this.unit },
      currency: v.currency,
      gross: v.gross,
      lines: v.lines,
      net: v.net,
      previousNet: v.previousNet,
      delta: v.delta,
      flags: v.flags,
      inputs: { ...v.inputs, facts: this.facts },
    };
  }
}
