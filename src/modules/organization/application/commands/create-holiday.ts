import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { createHoliday, Holiday } from '../../domain/holiday-calendar';
import { HolidaysOfAUnitMustNotShareADateRule } from '../../domain/rules/holidays-of-a-unit-must-not-share-a-date.rule';
import { AccessPolicy } from '../../public/access-policy';
import { ClosedMonths } from '../closed-months';
import { HolidayRepository } from '../ports/holiday-repository';
import { UnitRepository } from '../ports/unit-repository';

export class CreateHoliday {
  constructor(
    readonly actor: Actor,
    readonly input: { date: string; name: string; unitId?: string | null; collectiveLeave?: boolean },
  ) {}
}

export const holidayView = (h: Holiday) => ({ id: h.id, date: h.date, name: h.name, unitId: h.unitId, collectiveLeave: h.collectiveLeave });

/** National holidays and cuti bersama are HR's; a unit admin adds local holidays to their own units. */
@CommandHandler(CreateHoliday)
export class CreateHolidayHandler implements ICommandHandler<CreateHoliday> {
  constructor(
    private readonly holidays: HolidayRepository,
    private readonly units: UnitRepository,
    private readonly access: AccessPolicy,
    private readonly closedMonths: ClosedMonths,
  ) {}

  async execute({ actor, input }: CreateHoliday) {
    const holiday = createHoliday({ id: newId(), ...input });
    if (holiday.unitId === null) {
      if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators enter national holidays; give unitId for a local one.', 'HR_ONLY_NATIONAL_HOLIDAYS');
    } else {
      if (!(await this.units.byId(holiday.unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${holiday.unitId} is not a unit.`);
      await this.access.assertCanAdministerUnit(actor, holiday.unitId);
    }
    checkRule(new HolidaysOfAUnitMustNotShareADateRule(holiday, await this.holidays.on(holiday.date)));
    await this.closedMonths.assertOpenOn([holiday.date], `A holiday on ${holiday.date}`);
    await this.holidays.add(holiday);
    return written(holidayView(holiday), { audit: [{ action: 'CreateHoliday', targetType: 'Holiday', targetId: holiday.id, after: holidayView(holiday) }] });
  }
}
