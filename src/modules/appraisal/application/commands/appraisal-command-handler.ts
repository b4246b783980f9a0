import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { Written, written } from '../../../../platform/write/written';
import { Appraisal } from '../../domain/appraisal';
import { AppraisalContext } from '../appraisal-context';
import { appraisalView } from '../appraisal-view';
import { AppraisalRepository } from '../ports/appraisal.repository';

/** Ratings are given by a person in their own name, never by a technical or purely administrative account. */
export function callerOf(actor: Actor): Id {
  if (actor.employeeId === null) throw DomainError.forbidden('Only an employee account can act as appraiser, appraisee or superior.', 'EMPLOYEE_ACCOUNT_ONLY');
  return actor.employeeId;
}

/**
 * What every command on one appraisal does around the aggregate's own decision. Versions are never
 * overwritten, so the audit row keeps the whole appraisal before and after the command; the events the
 * aggregate recorded go with it.
 */
@Injectable()
export abstract class AppraisalCommandHandler {
  constructor(
    protected readonly appraisals: AppraisalRepository,
    protected readonly context: AppraisalContext,
  ) {}

  protected async change<R>(action: string, appraisal: Appraisal, act: () => void, result: () => R, reason: string | null = null): Promise<Written<R>> {
    const before = appraisalView(appraisal);
    act();
    await this.appraisals.save(appraisal);
    return written(result(), {
      audit: [{ action, targetType: 'Appraisal', targetId: appraisal.id, reason, before, after: appraisalView(appraisal) }],
      events: appraisal.pullEvents(),
    });
  }
}
