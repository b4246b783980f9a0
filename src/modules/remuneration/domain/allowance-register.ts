import { DEDUCTION_LINE_CODES, DeductionLineCode } from './deduction-lines';

/** One employee's latest statement of the month, as the register (*daftar nominatif*) lists it. */
export interface RegisterEntry {
  nip: string;
  name: string;
  unitId: string | null;
  unitCode: string | null;
  /** Kelas and status of the last day of the month the employee held a definitive position. */
  kelas: number | null;
  status: string | null;
  gross: number;
  lines: Record<DeductionLineCode, number>;
  net: number;
  version: number;
  flags: string[];
}

export interface RegisterUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  isSatker: boolean;
}

export interface RegisterTotals {
  employees: number;
  gross: number;
  lines: Record<DeductionLineCode, number>;
  net: number;
}

export interface RegisterUnitSection {
  unit: { id: string | null; code: string; name: string };
  entries: RegisterEntry[];
  totals: RegisterTotals;
}

export interface RegisterSatkerSection {
  /** Null: units under no satker (listed last). */
  satker: { id: string; code: string; name: string } | null;
  units: RegisterUnitSection[];
  totals: RegisterTotals;
}

export interface AllowanceRegister {
  month: string;
  satkers: RegisterSatkerSection[];
  totals: RegisterTotals;
}

const emptyTotals = (): RegisterTotals => ({ employees: 0, gross: 0, lines: { SANCTION: 0, ATTENDANCE: 0, LEAVE: 0, PERFORMANCE: 0 }, net: 0 });

// Whole rupiah far inside the safe integer range (100,000 × 33,240,000 < 2^53): plain sums are exact.
function add(into: RegisterTotals, from: RegisterTotals | RegisterEntry): RegisterTotals {
  into.employees += 'employees' in from ? from.employees : 1;
  into.gross += from.gross;
  into.net += from.net;
  for (const code of DEDUCTION_LINE_CODES) into.lines[code] += from.lines[code];
  return into;
}

/**
 * The register of a closed month: each satker's units (the unit's nearest satker above or at it), each
 * unit's employees by NIP, with totals per unit, per satker and overall. `satkerId` keeps only that satker.
 */
export function buildAllowanceRegister(month: string, entries: RegisterEntry[], units: RegisterUnit[], satkerId?: string): AllowanceRegister {
  const byId = new Map(units.map((u) => [u.id, u]));
  const satkerOf = (unitId: string | null): RegisterUnit | null => {
    for (let u = unitId === null ? undefined : byId.get(unitId); u; u = u.parentId === null ? undefined : byId.get(u.parentId)) if (u.isSatker) return u;
    return null;
  };
  const sections = new Map<string, { satker: RegisterUnit | null; units: Map<string, RegisterUnitSection> }>();
  for (const entry of entries) {
    const satker = satkerOf(entry.unitId);
    if (satkerId !== undefined && satker?.id !== satkerId) continue;
    const section = sections.get(satker?.id ?? '') ?? { satker, units: new Map<string, RegisterUnitSection>() };
    sections.set(satker?.id ?? '', section);
    const unitKey = entry.unitId ?? '';
    const unit = byId.get(unitKey);
    const unitSection = section.units.get(unitKey) ?? {
      unit: { id: entry.unitId, code: unit?.code ?? entry.unitCode ?? '-', name: unit?.name ?? '(tanpa unit)' },
      entries: [],
      totals: emptyTotals(),
    };
    section.units.set(unitKey, unitSection);
    unitSection.entries.push(entry);
    add(unitSection.totals, entry);
  }
  const satkers = [...sections.values()]
    .sort((a, b) => (a.satker === null ? 1 : b.satker === null ? -1 : a.satker.code.localeCompare(b.satker.code)))
    .map(({ satker, units: unitSections }) => {
      const list = [...unitSections.values()].sort((a, b) => a.unit.code.localeCompare(b.unit.code));
      for (const u of list) u.entries.sort((a, b) => a.nip.localeCompare(b.nip));
      return { satker: satker && { id: satker.id, code: satker.code, name: satker.name }, units: list, totals: list.reduce((t, u) => add(t, u.totals), emptyTotals()) };
    });
  return { month, satkers, totals: satkers.reduce((t, s) => add(t, s.totals), emptyTotals()) };
}
