import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../../shared-kernel/business-rule';
import { newId } from '../../../../../shared-kernel/ids';
import { yearMonthOf } from '../../../../../shared-kernel/year-month';
import { PeriodLock } from '../../../../../platform/period-lock/period-lock';
import { Written, written } from '../../../../../platform/write/written';
import { EnactedRemunerationPolicy, RemunerationPolicyView } from '../../../domain/enacted-remuneration-policy';
import { RemunerationPolicySnapshot } from '../../../domain/remuneration-policy';
import { OnePolicyVersionPerDateRule } from '../../../domain/rules/one-policy-version-per-date.rule';
import { RemunerationPolicyRepository } from '../../ports/remuneration-policy-repository';

/** HR sets every parameter of rules.md §4–6 anew from a date; the version number is the next one. */
export class EnactRemunerationPolicy {
  constructor(readonly policy: Omit<RemunerationPolicySnapshot, 'version'>) {}
}

@CommandHandler(EnactRemunerationPolicy)
export class EnactRemunerationPolicyHandler implements ICommandHandler<EnactRemunerationPolicy> {
  constructor(
    private readonly policies: RemunerationPolicyRepository,
    private readonly periods: PeriodLock,
  ) {}

  async execute({ policy }: EnactRemunerationPolicy): Promise<Written<RemunerationPolicyView>> {
    const enacted = EnactedRemunerationPolicy.enact(newId(), { ...policy, version: await this.policies.nextVersion() });
    // A closed month keeps the parameters it was computed with: a version may not reach back into it.
    await this.periods.assertOpen(yearMonthOf(policy.effectiveFrom));
    checkRule(new OnePolicyVersionPerDateRule(policy.effectiveFrom, await this.policies.existsFrom(policy.effectiveFrom)));
    await this.policies.add(enacted);
    const view = enacted.toView();
    return written(view, {
      audit: [{ action: 'EnactRemunerationPolicy', targetType: 'RemunerationPolicy', targetId: view.id, after: view }],
      events: enacted.pullEvents(),
    });
  }
}
