import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { localDateOf } from '../../../../shared-kernel/zone';
import { Actor } from '../../../../platform/auth/actor';
import { decodeCursor, toPage } from '../../../../platform/http/pagination';
import { AccessPolicy, overlapsStretches } from '../../../organization/public/access-policy';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { RequestStatus } from '../../domain/leave-request';
import { AbsenceRequests } from '../ports/absence-requests';
import { LeaveRequestStore, RequestFilter } from '../ports/leave-request-store';
import { PermitRequests } from '../ports/permit-requests';
import { absenceView, permitView } from '../views';

export interface RequestListQuery {
  employeeId?: string;
  status?: RequestStatus;
  from?: LocalDate;
  to?: LocalDate;
  awaitingMyDecision?: boolean;
  cursor?: string;
  limit?: number;
}

/** Absences and permits as the caller may see them: their own, their scope's, or those awaiting their decision. */
@Injectable()
export class RequestQueries {
  constructor(
    private readonly absenceRequests: AbsenceRequests,
    private readonly permitRequests: PermitRequests,
    private readonly access: AccessPolicy,
    private readonly supervision: SupervisionFacade,
    private readonly unitTree: UnitTreeFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  absences(actor: Actor, q: RequestListQuery) {
    return this.page(this.absenceRequests, absenceView, actor, q);
  }

  async absence(actor: Actor, id: string) {
    return absenceView((await this.readable(this.absenceRequests, actor, id, 'Absence')).state);
  }

  permits(actor: Actor, q: RequestListQuery) {
    return this.page(this.permitRequests, permitView, actor, q);
  }

  async permit(actor: Actor, id: string) {
    return permitView((await this.readable(this.permitRequests, actor, id, 'Permit')).state);
  }

  private async page<S extends { id: string }, V>(store: LeaveRequestStore<unknown, S>, view: (s: S) => V, actor: Actor, q: RequestListQuery) {
    const limit = q.limit ?? 100;
    const rows = await store.list({ ...(await this.filter(actor, q)), limit: limit + 1 });
    const page = toPage(rows, limit, (r) => [r.id]);
    return { items: page.items.map(view), next: page.next };
  }

  /**
   * Someone who may not see a request learns nothing about it, not even that it exists. Its deciding supervisor
   * reads it, and a supervisor reads those sharing a day with their supervision.
   */
  private async readable<R extends { employeeId: string; decisionDate: LocalDate; firstDate: LocalDate; lastDate: LocalDate }>(
    store: LeaveRequestStore<R, unknown>,
    actor: Actor,
    id: string,
    what: string,
  ): Promise<R> {
    const request = await store.get(id);
    if (!request) throw DomainError.notFound(what, id);
    const hidden = () => DomainError.notFound(what, id);
    const decides = await this.access.assertCanReadEmployee(actor, request.employeeId, request.decisionDate).then(
      () => true,
      () => false,
    );
    if (decides) return request;
    const stretches = await this.access.readableStretches(actor, request.employeeId).catch(() => {
      throw hidden();
    });
    if (!overlapsStretches(stretches, request.firstDate, request.lastDate)) throw hidden();
    return request;
  }

  /** Whose requests the caller may list: one readable employee, those awaiting their decision, or their scope. */
  private async filter(actor: Actor, q: RequestListQuery): Promise<Omit<RequestFilter, 'limit'>> {
    const [afterId] = decodeCursor(q.cursor, 1) ?? [];
    const base = { status: q.status, from: q.from, to: q.to, afterId };
    const today = localDateOf(this.clock.now(), 'Asia/Jakarta');
    if (q.awaitingMyDecision) {
      const subordinates = actor.employeeId ? await this.supervision.subordinatesOn(actor.employeeId, today) : [];
      return { ...base, status: 'SUBMITTED', employeeIds: subordinates };
    }
    if (q.employeeId) {
      const stretches = await this.access.readableStretches(actor, q.employeeId);
      return { ...base, employeeIds: [q.employeeId], ...(stretches ? { within: stretches } : {}) };
    }
    if (actor.readsEverything) return base;
    const scoped = (await Promise.all(actor.adminUnitIds.map((u) => this.unitTree.employeesInSubtree(u, today)))).flat();
    return { ...base, employeeIds: [...new Set([...(actor.employeeId ? [actor.employeeId] : []), ...scoped])] };
  }
}
