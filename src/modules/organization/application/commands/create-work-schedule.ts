import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { checkRule } from '../../../../shared-kernel/business-rule';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { WorkScheduleCodeMustBeUniqueRule } from '../../domain/rules/work-schedule-code-must-be-unique.rule';
import { createWeeklySchedule, IsoWeekday, WorkingHoursInput } from '../../domain/work-schedule';
import { AccessPolicy } from '../../public/access-policy';
import { ClosedMonths } from '../closed-months';
import { UnitRepository } from '../ports/unit-repository';
import { WorkScheduleRepository } from '../ports/work-schedule-repository';

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
  constructor(private readonly schedules: WorkScheduleRepository) {}

  async execute({ actor, input }: CreateWorkSchedule) {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators define work schedules.', 'HR_ONLY_WORK_SCHEDULES');
    const days = createWeeklySchedule(input.days);
    if (!input.code?.trim()) throw DomainError.validation('code', 'SCHEDULE_CODE_REQUIRED', 'code is required');
    checkRule(new WorkScheduleCodeMustBeUniqueRule(input.code, await this.schedules.isCodeTaken(input.code.trim())));
    const schedule = { id: newId(), code: input.code.trim(), name: input.name.trim(), days };
    await this.schedules.add(schedule);
    return written(schedule, { audit: [{ action: 'CreateWorkSchedule', targetType: 'WorkSchedule', targetId: schedule.id, after: schedule }] });
  }
}

@CommandHandler(SetUnitWorkSchedule)
export class SetUnitWorkScheduleHandler implements ICommandHandler<SetUnitWorkSchedule> {
  constructor(
    private readonly units: UnitRepository,
    private readonly schedules: WorkScheduleRepository,
    private readonly access: AccessPolicy,
    private readonly closedMonths: ClosedMonths,
  ) {}

  async execute({ actor, unitId, workScheduleId }: SetUnitWorkSchedule) {
    const unit = await this.units.byId(unitId);
    if (!unit) throw DomainError.notFound('Unit', unitId);
    await this.access.assertCanAdministerUnit(actor, unitId);
    if (workScheduleId !== null && !(await this.schedules.exists(workScheduleId))) {
      throw DomainError.validation('workScheduleId', 'SCHEDULE_NOT_FOUND', `workScheduleId ${workScheduleId} is not a work schedule.`);
    }
    if (workScheduleId !== unit.workScheduleId) {
      // Office hours are not effective-dated: they re-read every day since anyone who keeps them was placed.
      const firstPlaced = await this.units.firstPlacementDateInSubtree(unit, { inheritingSchedule: true });
      if (firstPlaced !== null) await this.closedMonths.assertOpenBetween(firstPlaced, null, `Changing the unit's office hours (they apply to every day since ${firstPlaced})`);
    }
    await this.units.save({ ...unit, workScheduleId }, unit.path);
    return written(
      { unitId, workScheduleId },
      { audit: [{ action: 'SetUnitWorkSchedule', targetType: 'Unit', targetId: unitId, before: { workScheduleId: unit.workScheduleId }, after: { workScheduleId } }] },
    );
  }
}
