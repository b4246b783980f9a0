import { Injectable } from '@nestjs/common';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { RegisterUnits } from '../../application/ports/register-units';
import { RegisterUnit } from '../../domain/allowance-register';

/** The unit tree as organization publishes it, for the register's satker and unit totals. */
@Injectable()
export class OrganizationRegisterUnits extends RegisterUnits {
  constructor(private readonly units: UnitTreeFacade) {
    super();
  }

  all(): Promise<RegisterUnit[]> {
    return this.units.allUnits();
  }
}
