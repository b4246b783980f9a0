import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { createWeeklySchedule, IsoWeekday, WorkingHoursInput } from '../../domain/work-schedule';
import { OrganizationRepository } from '../../infrastructure/persistence/organization.repository';
import { OrganizationAccess } from '../organization-access';

export class CreateWorkSchedule {
  constructor(
    readonly actor: Actor,
    readonly input: { code: string; name: string; days: Partial<Record<IsoWeekday, WorkingHoursInput | null>> },
  ) {}
}

/** Which office hours a unit and its sub-units keep (null: inherit from the parent unit). */
export class SetUnitWorkSchedule {
  constructor(
    readonly actor: Actor,
    readonly unitId: string,
    readonly workScheduleId: string | null,
  ) {}
}

@CommandHandler(CreateWorkSchedule)
export class CreateWorkScheduleHandler implements ICommandHandler<CreateWorkSchedule> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: CreateWorkSchedule) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators define work schedules.');
    const days = createWeeklySchedule(input.days);
    if (!input.code?.trim()) throw DomainError.validation('code', 'SCHEDULE_CODE_REQUIRED', 'code is required');
    return this.uow.run(async () => {
      if (await this.repo.workScheduleByCode(input.code.trim())) {
        throw DomainError.conflict('SCHEDULE_CODE_TAKEN', `A work schedule with code ${input.code} exists.`, 'code');
      }
      const id = newId();
      await this.repo.insertWorkSchedule(id, input.code.trim(), input.name.trim(), days);
      const view = { id, code: input.code.trim(), name: input.name.trim(), days };
      await this.audit.record({ action: 'CreateWorkSchedule', targetType: 'WorkSchedule', targetId: id, after: view });
      return view;
    });
  }
}

@CommandHandler(SetUnitWorkSchedule)
export class SetUnitWorkScheduleHandler implements ICommandHandler<SetUnitWorkSchedule> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, unitId, workScheduleId }: SetUnitWorkSchedule) {
    return this.uow.run(async () => {
      const unit = await this.repo.unit(unitId);
      if (!unit) throw DomainError.notFound('Unit', unitId);
      await this.access.assertCanAdministerUnit(actor, unitId);
      if (workScheduleId !== null && !(await this.repo.workSchedule(workScheduleId))) {
        throw DomainError.validation('workScheduleId', 'SCHEDULE_NOT_FOUND', `workScheduleId ${workScheduleId} is not a work schedule.`);
      }
      await this.repo.updateUnit({ ...unit, workScheduleId }, unit.path);
      await this.audit.record({ action: 'SetUnitWorkSchedule', targetType: 'Unit', targetId: unitId, before: { workScheduleId: unit.workScheduleId }, after: { workScheduleId } });
      return { unitId, workScheduleId };
    });
  }
}
