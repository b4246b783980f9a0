import { Dec, DecValue } from './decimal';

/** An amount in rupiah. Intermediate amounts may carry fractions; `roundToRupiah` makes a payable amount. */
export class Money {
  private constructor(readonly amount: Dec) {}

  static rupiah(value: DecValue): Money {
    return new Money(new Dec(value));
  }

  static zero(): Money {
    return new Money(new Dec(0));
  }

  plus(other: Money): Money {
    return new Money(this.amount.plus(other.amount));
  }

  minus(other: Money): Money {
    return new Money(this.amount.minus(other.amount));
  }

  times(factor: DecValue): Money {
    return new Money(this.amount.times(factor));
  }

  dividedBy(divisor: DecValue): Money {
    return new Money(this.amount.dividedBy(divisor));
  }

  /** Half-up to whole rupiah, as the payroll rules require. */
  roundToRupiah(): Money {
    return new Money(this.amount.toDecimalPlaces(0, Dec.ROUND_HALF_UP));
  }

  isWhole(): boolean {
    return this.amount.isInteger();
  }

  /** The whole-rupiah JSON integer of the API; refuses amounts that are not whole. */
  toJSONInteger(): number {
    if (!this.amount.isInteger()) throw new Error(`Money ${this.amount.toString()} is not whole rupiah`);
    if (this.amount.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw new Error('Money exceeds the safe integer range');
    return this.amount.toNumber();
  }

  toString(): string {
    return this.amount.toFixed();
  }

  equals(other: Money): boolean {
    return this.amount.equals(other.amount);
  }
}

/** A stored amount (pg returns bigint and numeric as strings) as the API's whole-rupiah integer, exactly, never via a float parse. */
export function rupiahJson(amount: string | number): number {
  return Money.rupiah(amount).toJSONInteger();
}
