import { Injectable, Logger } from '@nestjs/common';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { PeriodStatus } from '../../domain/period';
import { BeginMonthClose } from '../commands/close/begin-month-close';
import { CompleteMonthClose } from '../commands/close/complete-month-close';
import { ComputeStatementsChunk } from '../commands/close/compute-statements-chunk';
import { RecomputeOutcome, RecomputeStaleStatements } from '../commands/close/recompute-stale-statements';
import { CloseRunLock } from '../ports/close-run-lock';
import { MonthlyInputs } from '../ports/monthly-inputs';
import { MonthPolicy } from '../ports/policy-versions';
import { PeriodRepository } from '../ports/period-repository';

/** Employees per chunk: each chunk costs a fixed number of queries and commits its progress. */
export const CLOSE_CHUNK_SIZE = 1000;

/**
 * The monthly close, the same path for the schedule and HR's early close: stop the month (CLOSING), then
 * compute version 1 of every statement chunk by chunk, each chunk committing its statements, their
 * payroll events and the progress together, then CLOSED. A close interrupted at any point continues from
 * its last committed chunk when run again; only one process runs a month's close at a time.
 */
@Injectable()
export class MonthClose {
  private readonly logger = new Logger(MonthClose.name);

  constructor(
    private readonly commands: CommandPipeline,
    private readonly periods: PeriodRepository,
    private readonly inputs: MonthlyInputs,
    private readonly runLock: CloseRunLock,
  ) {}

  begin(month: YearMonth): Promise<{ month: YearMonth; status: PeriodStatus }> {
    return this.commands.execute(new BeginMonthClose(month));
  }

  /** Computes what is left of a CLOSING month; false when another process is running it. */
  finish(month: YearMonth, chunkSize = CLOSE_CHUNK_SIZE): Promise<boolean> {
    return this.runLock.runExclusively(`remuneration.close:${month}`, async () => {
      const period = await this.periods.find(month);
      if (period?.status !== 'CLOSING') return;
      let after = period.progress.after;
      const remaining = (await this.inputs.population(month)).filter((id) => after === null || id > after);
      const chunks: string[][] = [];
      for (let start = 0; start < remaining.length; start += chunkSize) chunks.push(remaining.slice(start, start + chunkSize));
      const target = (period.policySnapshot as MonthPolicy).policy;
      // A CLOSING month's inputs no longer change (every writer is refused), so the next chunk's are read
      // while this one computes and writes: PostgreSQL answers on one core while Node computes on the other.
      const readAhead = (ids: string[]) => {
        const read = this.inputs.of(ids, month, target);
        read.catch(() => undefined); // awaited below; a chunk that fails first must not leave it unhandled
        return read;
      };
      let next = chunks.length > 0 ? readAhead(chunks[0]) : null;
      for (let i = 0; i < chunks.length; i++) {
        const read = await next!;
        next = i + 1 < chunks.length ? readAhead(chunks[i + 1]) : null;
        await this.commands.execute(new ComputeStatementsChunk(month, after, chunks[i], read));
        after = chunks[i][chunks[i].length - 1];
      }
      await this.commands.execute(new CompleteMonthClose(month));
    });
  }

  /** Closes a month and waits for its last statement (the demo's seeding; tests). */
  async closeAndWait(month: YearMonth, chunkSize = CLOSE_CHUNK_SIZE): Promise<{ month: YearMonth; status: PeriodStatus }> {
    await this.begin(month);
    await this.finish(month, chunkSize);
    return { month, status: (await this.periods.find(month))?.status ?? 'OPEN' };
  }

  /** HR's early close answers at once; the statements are computed behind it. */
  async closeInBackground(month: YearMonth): Promise<{ month: YearMonth; status: PeriodStatus }> {
    const begun = await this.begin(month);
    if (begun.status === 'CLOSING') {
      this.finish(month).catch((error: unknown) => this.logger.error(`The close of ${month} stopped; it resumes on the next run: ${String(error)}`));
    }
    return begun;
  }

  /** Every stale statement of a closed month gets its next version (when an amount changed), a chunk at a time. */
  async recompute(month: YearMonth, chunkSize = CLOSE_CHUNK_SIZE): Promise<{ month: YearMonth } & RecomputeOutcome> {
    const total: RecomputeOutcome = { stale: 0, recomputed: 0 };
    for (;;) {
      const chunk = await this.commands.execute<RecomputeOutcome>(new RecomputeStaleStatements(month, chunkSize));
      total.stale += chunk.stale;
      total.recomputed += chunk.recomputed;
      if (chunk.stale < chunkSize) return { month, ...total };
    }
  }
}
