import { WeeklySchedule } from '../../domain/work-schedule';

export interface WorkScheduleRecord {
  id: string;
  code: string;
  name: string;
  days: WeeklySchedule;
}

export abstract class WorkScheduleRepository {
  abstract exists(id: string): Promise<boolean>;
  abstract isCodeTaken(code: string): Promise<boolean>;
  abstract add(schedule: WorkScheduleRecord): Promise<void>;
}
