import { AggregateRoot } from '../../../shared-kernel/domain-event';
import { SanctionImposed } from './events/sanction-events';
import { Sanction, SanctionSnapshot } from './sanction';

/** A sanction as HR enters it for one employee: the decree's terms (checked by Sanction) with who it binds. */
export class ImposedSanction extends AggregateRoot<SanctionImposed> {
  private constructor(
    readonly id: string,
    readonly employeeId: string,
    readonly sanction: Sanction,
  ) {
    super();
  }

  static impose(id: string, employeeId: string, terms: SanctionSnapshot): ImposedSanction {
    const imposed = new ImposedSanction(id, employeeId, Sanction.fromSnapshot(terms));
    imposed.record({ type: 'SanctionImposed', sanctionId: id, employeeId, ...imposed.sanction.toSnapshot(), endMonth: imposed.sanction.endMonth });
    return imposed;
  }

  toView(): SanctionView {
    return { id: this.id, employeeId: this.employeeId, ...this.sanction.toSnapshot(), endMonth: this.sanction.endMonth };
  }
}

export type SanctionView = SanctionSnapshot & { id: string; employeeId: string; endMonth: string };
