import {
  DEFAULT_REMUNERATION_POLICY,
  RemunerationPolicy,
  RemunerationPolicySnapshot,
  defaultRemunerationPolicy,
} from '../../../src/modules/remuneration/domain/remuneration-policy';

const defaults = defaultRemunerationPolicy();

function withChange(change: Partial<RemunerationPolicySnapshot>): () => RemunerationPolicy {
  return () => RemunerationPolicy.fromSnapshot({ ...DEFAULT_REMUNERATION_POLICY, ...change });
}

describe('the default remuneration policy (rules.md §4–6)', () => {
  it('pays PNS and PPPK in full, CPNS 80 %, study assignment 50 %, and nothing on unpaid leave, suspended or retired', () => {
    const factors = (['PNS', 'PPPK', 'CPNS', 'STUDY_ASSIGNMENT', 'UNPAID_LEAVE', 'SUSPENDED', 'RETIRED'] as const).map((s) => defaults.statusFactor(s).toFixed());
    expect(factors).toEqual(['1', '1', '0.8', '0.5', '0', '0', '0']);
  });

  it('gives a Plt 20 % of the acting post, puts 70 % on performance and caps deductions at 100 %', () => {
    expect(defaults.pltShare.toFixed()).toBe('0.2');
    expect(defaults.performanceShare.toString()).toBe('70');
    expect(defaults.deductionCap.toString()).toBe('100');
  });

  it('targets 300 minutes a day and counts at most 450', () => {
    expect([defaults.dailyTargetMinutes, defaults.dailyCapMinutes]).toEqual([300, 450]);
  });

  it('multiplies by the rating, and by 1 when there is none', () => {
    const multipliers = (['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG', null] as const).map((r) => defaults.ratingMultiplier(r).toFixed());
    expect(multipliers).toEqual(['1', '1', '0.9', '0.8', '0.7', '1']);
  });

  it('closes a month on the 5th of the next at 02:00 Jakarta time (19:00 UTC the day before)', () => {
    expect(defaults.closesAt('2026-06').toISOString()).toBe('2026-07-04T19:00:00.000Z');
    expect(defaults.closesAt('2026-12').toISOString()).toBe('2027-01-04T19:00:00.000Z');
  });

  it('is version 1, and survives a JSON round trip of its snapshot unchanged', () => {
    const stored = JSON.parse(JSON.stringify(defaults.toSnapshot())) as RemunerationPolicySnapshot;
    expect(stored).toEqual(DEFAULT_REMUNERATION_POLICY);
    expect(RemunerationPolicy.fromSnapshot(stored).toSnapshot()).toEqual(DEFAULT_REMUNERATION_POLICY);
    expect([defaults.version, defaults.effectiveFrom]).toEqual([1, '2023-10-16']);
  });

  it('keeps its snapshot from later changes to the object it was made from', () => {
    const source = structuredClone(DEFAULT_REMUNERATION_POLICY) as { -readonly [K in keyof RemunerationPolicySnapshot]: RemunerationPolicySnapshot[K] };
    const policy = RemunerationPolicy.fromSnapshot(source);
    source.pltShare = '0.5';
    expect(policy.pltShare.toFixed()).toBe('0.2');
  });
});

describe('policy validation names the offending field', () => {
  const factors = DEFAULT_REMUNERATION_POLICY.statusFactors;
  const multipliers = DEFAULT_REMUNERATION_POLICY.ratingMultipliers;
  const schedule = DEFAULT_REMUNERATION_POLICY.closeSchedule;
  it.each([
    ['version', withChange({ version: 0 })],
    ['effectiveFrom', withChange({ effectiveFrom: '2026-13-01' })],
    ['statusFactors.CPNS', withChange({ statusFactors: { ...factors, CPNS: '1.2' } })],
    ['statusFactors.STUDY_ASSIGNMENT', withChange({ statusFactors: { ...factors, STUDY_ASSIGNMENT: '-0.5' } })],
    ['statusFactors.PNS', withChange({ statusFactors: { ...factors, PNS: 1 as unknown as string } })],
    ['pltShare', withChange({ pltShare: '20' })],
    ['performanceSharePercent', withChange({ performanceSharePercent: '101' })],
    ['deductionCapPercent', withChange({ deductionCapPercent: '150' })],
    ['deductionCapPercent', withChange({ deductionCapPercent: '1e2' })],
    ['dailyTargetMinutes', withChange({ dailyTargetMinutes: 0 })],
    ['dailyCapMinutes', withChange({ dailyCapMinutes: 299 })],
    ['ratingMultipliers.KURANG', withChange({ ratingMultipliers: { ...multipliers, KURANG: '0,8' } })],
    ['unratedMultiplier', withChange({ unratedMultiplier: '1.01' })],
    ['closeSchedule.dayOfNextMonth', withChange({ closeSchedule: { ...schedule, dayOfNextMonth: 31 } })],
    ['closeSchedule.time', withChange({ closeSchedule: { ...schedule, time: '2:00' } })],
    ['closeSchedule.timeZone', withChange({ closeSchedule: { ...schedule, timeZone: 'WIB' } })],
  ])('%s', (field, create) => {
    expect(create).toThrow(expect.objectContaining({ kind: 'validation', fieldErrors: [expect.objectContaining({ field })] }));
  });

  it('accepts a cap below 100 % and a CPNS factor of 1', () => {
    expect(withChange({ deductionCapPercent: '90', statusFactors: { ...factors, CPNS: '1' } })().deductionCap.toString()).toBe('90');
  });
});
