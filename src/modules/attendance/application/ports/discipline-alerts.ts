import { DisciplineAlert, DisciplineAlertState } from '../../domain/discipline-alert';

export interface StoredDisciplineAlert extends DisciplineAlertState {
  readonly detectedAt: Date;
}

export abstract class DisciplineAlerts {
  /** Stores the alerts not raised before (another scan may have raised some meanwhile); returns the ids stored. */
  abstract addNew(alerts: DisciplineAlert[]): Promise<Set<string>>;
  /** The highest TK threshold each employee was already alerted for in the year. */
  abstract highestAlerted(employeeIds: string[], year: number): Promise<Map<string, number>>;
  abstract list(filter: { year?: number; employeeIds?: string[] | null; afterId?: string; limit: number }): Promise<StoredDisciplineAlert[]>;
}
