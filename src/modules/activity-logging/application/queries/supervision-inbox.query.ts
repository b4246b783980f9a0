import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { OrganizationFacade } from '../../../organization/public/organization.facade';
import { DailyActivity, DailyActivityStatus } from '../../domain/daily-activity';
import { ActivityRepository } from '../../infrastructure/persistence/activity.repository';

/** Beyond this many candidate rows the caller narrows with from/to; an inbox that large is not read anyway. */
const MAX_CANDIDATES = 20_000;

/**
 * The activities a supervisor answers for: those whose employee they supervised ON THE ACTIVITY'S DATE,
 * Plt/Plh days included. People ever placed below a post they ever held are the candidates (one query);
 * each candidate activity is then resolved against the org snapshot of its date (three queries).
 */
@Injectable()
export class SupervisionInboxQuery {
  constructor(
    private readonly repo: ActivityRepository,
    private readonly organization: OrganizationFacade,
  ) {}

  async list(supervisorId: Id, filter: { status: DailyActivityStatus; from?: LocalDate; to?: LocalDate; after?: [LocalDate, Id]; limit: number }): Promise<DailyActivity[]> {
    const candidates = await this.organization.everSupervisedCandidates(supervisorId);
    if (candidates.length === 0) return [];
    const activities = await this.repo.list({ employeeIds: candidates, status: filter.status, from: filter.from, to: filter.to, after: filter.after, limit: MAX_CANDIDATES });
    const supervisors = await this.organization.supervisorsOfPairs(activities.map((a) => ({ employeeId: a.employeeId, date: a.date })));
    return activities.filter((a) => supervisors.get(`${a.employeeId}|${a.date}`)?.employeeId === supervisorId).slice(0, filter.limit + 1);
  }
}
