import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { createHoliday, Holiday } from '../../domain/holiday-calendar';
import { OrganizationRepository } from '../../infrastructure/persistence/organization.repository';
import { OrganizationAccess } from '../organization-access';

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
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: CreateHoliday) {
    const holiday = createHoliday({ id: newId(), ...input });
    return this.uow.run(async () => {
      if (holiday.unitId === null) {
        if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators enter national holidays; give unitId for a local one.');
      } else {
        if (!(await this.repo.unit(holiday.unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${holiday.unitId} is not a unit.`);
        await this.access.assertCanAdministerUnit(actor, holiday.unitId);
      }
      const clash = await this.repo.holidaysBetween(holiday.date, holiday.date);
      if (clash.some((h) => h.unitId === holiday.unitId)) {
        throw DomainError.conflict('HOLIDAY_EXISTS', `There is already a holiday on ${holiday.date} for ${holiday.unitId ?? 'the whole ministry'}.`, 'date');
      }
      await this.repo.insertHoliday(holiday);
      await this.audit.record({ action: 'CreateHoliday', targetType: 'Holiday', targetId: holiday.id, after: holidayView(holiday) });
      return holidayView(holiday);
    });
  }
}
