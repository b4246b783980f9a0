import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { RegisterUnits } from '../../application/ports/register-units';
import { RegisterUnit } from '../../domain/allowance-register';

/**
 * Read-only over organization's units table until organization's public facade offers names and the
 * satker flag (UnitTreeFacade has only ids, parents and codes today); the port keeps that swap to this file.
 */
@Injectable()
export class PgRegisterUnits extends RegisterUnits {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  all(): Promise<RegisterUnit[]> {
    return this.uow.query(`SELECT id, code, name, parent_id AS "parentId", is_satker AS "isSatker" FROM organization.units`);
  }
}
