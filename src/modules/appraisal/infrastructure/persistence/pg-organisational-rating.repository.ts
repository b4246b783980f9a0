import { Injectable } from '@nestjs/common';
import { Id } from '../../../../shared-kernel/ids';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { OrganisationalRatingRepository } from '../../application/ports/organisational-rating.repository';
import { OrganisationalRating, OrganisationalRatingLevel } from '../../domain/organisational-rating';

@Injectable()
export class PgOrganisationalRatingRepository extends OrganisationalRatingRepository {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async levelOf(unitId: Id, year: number): Promise<OrganisationalRatingLevel | null> {
    const [row] = await this.uow.query(`SELECT level FROM appraisal.organisational_ratings WHERE unit_id = $1 AND year = $2`, [unitId, year]);
    return row?.level ?? null;
  }

  async save(rating: OrganisationalRating): Promise<void> {
    await this.uow.query(
      `INSERT INTO appraisal.organisational_ratings (unit_id, year, level) VALUES ($1, $2, $3)
       ON CONFLICT (unit_id, year) DO UPDATE SET level = EXCLUDED.level, set_at = now()`,
      [rating.unitId, rating.year, rating.level],
    );
  }
}
