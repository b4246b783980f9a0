import { Injectable } from '@nestjs/common';
import { Actor } from '../../../../platform/auth/actor';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { AllowanceRegister, buildAllowanceRegister } from '../../domain/allowance-register';
import { RegisterNeedsClosedMonthRule } from '../../domain/rules/register-needs-closed-month.rule';
import { PayAccess } from '../ports/pay-access';
import { RegisterUnits } from '../ports/register-units';
import { RemunerationReadModel } from '../ports/remuneration-read-model';

/** The *daftar nominatif*: HR, payroll and auditors the whole ministry (or one satker), unit admins their subtrees. */
@Injectable()
export class AllowanceRegisterQueries {
  constructor(
    private readonly readModel: RemunerationReadModel,
    private readonly access: PayAccess,
    private readonly units: RegisterUnits,
  ) {}

  async register(actor: Actor, month: YearMonth, filter: { unitId?: string; satkerId?: string }): Promise<AllowanceRegister> {
    const listable = await this.access.listableUnits(actor, filter.unitId);
    checkRule(new RegisterNeedsClosedMonthRule(month, (await this.readModel.period(month))?.status ?? 'OPEN'));
    const units = await this.units.all();
    if (filter.satkerId !== undefined && !units.some((u) => u.id === filter.satkerId && u.isSatker)) {
      throw DomainError.validation('satkerId', 'NOT_A_SATKER', 'satkerId must be a unit marked as a satker (isSatker).');
    }
    return buildAllowanceRegister(month, await this.readModel.registerEntries(month, listable), units, filter.satkerId);
  }
}
