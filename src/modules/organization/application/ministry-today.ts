import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../../shared-kernel/clock';
import { LocalDate } from '../../../shared-kernel/local-date';
import { localDateOf } from '../../../shared-kernel/zone';

/** Today's date where the ministry keeps its books: defaults of listings and the bound of a NIP's dates. */
@Injectable()
export class MinistryToday {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  date(): LocalDate {
    return localDateOf(this.clock.now(), 'Asia/Jakarta');
  }
}
