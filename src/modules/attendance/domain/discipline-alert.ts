import { AggregateRoot, DomainEvent } from '../../../shared-kernel/domain-event';

/** PP 94/2021 sanction levels (hukuman disiplin). */
export type SanctionSeverity = 'RINGAN' | 'SEDANG' | 'BERAT';

export interface DisciplineThreshold {
  /** Unexcused absence (TK) days in one calendar year at which the level is reached. */
  readonly tkDays: number;
  readonly severity: SanctionSeverity;
  readonly severityEn: 'light' | 'medium' | 'heavy';
  readonly sanctionId: string;
  readonly sanctionEn: string;
}

/**
 * The TK-day thresholds of rules.md §5 with the sanction PP 94/2021 sets for each [S37], from domain-research
 * §7.6. An alert only informs HR: the sanction is a legal act HR decides and enters.
 */
export const DISCIPLINE_THRESHOLDS: readonly DisciplineThreshold[] = [
  { tkDays: 3, severity: 'RINGAN', severityEn: 'light', sanctionId: 'teguran lisan', sanctionEn: 'oral reprimand' },
  { tkDays: 4, severity: 'RINGAN', severityEn: 'light', sanctionId: 'teguran tertulis', sanctionEn: 'written reprimand' },
  {
    tkDays: 7,
    severity: 'RINGAN',
    severityEn: 'light',
    sanctionId: 'pernyataan tidak puas secara tertulis',
    sanctionEn: 'written statement of dissatisfaction',
  },
  {
    tkDays: 11,
    severity: 'SEDANG',
    severityEn: 'medium',
    sanctionId: 'pemotongan tunjangan kinerja 25% selama 6 bulan',
    sanctionEn: 'performance allowance cut by 25% for 6 months',
  },
  {
    tkDays: 14,
    severity: 'SEDANG',
    severityEn: 'medium',
    sanctionId: 'pemotongan tunjangan kinerja 25% selama 9 bulan',
    sanctionEn: 'performance allowance cut by 25% for 9 months',
  },
  {
    tkDays: 17,
    severity: 'SEDANG',
    severityEn: 'medium',
    sanctionId: 'pemotongan tunjangan kinerja 25% selama 12 bulan',
    sanctionEn: 'performance allowance cut by 25% for 12 months',
  },
  {
    tkDays: 21,
    severity: 'BERAT',
    severityEn: 'heavy',
    sanctionId: 'penurunan jabatan setingkat lebih rendah selama 12 bulan',
    sanctionEn: 'demotion by one level for 12 months',
  },
  {
    tkDays: 25,
    severity: 'BERAT',
    severityEn: 'heavy',
    sanctionId: 'pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan',
    sanctionEn: 'release from position to an executor (pelaksana) position for 12 months',
  },
  {
    tkDays: 28,
    severity: 'BERAT',
    severityEn: 'heavy',
    sanctionId: 'pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    sanctionEn: 'honourable dismissal not at own request',
  },
];

/**
 * The thresholds crossed when an employee's TK count for the year goes from `before` to `after`, lowest first;
 * a jump over several thresholds (e.g. a batch import) reports each of them.
 */
export function newlyCrossedDisciplineThresholds(before: number, after: number): DisciplineThreshold[] {
  return DISCIPLINE_THRESHOLDS.filter((t) => before < t.tkDays && t.tkDays <= after);
}

export interface DisciplineThresholdReached extends DomainEvent {
  readonly type: 'DisciplineThresholdReached';
  readonly alertId: string;
  readonly employeeId: string;
  readonly unitId: string | null;
  readonly year: number;
  readonly tkDays: number;
  readonly tkDaysCounted: number;
  readonly severity: SanctionSeverity;
  readonly sanction: string;
  readonly sanctionEn: string;
}

export interface DisciplineAlertState {
  readonly id: string;
  readonly employeeId: string;
  readonly unitId: string | null;
  readonly year: number;
  readonly tkDays: number;
  readonly severity: SanctionSeverity;
  readonly sanction: string;
}

/** HR is told once per employee, year and threshold; the alert informs, the sanction stays HR's decision. */
export class DisciplineAlert extends AggregateRoot<DisciplineThresholdReached> {
  private constructor(readonly state: DisciplineAlertState) {
    super();
  }

  /** One alert for each threshold the year's TK count newly reached (none when it reached nothing new). */
  static raise(newId: () => string, employee: { employeeId: string; unitId: string | null }, year: number, alreadyAlertedTkDays: number, tkDaysCounted: number): DisciplineAlert[] {
    return newlyCrossedDisciplineThresholds(alreadyAlertedTkDays, tkDaysCounted).map((t) => {
      const { id, ...facts } = { id: newId(), ...employee, year, tkDays: t.tkDays, severity: t.severity, sanction: t.sanctionId };
      const alert = new DisciplineAlert({ id, ...facts });
      alert.record({ type: 'DisciplineThresholdReached', alertId: id, ...facts, tkDaysCounted, sanctionEn: t.sanctionEn });
      return alert;
    });
  }
}
