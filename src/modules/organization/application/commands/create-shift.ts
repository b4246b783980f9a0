import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { createRosterEntry, createShift, Shift } from '../../domain/shift';
import { OrganizationRepository } from '../../infrastructure/persistence/organization.repository';
import { OrganizationAccess } from '../organization-access';

export class CreateShift {
  constructor(
    readonly actor: Actor,
    readonly input: { code: string; name: string; start: string; end: string; breakMinutes: number },
  ) {}
}

/** Puts employees on shifts for dates; a later entry for the same employee and date replaces the earlier one. */
export class SetRosterEntries {
  constructor(
    readonly actor: Actor,
    readonly entries: Array<{ employeeId: string; date: string; shiftId: string }>,
  ) {}
}

export const shiftView = (s: Shift & { name: string }) => ({
  id: s.id,
  code: s.code,
  name: s.name,
  start: s.start,
  end: s.end,
  breakMinutes: s.breakMinutes,
  crossesMidnight: s.crossesMidnight,
});

@CommandHandler(CreateShift)
export class CreateShiftHandler implements ICommandHandler<CreateShift> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: CreateShift) {
    if (!actor.isHrAdmin && actor.adminUnitIds.length === 0) throw DomainError.forbidden('Only HR and unit administrators define shifts.');
    const shift = { ...createShift({ id: newId(), ...input }), name: input.name.trim() };
    return this.uow.run(async () => {
      await this.repo.insertShift(shift);
      await this.audit.record({ action: 'CreateShift', targetType: 'Shift', targetId: shift.id, after: shiftView(shift) });
      return shiftView(shift);
    });
  }
}

@CommandHandler(SetRosterEntries)
export class SetRosterEntriesHandler implements ICommandHandler<SetRosterEntries> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganizationRepository,
    private readonly access: OrganizationAccess,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, entries }: SetRosterEntries) {
    const roster = entries.map((e, i) => {
      try {
        return createRosterEntry(e);
      } catch (err) {
        if (err instanceof DomainError) throw DomainError.validation(`[${i}].date`, err.code, err.message);
        throw err;
      }
    });
    return this.uow.run(async () => {
      for (const employeeId of new Set(roster.map((e) => e.employeeId))) await this.access.assertCanAdministerEmployee(actor, employeeId);
      for (const shiftId of new Set(roster.map((e) => e.shiftId))) {
        if (!(await this.repo.shift(shiftId))) throw DomainError.validation('shiftId', 'SHIFT_NOT_FOUND', `shiftId ${shiftId} is not a shift.`);
      }
      await this.repo.upsertRosterEntries(roster);
      await this.audit.record({ action: 'SetRosterEntries', targetType: 'Roster', targetId: roster[0]?.date.slice(0, 7) ?? '-', after: roster });
      return { accepted: roster.length };
    });
  }
}
