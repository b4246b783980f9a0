import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { localDateOf } from '../../../../shared-kernel/zone';
import { Actor } from '../../../../platform/auth/actor';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';

/**
 * api.md "GET /me" and what a person needs to recognise themselves: their name, NIP, unit and position today,
 * and who their supervisor is today, by name. Accounts without an employee record (HR, payroll, auditors) get
 * nulls there.
 */
@Injectable()
export class WhoAmI {
  constructor(
    private readonly profiles: EmployeeProfilesFacade,
    private readonly supervision: SupervisionFacade,
    private readonly calendars: WorkCalendarsFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async of(actor: Actor) {
    const account = {
      username: actor.username,
      employeeId: actor.employeeId,
      roles: [...new Set(actor.grants.map((g) => g.role))],
      grants: actor.grants,
      ...(actor.mustChangePassword ? { mustChangePassword: true } : {}),
    };
    if (!actor.employeeId) return { ...account, name: null, nip: null, date: null, unit: null, position: null, supervisor: null };
    const date = await this.todayFor(actor.employeeId);
    const [profiles, supervisor] = await Promise.all([this.profiles.employeeProfilesOn([actor.employeeId], date), this.supervision.supervisorOn(actor.employeeId, date)]);
    const me = profiles.get(actor.employeeId)!;
    const [supervisorName] = supervisor ? await this.profiles.employeeNames([supervisor.employeeId]) : [];
    return {
      ...account,
      name: me.name,
      nip: me.nip,
      date,
      unit: me.unitId ? { id: me.unitId, code: me.unitCode, name: me.unitName } : null,
      position: me.positionId ? { id: me.positionId, name: me.positionName } : null,
      supervisor: supervisor ? { employeeId: supervisor.employeeId, nip: supervisorName.nip, name: supervisorName.name, acting: supervisor.acting } : null,
    };
  }

  /** The caller's own date: a Jayapura employee's day starts two hours before Jakarta's. */
  private async todayFor(employeeId: string): Promise<LocalDate> {
    const provisional = localDateOf(this.clock.now(), 'Asia/Jakarta');
    const unit = await this.calendars.unitOfEmployee(employeeId, provisional);
    return unit ? localDateOf(this.clock.now(), unit.timeZone) : provisional;
  }
}
