import { OrgBuilder, PASSWORD } from './org-builder';
import { TestApp } from './test-app';

/** The day the access specs run on (a Wednesday), set on their TestClock. */
export const ACCESS_TODAY = '2026-06-17';
export const ACCESS_NOW = `${ACCESS_TODAY}T03:00:00Z`;

type Person = 'head' | 'staff' | 'staff2' | 'staffA1' | 'deputy' | 'adminA' | 'hrInA' | 'adminB' | 'staffB' | 'unplaced';

export interface AccessOrg {
  org: OrgBuilder;
  units: { root: string; a: string; a1: string; b: string };
  positions: { rootHead: string; headA: string; staffA: string; staffA1: string; headB: string; staffB: string };
  ids: Record<Person, string>;
  nips: Record<Person, string>;
  tokens: Record<Person | 'admin', string>;
}

/**
 * A ministry with two balai, A (with a sub-unit A1) and B. In A: its head, two staff, a staff member of A1,
 * a deputy who stands in (Plh) for the head on ACCESS_TODAY only, the unit admin of A and an HR admin placed
 * there. In B: its unit admin and one staff member. One employee has a login but was never placed.
 */
export async function buildAccessOrg(t: TestApp): Promise<AccessOrg> {
  const admin = await t.adminToken();
  const org = new OrgBuilder(t, admin);
  const root = (await org.unit('KEMENTERIAN', null)).id;
  const a = (await org.unit('BALAI-A', root, { type: 'ESELON_III', timeZone: 'Asia/Makassar' })).id;
  const a1 = (await org.unit('SEKSI-A1', a, { type: 'ESELON_IV', timeZone: 'Asia/Makassar' })).id;
  const b = (await org.unit('BALAI-B', root, { type: 'ESELON_III' })).id;
  const rootHead = (await org.position('SEKJEN', root, null, 'JPT_MADYA', 17)).id;
  const headA = (await org.position('KABALAI-A', a, rootHead, 'ADMINISTRATOR', 12)).id;
  const staffA = (await org.position('STAF-A', a, headA, 'PELAKSANA', 7)).id;
  const staffA1 = (await org.position('STAF-A1', a1, headA, 'PELAKSANA', 7)).id;
  const headB = (await org.position('KABALAI-B', b, rootHead, 'ADMINISTRATOR', 12)).id;
  const staffB = (await org.position('STAF-B', b, headB, 'PELAKSANA', 7)).id;
  const people: Array<[Person, string | null]> = [
    ['head', headA],
    ['staff', staffA],
    ['staff2', staffA],
    ['staffA1', staffA1],
    ['deputy', staffA],
    ['adminA', staffA],
    ['hrInA', staffA],
    ['adminB', staffB],
    ['staffB', staffB],
    ['unplaced', null],
  ];
  const ids = {} as Record<Person, string>;
  const nips = {} as Record<Person, string>;
  for (const [who, position] of people) {
    const e = position ? await org.placed(`Pegawai ${who}`, position) : await org.employee(`Pegawai ${who}`);
    ids[who] = e.id;
    nips[who] = e.nip;
  }
  await org.assign(ids.deputy, headA, 'PLH', ACCESS_TODAY, ACCESS_TODAY);
  for (const [who, role, unitId] of [
    ['adminA', 'UNIT_ADMIN', a],
    ['hrInA', 'HR_ADMIN', null],
    ['adminB', 'UNIT_ADMIN', b],
  ] as const) {
    const res = await t.post(`/api/v1/employees/${ids[who]}/roles`, { role, ...(unitId ? { unitId } : {}) }, admin);
    if (res.status !== 201) throw new Error(`grant ${role} → ${res.status} ${JSON.stringify(res.body)}`);
  }
  const tokens = { admin } as Record<Person | 'admin', string>;
  for (const [who] of people) tokens[who] = await t.login(nips[who], PASSWORD);
  return { org, units: { root, a, a1, b }, positions: { rootHead, headA, staffA, staffA1, headB, staffB }, ids, nips, tokens };
}
