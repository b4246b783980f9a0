import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { positionView } from '../commands/create-position';
import { unitView } from '../commands/create-unit';
import { kelasCeilingView } from '../commands/set-kelas-ceiling';
import { StructureReadModel } from '../ports/structure-read-model';

/** Units and positions as the API shows them; both are public to every signed-in user. */
@Injectable()
export class StructureQueries {
  constructor(private readonly structure: StructureReadModel) {}

  async units(filter: { parentId?: string; after?: string; limit: number }) {
    return (await this.structure.units(filter)).map(unitView);
  }

  async unit(id: string) {
    const unit = await this.structure.unit(id);
    if (!unit) throw DomainError.notFound('Unit', id);
    return unitView(unit);
  }

  async kelasCeiling(unitId: string) {
    if (!(await this.structure.unit(unitId))) throw DomainError.notFound('Unit', unitId);
    return kelasCeilingView(this.structure, unitId);
  }

  async positions(filter: { unitId?: string; after?: string; limit: number }) {
    return (await this.structure.positions(filter)).map(positionView);
  }

  async position(id: string) {
    const position = await this.structure.position(id);
    if (!position) throw DomainError.notFound('Position', id);
    return positionView(position);
  }
}
