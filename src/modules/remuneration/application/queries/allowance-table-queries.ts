import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { AllowanceTableView } from '../../domain/enacted-allowance-table';
import { RemunerationReadModel } from '../ports/remuneration-read-model';

/** Allowance tables are regulations: anyone signed in may read them. */
@Injectable()
export class AllowanceTableQueries {
  constructor(private readonly readModel: RemunerationReadModel) {}

  async list(): Promise<{ items: AllowanceTableView[]; next: null }> {
    return { items: await this.readModel.allowanceTables(), next: null };
  }

  async get(id: string): Promise<AllowanceTableView> {
    const table = (await this.readModel.allowanceTables()).find((t) => t.id === id);
    if (!table) throw DomainError.notFound('Allowance table', id);
    return table;
  }
}
