import { DomainEvent } from '../../../../shared-kernel/domain-event';
import { StatementDocument } from '../employee-statement';

/** A statement version was issued: payroll is told, with the whole statement. */
export interface AllowanceStatementIssued extends DomainEvent {
  type: 'AllowanceStatementIssued';
  statement: StatementDocument;
}
