import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { written } from '../../../../platform/write/written';
import { createRosterEntry, createShift } from '../../domain/shift';
import { AccessPolicy } from '../../public/access-policy';
import { ClosedMonths } from '../closed-months';
import { RosterRepository } from '../ports/roster-repository';
import { NamedShift, ShiftRepository } from '../ports/shift-repository';

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

export const shiftView = (s: NamedShift) => ({
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
  constructor(private readonly shifts: ShiftRepository) {}

  async execute({ actor, input }: CreateShift) {
    if (!actor.isHrAdmin && actor.adminUnitIds.length === 0) throw DomainError.forbidden('Only HR and unit administrators define shifts.', 'ADMINS_ONLY');
    const shift = { ...createShift({ id: newId(), ...input }), name: input.name.trim() };
    await this.shifts.add(shift);
    return written(shiftView(shift), { audit: [{ action: 'CreateShift', targetType: 'Shift', targetId: shift.id, after: shiftView(shift) }] });
  }
}

@CommandHandler(SetRosterEntries)
export class SetRosterEntriesHandler implements ICommandHandler<SetRosterEntries> {
  constructor(
    private readonly roster: RosterRepository,
    private readonly shifts: ShiftRepository,
    private readonly access: AccessPolicy,
    private readonly closedMonths: ClosedMonths,
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
    for (const employeeId of new Set(roster.map((e) => e.employeeId))) await this.access.assertCanAdministerEmployee(actor, employeeId);
    for (const shiftId of new Set(roster.map((e) => e.shiftId))) {
      if (!(await this.shifts.exists(shiftId))) throw DomainError.validation('shiftId', 'SHIFT_NOT_FOUND', `shiftId ${shiftId} is not a shift.`);
    }
    await this.closedMonths.assertOpenOn(
      roster.map((e) => e.date),
      'A roster entry',
    );
    await this.roster.put(roster);
    return written({ accepted: roster.length }, { audit: [{ action: 'SetRosterEntries', targetType: 'Roster', targetId: roster[0]?.date.slice(0, 7) ?? '-', after: roster }] });
  }
}
