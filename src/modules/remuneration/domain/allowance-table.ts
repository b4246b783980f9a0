import { DomainError } from '../../../shared-kernel/domain-error';
import { LocalDate, isValidLocalDate } from '../../../shared-kernel/local-date';
import { Money } from '../../../shared-kernel/money';

/** *Kelas jabatan*, the job grade 1–17 that decides the base amount of the allowance. */
export type Kelas = number;

export const LOWEST_KELAS = 1;
export const HIGHEST_KELAS = 17;

export function isKelas(value: unknown): value is Kelas {
  return typeof value === 'number' && Number.isInteger(value) && value >= LOWEST_KELAS && value <= HIGHEST_KELAS;
}

/**
 * The JSON-safe form of a table, as a closed month stores it. Amounts are whole-rupiah strings keyed by
 * kelas ("8": "4595150") so that no amount ever passes through a float.
 */
export interface AllowanceTableSnapshot {
  /** The regulation that set the amounts, e.g. "Perpres 71/2023". */
  readonly regulation: string;
  readonly effectiveFrom: LocalDate;
  readonly baseAmounts: Readonly<Record<string, string>>;
}

/** The base allowance per kelas set by one regulation, in force from `effectiveFrom` until the next table. */
export class AllowanceTable {
  private constructor(
    readonly regulation: string,
    readonly effectiveFrom: LocalDate,
    private readonly amounts: ReadonlyMap<Kelas, Money>,
  ) {}

  /** Refuses a table that misses a kelas, names an unknown one, or has an amount that is not whole, non-negative rupiah. */
  static fromSnapshot(snapshot: AllowanceTableSnapshot): AllowanceTable {
    if (typeof snapshot.regulation !== 'string' || snapshot.regulation.trim() === '') {
      throw DomainError.validation('regulation', 'REQUIRED', 'regulation must name the regulation that set the amounts.');
    }
    if (!isValidLocalDate(snapshot.effectiveFrom)) {
      throw DomainError.validation('effectiveFrom', 'INVALID_DATE', 'effectiveFrom must be a date YYYY-MM-DD.');
    }
    for (const key of Object.keys(snapshot.baseAmounts)) {
      if (!isKelas(Number(key)) || String(Number(key)) !== key) {
        throw DomainError.validation(`baseAmounts.${key}`, 'UNKNOWN_KELAS', `baseAmounts.${key}: kelas runs from ${LOWEST_KELAS} to ${HIGHEST_KELAS}.`);
      }
    }
    const amounts = new Map<Kelas, Money>();
    for (let kelas = LOWEST_KELAS; kelas <= HIGHEST_KELAS; kelas++) {
      const field = `baseAmounts.${kelas}`;
      const value = snapshot.baseAmounts[String(kelas)];
      if (value === undefined) throw DomainError.validation(field, 'MISSING_KELAS', `${field} is missing: a table sets the amount of every kelas 1–17.`);
      if (typeof value !== 'string' || !/^\d+$/.test(value)) {
        throw DomainError.validation(field, 'NOT_WHOLE_RUPIAH', `${field} must be a whole, non-negative number of rupiah written as a string, e.g. "4595150".`);
      }
      amounts.set(kelas, Money.rupiah(value));
    }
    return new AllowanceTable(snapshot.regulation, snapshot.effectiveFrom, amounts);
  }

  baseAmountFor(kelas: Kelas): Money {
    const amount = this.amounts.get(kelas);
    if (!amount) throw DomainError.validation('kelas', 'UNKNOWN_KELAS', `kelas ${kelas} is not a kelas jabatan (1–17).`);
    return amount;
  }

  toSnapshot(): AllowanceTableSnapshot {
    const baseAmounts: Record<string, string> = {};
    for (const [kelas, amount] of this.amounts) baseAmounts[String(kelas)] = amount.toString();
    return { regulation: this.regulation, effectiveFrom: this.effectiveFrom, baseAmounts };
  }
}

/** The effective-dated history of allowance tables. */
export class AllowanceTables {
  private constructor(private readonly newestFirst: readonly AllowanceTable[]) {}

  static of(tables: readonly AllowanceTable[]): AllowanceTables {
    const seen = new Set<LocalDate>();
    tables.forEach((table, i) => {
      if (seen.has(table.effectiveFrom)) {
        throw DomainError.validation(`allowanceTables[${i}].effectiveFrom`, 'DUPLICATE_EFFECTIVE_DATE', `Two allowance tables take effect on ${table.effectiveFrom}.`, {
          effectiveFrom: table.effectiveFrom,
        });
      }
      seen.add(table.effectiveFrom);
    });
    return new AllowanceTables([...tables].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1)));
  }

  static fromSnapshots(snapshots: readonly AllowanceTableSnapshot[]): AllowanceTables {
    return AllowanceTables.of(snapshots.map((s) => AllowanceTable.fromSnapshot(s)));
  }

  /** The table whose amounts apply to `date`: the latest one that took effect on or before it. */
  inForceOn(date: LocalDate): AllowanceTable {
    const table = this.newestFirst.find((t) => t.effectiveFrom <= date);
    if (!table) throw DomainError.rule('NO_ALLOWANCE_TABLE_IN_FORCE', `No allowance table is in force on ${date}.`);
    return table;
  }

  toSnapshots(): AllowanceTableSnapshot[] {
    return [...this.newestFirst].reverse().map((t) => t.toSnapshot());
  }
}

/** Perpres 71/2023, the Kemensos table in force from 16 October 2023 (rules.md §5). */
export const PERPRES_71_2023_KEMENSOS: AllowanceTableSnapshot = {
  regulation: 'Perpres 71/2023',
  effectiveFrom: '2023-10-16',
  baseAmounts: {
    '1': '2531250',
    '2': '2708250',
    '3': '2898000',
    '4': '2985000',
    '5': '3134250',
    '6': '3510400',
    '7': '3915950',
    '8': '4595150',
    '9': '5079200',
    '10': '5979200',
    '11': '8757600',
    '12': '9896000',
    '13': '10936000',
    '14': '17064000',
    '15': '19280000',
    '16': '27577500',
    '17': '33240000',
  },
};

/** The tables the system ships with, before HR enters any other. */
export function defaultAllowanceTables(): AllowanceTables {
  return AllowanceTables.fromSnapshots([PERPRES_71_2023_KEMENSOS]);
}
