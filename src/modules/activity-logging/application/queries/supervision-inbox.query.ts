import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { SupervisionFacade } from '../../../organization/public/supervision.facade';
import { DailyActivityStatus } from '../../domain/daily-activity';
import { ActivityView } from '../activity-view';
import { ActivityReadModel } from '../ports/activity-read-model';

/**
 * The activities a supervisor answers for: those whose employee they supervised ON THE ACTIVITY'S DATE,
 * Plt/Plh days included. Organization answers once with the stretches of days on which the caller supervises
 * each subordinate; the page is then cut in SQL over those stretches and read as plain rows.
 */
@Injectable()
export class SupervisionInboxQuery {
  constructor(
    private readonly activities: ActivityReadModel,
    private readonly supervision: SupervisionFacade,
  ) {}

  /** Up to `limit + 1` rows, so the caller knows whether a next page exists. */
  async list(supervisorId: Id, filter: { status: DailyActivityStatus; from?: LocalDate; to?: LocalDate; after?: [LocalDate, Id]; limit: number }): Promise<ActivityView[]> {
    const intervals = await this.supervision.supervisionIntervals(supervisorId);
    return this.activities.listInIntervals(intervals, filter);
  }
}
