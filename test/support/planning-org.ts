import { OrgBuilder, PASSWORD } from './org-builder';
import { TestApp } from './test-app';

export interface PlanningOrg {
  ministry: string;
  directorate: string;
  subdirectorate: string;
  tokens: { admin: string; sekjen: string; head: string; staff: string; staff2: string; kasubdit: string; outsider: string };
  ids: { sekjen: string; head: string; staff: string; staff2: string; kasubdit: string; outsider: string };
  nips: { staff: string; staff2: string };
  positions: { head: string; kasubdit: string; staff: string };
}

/**
 * A ministry whose Sekjen heads the root; a directorate (Asia/Makassar) with its head and two staff; a
 * sub-directorate under it with its own head; and an outsider in the ministry's root unit.
 */
export async function buildPlanningOrg(t: TestApp): Promise<PlanningOrg> {
  const admin = await t.adminToken();
  const org = new OrgBuilder(t, admin);
  const ministry = await org.unit('KEMENSOS', null);
  const directorate = await org.unit('DIT-RSA', ministry.id, { type: 'ESELON_II', timeZone: 'Asia/Makassar' });
  const subdirectorate = await org.unit('SUBDIT-1', directorate.id, { type: 'ESELON_III', timeZone: 'Asia/Makassar' });
  const sekjenPos = await org.position('SEKJEN', ministry.id, null, 'JPT_MADYA', 17);
  const headPos = await org.position('DIR-RSA', directorate.id, sekjenPos.id, 'JPT_PRATAMA', 15);
  const staffPos = await org.position('ANALIS', directorate.id, headPos.id, 'PELAKSANA', 8);
  const kasubditPos = await org.position('KASUBDIT-1', subdirectorate.id, headPos.id, 'ADMINISTRATOR', 12);
  const outsiderPos = await org.position('STAF-SETJEN', ministry.id, sekjenPos.id, 'PELAKSANA', 7);
  const sekjen = await org.placed('Sekjen', sekjenPos.id);
  const head = await org.placed('Direktur', headPos.id);
  const staff = await org.placed('Analis Satu', staffPos.id);
  const staff2 = await org.placed('Analis Dua', staffPos.id);
  const kasubdit = await org.placed('Kasubdit', kasubditPos.id);
  const outsider = await org.placed('Staf Setjen', outsiderPos.id);
  const login = (nip: string) => t.login(nip, PASSWORD);
  return {
    ministry: ministry.id,
    directorate: directorate.id,
    subdirectorate: subdirectorate.id,
    tokens: {
      admin,
      sekjen: await login(sekjen.nip),
      head: await login(head.nip),
      staff: await login(staff.nip),
      staff2: await login(staff2.nip),
      kasubdit: await login(kasubdit.nip),
      outsider: await login(outsider.nip),
    },
    ids: { sekjen: sekjen.id, head: head.id, staff: staff.id, staff2: staff2.id, kasubdit: kasubdit.id, outsider: outsider.id },
    nips: { staff: staff.nip, staff2: staff2.nip },
    positions: { head: headPos.id, kasubdit: kasubditPos.id, staff: staffPos.id },
  };
}

/** POSTs and fails loudly unless the status is the expected one. */
export async function expectStatus(t: TestApp, path: string, body: unknown, token: string, status: number): Promise<any> {
  const res = await t.post(path, body, token);
  if (res.status !== status) throw new Error(`POST ${path} → ${res.status} (expected ${status}) ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The plan cascade of the journey: a unit target, the head's approved SKP from it, a staff SKP from the head's RHK. */
export async function approvedPlans(t: TestApp, o: PlanningOrg, year = 2026) {
  const target = await expectStatus(
    t,
    '/api/v1/unit-targets',
    { unitId: o.directorate, year, kind: 'RKAKL_OUTPUT', code: '6384.QAH.001', name: 'Layanan rehabilitasi sosial anak', volume: '1200', outputUnit: 'orang', budget: 1250000000 },
    o.tokens.admin,
    201,
  );
  const headPlan = await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.head, year }, o.tokens.head, 201);
  const headResult = await expectStatus(
    t,
    `/api/v1/performance-plans/${headPlan.id}/results`,
    { title: 'Terlaksananya layanan rehabilitasi sosial anak', unitTargetId: target.id, indicators: [{ name: 'Anak terlayani', target: '1200', unit: 'orang' }] },
    o.tokens.head,
    201,
  );
  await expectStatus(t, `/api/v1/performance-plans/${headPlan.id}/submit`, {}, o.tokens.head, 200);
  await expectStatus(t, `/api/v1/performance-plans/${headPlan.id}/approve`, {}, o.tokens.sekjen, 200);
  const staffPlan = await expectStatus(t, '/api/v1/performance-plans', { employeeId: o.ids.staff, year }, o.tokens.staff, 201);
  const staffResult = await expectStatus(
    t,
    `/api/v1/performance-plans/${staffPlan.id}/results`,
    { title: 'Tersusunnya laporan asesmen anak', parentResultId: headResult.resultId, indicators: [{ name: 'Laporan asesmen', target: '24', unit: 'laporan' }] },
    o.tokens.staff,
    201,
  );
  await expectStatus(t, `/api/v1/performance-plans/${staffPlan.id}/submit`, {}, o.tokens.staff, 200);
  await expectStatus(t, `/api/v1/performance-plans/${staffPlan.id}/approve`, {}, o.tokens.head, 200);
  return {
    target,
    headPlanId: headPlan.id as string,
    headResultId: headResult.resultId as string,
    staffPlanId: staffPlan.id as string,
    staffResultId: staffResult.resultId as string,
  };
}
