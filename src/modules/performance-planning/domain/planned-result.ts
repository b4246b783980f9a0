import { DomainError } from '../../../shared-kernel/domain-error';
import { Id, newId } from '../../../shared-kernel/ids';
import { requireText } from './input-parsing';
import { Indicator, IndicatorInput } from './indicator';

/** Where a planned result (RHK) cascades from: the supervisor's RHK it "intervenes", or a unit target. */
export type ResultSource = { kind: 'PARENT_RESULT'; parentResultId: Id } | { kind: 'UNIT_TARGET'; unitTargetId: Id };

export interface PlannedResultDraft {
  title: string;
  indicators: IndicatorInput[];
  source: ResultSource;
}

/** A planned work result (rencana hasil kerja, RHK) of an SKP, with its indicators (IKI). */
export class PlannedResult {
  private constructor(
    readonly id: Id,
    readonly title: string,
    readonly indicators: readonly Indicator[],
    readonly source: ResultSource,
  ) {}

  static create(draft: PlannedResultDraft, id: Id = newId()): PlannedResult {
    if (!Array.isArray(draft.indicators) || draft.indicators.length === 0) {
      throw DomainError.validation('indicators', 'INDICATOR_REQUIRED', 'A planned result needs at least one indicator.');
    }
    const indicators = draft.indicators.map((input, i) => Indicator.create(input, `indicators[${i}]`));
    return new PlannedResult(id, requireText(draft.title, 'title'), indicators, validSource(draft.source));
  }

  toDraft(): PlannedResultDraft {
    return { title: this.title, indicators: this.indicators.map((i) => i.toInput()), source: this.source };
  }
}

function validSource(source: ResultSource | undefined): ResultSource {
  if (source?.kind === 'PARENT_RESULT' && source.parentResultId) return source;
  if (source?.kind === 'UNIT_TARGET' && source.unitTargetId) return source;
  throw DomainError.validation(
    'parentResultId',
    'RESULT_SOURCE_REQUIRED',
    "A planned result cascades from exactly one source: a parent result of the supervisor's plan or a unit target.",
  );
}
