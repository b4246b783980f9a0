import { DomainEvent } from '../../../../shared-kernel/domain-event';
import { AllowanceTableSnapshot } from '../allowance-table';

/** A regulation set new base amounts per kelas from a date: allowances from then on follow it. */
export interface AllowanceTableEnacted extends DomainEvent {
  type: 'AllowanceTableEnacted';
  tableId: string;
  table: AllowanceTableSnapshot;
}
