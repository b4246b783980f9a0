import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate } from '../../../shared-kernel/local-date';
import { Actor } from '../../../platform/auth/actor';
import { PositionKelas } from '../domain/position-kelas';
import { ClosedMonths } from './closed-months';
import { MinistryToday } from './ministry-today';
import { PositionRepository } from './ports/position-repository';

/**
 * Kelas moves money: only HR regrades, and a regrade reaching back into a closed month is refused, since
 * that month's allowance was paid at the kelas it had.
 */
@Injectable()
export class PositionRegrades {
  constructor(
    private readonly positions: PositionRepository,
    private readonly closedMonths: ClosedMonths,
    private readonly ministryToday: MinistryToday,
  ) {}

  today(): LocalDate {
    return this.ministryToday.date();
  }

  async regrade(actor: Actor, positionId: string, input: { kelas: number; effectiveDate: LocalDate; reason: string | null }): Promise<PositionKelas> {
    if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR regrades a position: its kelas sets the allowance of everyone holding it.', 'HR_ONLY_REGRADES');
    const kelas = await this.positions.lockedKelas(positionId);
    if (!kelas) throw DomainError.notFound('Position', positionId);
    const today = this.today();
    kelas.regrade(input.kelas, input.effectiveDate, today, input.reason);
    await this.closedMonths.assertOpenBetween(input.effectiveDate, null, `A regrade effective ${input.effectiveDate}`);
    await this.positions.saveKelas(kelas, kelas.kelasOn(today));
    return kelas;
  }
}
