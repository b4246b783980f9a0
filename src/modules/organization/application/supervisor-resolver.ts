import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { orgSnapshotOf } from '../domain/org-snapshot';
import { resolveSupervisorOn, Supervisor } from '../domain/supervisor-resolution';
import { OrganizationRepository } from '../infrastructure/persistence/organization.repository';

/** Loads the part of the position map above one employee and resolves their supervisor on a date. */
@Injectable()
export class SupervisorResolver {
  constructor(private readonly repo: OrganizationRepository) {}

  async resolve(employeeId: string, date: LocalDate): Promise<Supervisor | null> {
    const own = (await this.repo.assignmentsOfEmployee(employeeId)).filter(
      (a) => a.type === 'DEFINITIVE' && a.startDate <= date && (a.endDate === null || date <= a.endDate),
    );
    if (own.length === 0) return null;
    const chain = [own[0].positionId, ...(await this.repo.positionAncestors(own[0].positionId))];
    const positions = chain.map((id, i) => ({ id, parentPositionId: chain[i + 1] ?? null }));
    const holders = await this.repo.assignmentsOn(chain.slice(1), date);
    return resolveSupervisorOn(employeeId, date, orgSnapshotOf(positions, [...own, ...holders]));
  }
}
