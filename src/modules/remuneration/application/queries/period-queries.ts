import { Injectable } from '@nestjs/common';
import { YearMonth } from '../../../../shared-kernel/year-month';
import { PeriodView, RemunerationReadModel } from '../ports/remuneration-read-model';

@Injectable()
export class PeriodQueries {
  constructor(private readonly readModel: RemunerationReadModel) {}

  async get(month: YearMonth): Promise<PeriodView> {
    return (await this.readModel.period(month)) ?? { month, status: 'OPEN', closedAt: null, statementCount: 0, staleCount: 0 };
  }
}
