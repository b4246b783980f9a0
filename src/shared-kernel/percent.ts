import { Dec, DecValue } from './decimal';

/** A percentage as an exact decimal ("1.25" means 1.25 %). */
export class Percent {
  private constructor(readonly value: Dec) {}

  static of(value: DecValue): Percent {
    return new Percent(new Dec(value));
  }

  static zero(): Percent {
    return new Percent(new Dec(0));
  }

  plus(other: Percent): Percent {
    return new Percent(this.value.plus(other.value));
  }

  times(factor: DecValue): Percent {
    return new Percent(this.value.times(factor));
  }

  min(other: Percent): Percent {
    return this.value.lessThanOrEqualTo(other.value) ? this : other;
  }

  greaterThan(other: Percent): boolean {
    return this.value.greaterThan(other.value);
  }

  isZero(): boolean {
    return this.value.isZero();
  }

  /** The API's decimal string: no exponent, no trailing zeros ("6.5", "0", "1.25"). */
  toString(): string {
    return this.value.toFixed();
  }

  equals(other: Percent): boolean {
    return this.value.equals(other.value);
  }
}
