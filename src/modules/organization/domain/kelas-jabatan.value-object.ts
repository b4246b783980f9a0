import { DomainError } from '../../../shared-kernel/domain-error';

/** Job grade 1–17 from the agency's position map; the allowance table is keyed by it. */
export type KelasJabatan = number & { readonly __brand: 'KelasJabatan' };

export const MIN_KELAS = 1;
export const MAX_KELAS = 17;

export function parseKelasJabatan(value: unknown): KelasJabatan {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_KELAS || value > MAX_KELAS) {
    throw DomainError.validation('kelas', 'KELAS_OUT_OF_RANGE', `Kelas jabatan must be a whole number from ${MIN_KELAS} to ${MAX_KELAS}, not ${JSON.stringify(value)}.`);
  }
  return value as KelasJabatan;
}
