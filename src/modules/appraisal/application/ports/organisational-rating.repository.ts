import { Id } from '../../../../shared-kernel/ids';
import { OrganisationalRating, OrganisationalRatingLevel } from '../../domain/organisational-rating';

/** A unit's organisational rating per year; setting it again replaces it. */
export abstract class OrganisationalRatingRepository {
  abstract levelOf(unitId: Id, year: number): Promise<OrganisationalRatingLevel | null>;

  abstract save(rating: OrganisationalRating): Promise<void>;
}
