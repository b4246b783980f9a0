import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { Id } from '../../../../shared-kernel/ids';
import { LocalDate } from '../../../../shared-kernel/local-date';
import { firstDayOf, lastDayOf, YearMonth } from '../../../../shared-kernel/year-month';
import { Actor } from '../../../../platform/auth/actor';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { ActivityCatalogItem } from '../../domain/activity-catalog-item';
import { DailyActivityStatus } from '../../domain/daily-activity';
import { ActivityView } from '../activity-view';
import { ActivityCatalog } from '../ports/activity-catalog';
import { ActivityReadModel } from '../ports/activity-read-model';
import { EvidenceContentType, EvidenceStorage } from '../ports/evidence-storage.port';

/** The reads of the catalogue and of activities, each for whoever may see it. Pages hold up to `limit + 1` items. */
@Injectable()
export class ActivityReads {
  constructor(
    private readonly activities: ActivityReadModel,
    private readonly catalog: ActivityCatalog,
    private readonly storage: EvidenceStorage,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
  ) {}

  /** With a unit: what is available there (global, own and inherited items). */
  async catalogPage(unitId: Id | undefined, after: string | undefined, limit: number): Promise<ActivityCatalogItem[]> {
    const units = unitId ? await this.unitTree.unitLineage(unitId) : null;
    if (units !== null && units.length === 0) throw DomainError.notFound('Unit', unitId!);
    return this.catalog.items(units, { after, limit });
  }

  async catalogItem(id: Id): Promise<ActivityCatalogItem> {
    const item = await this.catalog.item(id);
    if (!item) throw DomainError.notFound('Catalogue item', id);
    return item;
  }

  async ofEmployee(
    actor: Actor,
    employeeId: Id | undefined,
    filter: { month?: YearMonth; status?: DailyActivityStatus; after?: [LocalDate, Id]; limit: number },
  ): Promise<ActivityView[]> {
    const whose = employeeId ?? actor.employeeId;
    if (!whose) throw DomainError.validation('employeeId', 'REQUIRED', 'employeeId is required for accounts without an employee record.');
    // A supervisor lists only the days they supervised the employee.
    const stretches = await this.access.readableStretches(actor, whose);
    const list = {
      from: filter.month ? firstDayOf(filter.month) : undefined,
      to: filter.month ? lastDayOf(filter.month) : undefined,
      status: filter.status,
      after: filter.after,
      limit: filter.limit,
    };
    return stretches === null ? this.activities.listOfEmployee(whose, list) : this.activities.listInIntervals(stretches, list);
  }

  /** Its owner, their supervisor on its date, unit admins in scope, HR and auditors. */
  async activity(actor: Actor, id: Id): Promise<ActivityView> {
    const activity = await this.activities.activity(id);
    if (!activity) throw DomainError.notFound('Activity', id);
    await this.access.assertCanReadEmployee(actor, activity.employeeId, activity.date);
    return activity;
  }

  async evidenceFile(actor: Actor, id: Id): Promise<{ content: Buffer; contentType: EvidenceContentType }> {
    const evidence = await this.activities.evidenceFile(id);
    if (!evidence) throw DomainError.notFound('Activity', id);
    await this.access.assertCanReadEmployee(actor, evidence.employeeId, evidence.date);
    const file = evidence.fileRef ? await this.storage.get(evidence.fileRef) : null;
    if (!file) throw DomainError.notFound('Evidence file of activity', id);
    return file;
  }
}
