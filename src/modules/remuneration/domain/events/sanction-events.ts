import { DomainEvent } from '../../../../shared-kernel/domain-event';

/** HR entered a disciplinary sanction: the allowance of the months it covers is cut. */
export interface SanctionImposed extends DomainEvent {
  type: 'SanctionImposed';
  sanctionId: string;
  employeeId: string;
  percent: string;
  startMonth: string;
  months: number;
  endMonth: string;
  decreeNumber: string;
  reason: string;
}
