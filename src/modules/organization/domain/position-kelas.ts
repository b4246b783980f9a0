import { checkRule } from '../../../shared-kernel/business-rule';
import { AggregateRoot, DomainEvent } from '../../../shared-kernel/domain-event';
import { Id } from '../../../shared-kernel/ids';
import { LocalDate } from '../../../shared-kernel/local-date';
import { KelasJabatan, parseKelasJabatan } from './kelas-jabatan.value-object';
import { RegradeMustChangeTheKelasRule, RegradeMustFollowTheLastRegradeRule, RegradeMustNotBeInTheFutureRule } from './rules/regrade.rules';

/** A kelas in force from a date; `effectiveFrom` null: since the beginning (the position's first kelas). */
export interface KelasChange {
  readonly effectiveFrom: LocalDate | null;
  readonly kelas: KelasJabatan;
  readonly reason: string | null;
}

export interface PositionRegraded extends DomainEvent {
  readonly type: 'PositionRegraded';
  readonly positionId: Id;
  readonly unitId: Id;
  readonly kelas: KelasJabatan;
  readonly previousKelas: KelasJabatan;
  readonly effectiveDate: LocalDate;
  readonly reason: string | null;
}

/**
 * A position's kelas over time. Pay is computed per calendar day from the kelas of that day, so a regrade
 * takes effect from a date and leaves the days before it as they were.
 */
export class PositionKelas extends AggregateRoot<PositionRegraded> {
  private readonly unsaved: KelasChange[] = [];

  private constructor(
    readonly positionId: Id,
    readonly unitId: Id,
    private history: KelasChange[],
  ) {
    super();
  }

  static restore(positionId: Id, unitId: Id, history: KelasChange[]): PositionKelas {
    return new PositionKelas(
      positionId,
      unitId,
      [...history].sort((a, b) => ((a.effectiveFrom ?? '') < (b.effectiveFrom ?? '') ? -1 : 1)),
    );
  }

  kelasOn(date: LocalDate): KelasJabatan {
    return [...this.history].reverse().find((c) => c.effectiveFrom === null || c.effectiveFrom <= date)!.kelas;
  }

  get changes(): readonly KelasChange[] {
    return this.history;
  }

  get newChanges(): readonly KelasChange[] {
    return this.unsaved;
  }

  regrade(kelas: unknown, effectiveDate: LocalDate, today: LocalDate, reason: string | null): void {
    const parsed = parseKelasJabatan(kelas);
    const previousKelas = this.kelasOn(effectiveDate);
    checkRule(new RegradeMustNotBeInTheFutureRule(effectiveDate, today));
    checkRule(new RegradeMustFollowTheLastRegradeRule(this.history.at(-1)!.effectiveFrom, effectiveDate));
    checkRule(new RegradeMustChangeTheKelasRule(previousKelas, parsed));
    const change: KelasChange = { effectiveFrom: effectiveDate, kelas: parsed, reason };
    this.history = [...this.history, change];
    this.unsaved.push(change);
    this.record({ type: 'PositionRegraded', positionId: this.positionId, unitId: this.unitId, kelas: parsed, previousKelas, effectiveDate, reason });
  }
}
