import { LocalDate } from '../../../../shared-kernel/local-date';
import { Holiday } from '../../domain/holiday-calendar';

export abstract class HolidayRepository {
  abstract on(date: LocalDate): Promise<Holiday[]>;
  abstract add(holiday: Holiday): Promise<void>;
}
