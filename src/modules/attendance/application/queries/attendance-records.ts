import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate, addDays } from '../../../../shared-kernel/local-date';
import { instantAt, localDateOf } from '../../../../shared-kernel/zone';
import { yearMonthOf } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { decodeCursor, toPage } from '../../../../platform/http/pagination';
import { AccessPolicy, withinStretches } from '../../../organization/public/access-policy';
import { WorkCalendarsFacade } from '../../../organization/public/work-calendars.facade';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { PolicyVersion, toStoredParameters } from '../../domain/policy-timeline';
import { LeaveRequests } from '../leave-requests';
import { PolicyBook } from '../policy-book';
import { AttendanceDevices } from '../ports/attendance-devices';
import { AttendancePolicies } from '../ports/attendance-policies';
import { ClockEventStore } from '../ports/clock-event-store';
import { DisciplineAlerts } from '../ports/discipline-alerts';
import { SanctionsInForce } from '../ports/sanctions-in-force';
import { deviceView } from '../views';

const JAKARTA = 'Asia/Jakarta';

const policyView = (v: PolicyVersion) => ({ id: v.id, effectiveFrom: v.effectiveFrom, parameters: v.parameters, createdAt: v.createdAt.toISOString() });

/** The attendance reads other than classified days: clock events, devices, policies, alerts, annual leave. */
@Injectable()
export class AttendanceRecords {
  constructor(
    private readonly clockEvents: ClockEventStore,
    private readonly devices: AttendanceDevices,
    private readonly policies: AttendancePolicies,
    private readonly book: PolicyBook,
    private readonly alerts: DisciplineAlerts,
    private readonly leave: LeaveRequests,
    private readonly access: AccessPolicy,
    private readonly calendars: WorkCalendarsFacade,
    private readonly unitTree: UnitTreeFacade,
    private readonly sanctions: SanctionsInForce,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An employee's recorded events between two local dates of the zone their days are read in; a supervisor sees the days they supervised. */
  async clockEventsOf(actor: Actor, employeeId: string, from: LocalDate, to: LocalDate) {
    if (to < from) throw DomainError.validation('to', 'RANGE_INVERTED', 'to must not be before from.');
    const stretches = await this.access.readableStretches(actor, employeeId);
    const zone = (await this.calendars.unitOfEmployee(employeeId, to))?.timeZone ?? JAKARTA;
    const events = await this.clockEvents.list(employeeId, instantAt(from, '00:00', zone), instantAt(addDays(to, 1), '00:00', zone));
    return { items: events.filter((e) => withinStretches(stretches, localDateOf(new Date(e.at), zone))), next: null };
  }

  /** HR and auditors see every device; a unit admin those registered for a unit of their subtrees. */
  async deviceList(actor: Actor) {
    const devices = await this.devices.list();
    if (actor.readsEverything) return { items: devices.map(deviceView), next: null };
    const scope = await this.unitTree.subtreesOf(actor.adminUnitIds);
    return { items: devices.filter((d) => d.unitId !== null && scope.has(d.unitId)).map(deviceView), next: null };
  }

  async device(actor: Actor, id: string) {
    const device = await this.devices.get(id);
    if (!device) throw DomainError.notFound('Attendance device', id);
    if (!actor.readsEverything && (device.unitId === null || !(await this.unitTree.subtreesOf(actor.adminUnitIds)).has(device.unitId))) {
      throw DomainError.notFound('Attendance device', id);
    }
    return deviceView(device.state);
  }

  async policyVersions() {
    return { items: (await this.policies.versions()).map(policyView), next: null };
  }

  async policyVersion(id: string) {
    const version = (await this.policies.versions()).find((v) => v.id === id);
    if (!version) throw DomainError.notFound('Attendance policy', id);
    return policyView(version);
  }

  async policyInForce(date: LocalDate = localDateOf(this.clock.now(), JAKARTA)) {
    const version = (await this.book.timeline()).versionOn(date);
    return { id: version.id, effectiveFrom: version.effectiveFrom, parameters: toStoredParameters(version.policy) };
  }

  async annualLeave(actor: Actor, employeeId: string, year: number) {
    await this.access.assertCanReadEmployee(actor, employeeId);
    return { employeeId, ...(await this.leave.annualLeave(employeeId, year)) };
  }

  /** HR and auditors see every alert; a unit admin those of their subtree today. */
  async disciplineAlerts(actor: Actor, q: { year?: number; employeeId?: string; cursor?: string; limit?: number }) {
    const limit = q.limit ?? 100;
    const [after] = decodeCursor(q.cursor, 1) ?? [];
    let employeeIds: string[] | null = q.employeeId ? [q.employeeId] : null;
    if (!actor.readsEverything) {
      const today = localDateOf(this.clock.now(), JAKARTA);
      const scope = new Set((await Promise.all(actor.adminUnitIds.map((u) => this.unitTree.employeesInSubtree(u, today)))).flat());
      employeeIds = (employeeIds ?? [...scope]).filter((id) => scope.has(id));
    }
    const rows = await this.alerts.list({ year: q.year, employeeIds, afterId: after, limit: limit + 1 });
    const page = toPage(rows, limit, (r) => [r.id]);
    // What HR decides from an alert is a sanction: each alert links to the employee's, with how many are in force now.
    const inForce = await this.sanctions.countIn([...new Set(page.items.map((r) => r.employeeId))], yearMonthOf(localDateOf(this.clock.now(), JAKARTA)));
    return {
      items: page.items.map((r) => ({
        ...r,
        detectedAt: r.detectedAt.toISOString(),
        sanctions: { href: `/api/v1/sanctions?employeeId=${r.employeeId}`, inForce: inForce.get(r.employeeId) ?? 0 },
      })),
      next: page.next,
    };
  }
}
