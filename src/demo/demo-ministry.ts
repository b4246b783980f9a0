import { INestApplication } from '@nestjs/common';
import { AssignEmployee } from '../modules/organization/application/commands/assign-employee';
import { CreateEmployee } from '../modules/organization/application/commands/create-employee';
import { CreateHoliday } from '../modules/organization/application/commands/create-holiday';
import { CreatePosition } from '../modules/organization/application/commands/create-position';
import { CreateUnit } from '../modules/organization/application/commands/create-unit';
import { CreateCatalogItem } from '../modules/activity-logging/application/commands/create-catalog-item';
import { ImportActivities, ImportRow } from '../modules/activity-logging/application/commands/import-activities';
import { FileObjection } from '../modules/appraisal/application/commands/employee-steps';
import { RateEmployee } from '../modules/appraisal/application/commands/rate-employee';
import { ImportClockEvents } from '../modules/attendance/application/commands/clock-events';
import type { IntakeReport } from '../modules/attendance/application/clock-event-intake';
import { GrantRole } from '../modules/identity/application/commands/grant-role';
import { EmployeeProfilesFacade } from '../modules/organization/public/employee-profiles.facade';
import { AddPlannedResult } from '../modules/performance-planning/application/commands/add-planned-result';
import { CreateUnitTarget } from '../modules/performance-planning/application/commands/create-unit-target';
import { DraftPlan } from '../modules/performance-planning/application/commands/draft-plan';
import { ChangePlanStatus } from '../modules/performance-planning/application/commands/plan-workflow';
import { MonthClose } from '../modules/remuneration/application/close/month-close';
import { addDays, isoDayOfWeek, LocalDate } from '../shared-kernel/local-date';
import { addMonths, firstDayOf, yearMonthOf } from '../shared-kernel/year-month';
import { localDateOf } from '../shared-kernel/zone';
import { IdentityFacade } from '../modules/identity/public/identity.facade';
import { Actor } from '../platform/auth/actor';
import { UnitOfWork } from '../platform/database/unit-of-work';
import { CommandPipeline } from '../platform/write/command-pipeline';

/**
 * The demo ministry: Direktorat Jenderal Rehabilitasi Sosial with a head office in Jakarta (WIB), a
 * balai in Makassar (WITA) and one in Jayapura (WIT), ≈40 people of every position kind and status,
 * a vacant head post covered by a Plt, and this year's national holidays. Created through the same
 * commands the API uses, so the demo obeys every rule real data does.
 */
export interface DemoLogin {
  role: string;
  username: string;
  password: string;
  who: string;
  /** Paths this login reads first, e.g. the employee's statement of the closed month. */
  see?: string[];
}

export const DEMO_PASSWORD = 'Demo-Passw0rd';

const DEMO_SUPERVISOR = 'kasi-layanan-mks';
const DEMO_EMPLOYEE = 'peksos-mks-0';
// The head of the balai: the demo supervisor's own supervisor, so the one who decides objections to their ratings.
const DEMO_SUPERIOR = 'kabalai-mks';
// A colleague of the demo employee who objects to last month's rating, so the superior has an objection to decide.
const DEMO_OBJECTOR = 'peksos-mks-1';

interface PersonSpec {
  key: string;
  name: string;
  nip: string;
  status: 'PNS' | 'CPNS' | 'PPPK';
  since: string;
  position: string;
}

const UNITS = [
  { key: 'KEMENSOS', code: 'KEMENSOS', name: 'Kementerian Sosial', type: 'MINISTRY', parent: null, tz: 'Asia/Jakarta', satker: false },
  { key: 'DITJEN', code: 'DJ-REHSOS', name: 'Direktorat Jenderal Rehabilitasi Sosial', type: 'ESELON_I', parent: 'KEMENSOS', tz: 'Asia/Jakarta', satker: true },
  { key: 'SES', code: 'SES-REHSOS', name: 'Sekretariat Direktorat Jenderal Rehabilitasi Sosial', type: 'ESELON_II', parent: 'DITJEN', tz: 'Asia/Jakarta', satker: false },
  { key: 'DIT-ANAK', code: 'DIT-RSA', name: 'Direktorat Rehabilitasi Sosial Anak', type: 'ESELON_II', parent: 'DITJEN', tz: 'Asia/Jakarta', satker: false },
  { key: 'DIT-DIS', code: 'DIT-RSPD', name: 'Direktorat Rehabilitasi Sosial Penyandang Disabilitas', type: 'ESELON_II', parent: 'DITJEN', tz: 'Asia/Jakarta', satker: false },
  { key: 'MKS', code: 'BRS-MKS', name: 'Balai Rehabilitasi Sosial "Gau Mabaji" Makassar', type: 'UPT', parent: 'DITJEN', tz: 'Asia/Makassar', satker: true },
  { key: 'JYP', code: 'BRS-JYP', name: 'Balai Rehabilitasi Sosial "Irenuh" Jayapura', type: 'UPT', parent: 'DITJEN', tz: 'Asia/Jayapura', satker: true },
] as const;

// [key, code, name, kind, kelas, unit, parent position]
const POSITIONS: Array<[string, string, string, string, number, string, string | null]> = [
  ['DIRJEN', 'DIRJEN-REHSOS', 'Direktur Jenderal Rehabilitasi Sosial', 'JPT_MADYA', 17, 'DITJEN', null],
  ['SESDITJEN', 'SESDITJEN-REHSOS', 'Sekretaris Direktorat Jenderal', 'JPT_PRATAMA', 15, 'SES', 'DIRJEN'],
  ['DIR-ANAK', 'DIR-RSA', 'Direktur Rehabilitasi Sosial Anak', 'JPT_PRATAMA', 15, 'DIT-ANAK', 'DIRJEN'],
  ['DIR-DIS', 'DIR-RSPD', 'Direktur Rehabilitasi Sosial Penyandang Disabilitas', 'JPT_PRATAMA', 15, 'DIT-DIS', 'DIRJEN'],
  ['KABAG-UMUM', 'KABAG-UMUM-SES', 'Kepala Bagian Umum', 'ADMINISTRATOR', 12, 'SES', 'SESDITJEN'],
  ['KASUBDIT-ANAK', 'KASUBDIT-RSA-1', 'Kepala Subdirektorat Rehabilitasi Sosial Anak', 'ADMINISTRATOR', 12, 'DIT-ANAK', 'DIR-ANAK'],
  ['KASUBDIT-DIS', 'KASUBDIT-RSPD-1', 'Kepala Subdirektorat Rehabilitasi Sosial Disabilitas', 'ADMINISTRATOR', 12, 'DIT-DIS', 'DIR-DIS'],
  ['PEKSOS-MADYA-ANAK', 'PEKSOS-MADYA-RSA', 'Pekerja Sosial Ahli Madya', 'FUNGSIONAL', 12, 'DIT-ANAK', 'DIR-ANAK'],
  ['ANALIS-SES', 'ANALIS-KEPEG-SES', 'Analis Kepegawaian', 'PELAKSANA', 7, 'SES', 'KABAG-UMUM'],
  ['PENGADMIN-SES', 'PENGADMIN-SES', 'Pengadministrasi Umum', 'PELAKSANA', 5, 'SES', 'KABAG-UMUM'],
  ['ANALIS-ANAK', 'ANALIS-RSA', 'Analis Rehabilitasi Sosial', 'PELAKSANA', 7, 'DIT-ANAK', 'KASUBDIT-ANAK'],
  ['PEKSOS-MUDA-DIS', 'PEKSOS-MUDA-RSPD', 'Pekerja Sosial Ahli Muda', 'FUNGSIONAL', 9, 'DIT-DIS', 'KASUBDIT-DIS'],
  ['PENGOLAH-DIS', 'PENGOLAH-RSPD', 'Pengolah Data', 'PELAKSANA', 6, 'DIT-DIS', 'KASUBDIT-DIS'],
  ['KABALAI-MKS', 'KABALAI-MKS', 'Kepala Balai Rehabilitasi Sosial Makassar', 'ADMINISTRATOR', 12, 'MKS', 'DIRJEN'],
  ['KASUBBAG-TU-MKS', 'KASUBBAG-TU-MKS', 'Kepala Subbagian Tata Usaha', 'PENGAWAS', 9, 'MKS', 'KABALAI-MKS'],
  ['KASI-LAYANAN-MKS', 'KASI-LAYANAN-MKS', 'Kepala Seksi Layanan Rehabilitasi Sosial', 'PENGAWAS', 9, 'MKS', 'KABALAI-MKS'],
  ['PEKSOS-PERTAMA-MKS', 'PEKSOS-PERTAMA-MKS', 'Pekerja Sosial Ahli Pertama', 'FUNGSIONAL', 8, 'MKS', 'KASI-LAYANAN-MKS'],
  ['PENYULUH-MKS', 'PENYULUH-MKS', 'Penyuluh Sosial Ahli Pertama', 'FUNGSIONAL', 8, 'MKS', 'KASI-LAYANAN-MKS'],
  ['PRAMUSOS-MKS', 'PRAMUSOS-MKS', 'Pramu Sosial', 'PELAKSANA', 5, 'MKS', 'KASI-LAYANAN-MKS'],
  ['PENGADMIN-MKS', 'PENGADMIN-MKS', 'Pengadministrasi Perkantoran', 'PELAKSANA', 6, 'MKS', 'KASUBBAG-TU-MKS'],
  ['KABALAI-JYP', 'KABALAI-JYP', 'Kepala Balai Rehabilitasi Sosial Jayapura', 'ADMINISTRATOR', 12, 'JYP', 'DIRJEN'],
  ['KASUBBAG-TU-JYP', 'KASUBBAG-TU-JYP', 'Kepala Subbagian Tata Usaha', 'PENGAWAS', 9, 'JYP', 'KABALAI-JYP'],
  ['KASI-LAYANAN-JYP', 'KASI-LAYANAN-JYP', 'Kepala Seksi Layanan Rehabilitasi Sosial', 'PENGAWAS', 9, 'JYP', 'KABALAI-JYP'],
  ['PEKSOS-PERTAMA-JYP', 'PEKSOS-PERTAMA-JYP', 'Pekerja Sosial Ahli Pertama', 'FUNGSIONAL', 8, 'JYP', 'KASI-LAYANAN-JYP'],
  ['PRAMUSOS-JYP', 'PRAMUSOS-JYP', 'Pramu Sosial', 'PELAKSANA', 5, 'JYP', 'KASI-LAYANAN-JYP'],
];

/** NIP = birth date, appointment month, sex digit, sequence: the demo's numbers are valid by construction. */
function nip(birth: string, appointment: string, sex: 1 | 2, seq: number): string {
  return `${birth.replace(/-/g, '')}${appointment.replace('-', '')}${sex}${String(seq).padStart(3, '0')}`;
}

const FIRST = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gita',
  'Hendra',
  'Indah',
  'Joko',
  'Kartika',
  'Lukman',
  'Maya',
  'Nur',
  'Oki',
  'Putri',
  'Rahmat',
  'Sari',
  'Teguh',
  'Utami',
  'Wahyu',
  'Yohana',
  'Zainal',
];
const LAST = ['Pratama', 'Santoso', 'Lestari', 'Wijaya', 'Hasanuddin', 'Saputra', 'Rumbiak', 'Daeng', 'Siregar', 'Nugroho', 'Mandacan', 'Latuconsina'];

function people(): PersonSpec[] {
  const out: PersonSpec[] = [];
  let seq = 1;
  const add = (key: string, position: string, status: PersonSpec['status'], birthYear: number) => {
    const i = out.length;
    const sex: 1 | 2 = i % 2 === 0 ? 1 : 2;
    const birth = `${birthYear}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    // CPNS were appointed this year or last; PPPK numbers count contracts, here the first (01).
    const appointment = status === 'CPNS' ? '2025-03' : status === 'PPPK' ? `${birthYear + 30}-01` : `${birthYear + 24}-03`;
    const since = status === 'PPPK' ? `${birthYear + 30}-01-01` : `${appointment}-01`;
    out.push({ key, name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`, nip: nip(birth, appointment, sex, seq++), status, since, position });
  };
  add('dirjen', 'DIRJEN', 'PNS', 1968);
  add('sesditjen', 'SESDITJEN', 'PNS', 1970);
  add('dir-anak', 'DIR-ANAK', 'PNS', 1971);
  add('dir-dis', 'DIR-DIS', 'PNS', 1972);
  add('kabag-umum', 'KABAG-UMUM', 'PNS', 1976);
  add('kasubdit-anak', 'KASUBDIT-ANAK', 'PNS', 1978);
  add('kasubdit-dis', 'KASUBDIT-DIS', 'PNS', 1979);
  add('peksos-madya', 'PEKSOS-MADYA-ANAK', 'PNS', 1975);
  for (let i = 0; i < 3; i++) add(`analis-ses-${i}`, 'ANALIS-SES', 'PNS', 1985 + i);
  add('pengadmin-ses-0', 'PENGADMIN-SES', 'PPPK', 1990);
  add('pengadmin-ses-1', 'PENGADMIN-SES', 'CPNS', 1999);
  for (let i = 0; i < 3; i++) add(`analis-anak-${i}`, 'ANALIS-ANAK', i === 2 ? 'CPNS' : 'PNS', 1988 + i);
  for (let i = 0; i < 2; i++) add(`peksos-dis-${i}`, 'PEKSOS-MUDA-DIS', 'PNS', 1986 + i);
  add('pengolah-dis-0', 'PENGOLAH-DIS', 'PPPK', 1991);
  add('kabalai-mks', 'KABALAI-MKS', 'PNS', 1974);
  add('kasubbag-tu-mks', 'KASUBBAG-TU-MKS', 'PNS', 1980);
  add('kasi-layanan-mks', 'KASI-LAYANAN-MKS', 'PNS', 1981);
  for (let i = 0; i < 3; i++) add(`peksos-mks-${i}`, 'PEKSOS-PERTAMA-MKS', i === 2 ? 'CPNS' : 'PNS', 1992 + i);
  add('penyuluh-mks-0', 'PENYULUH-MKS', 'PNS', 1993);
  for (let i = 0; i < 3; i++) add(`pramusos-mks-${i}`, 'PRAMUSOS-MKS', i === 0 ? 'PPPK' : 'PNS', 1994 + i);
  add('pengadmin-mks-0', 'PENGADMIN-MKS', 'PNS', 1989);
  // Jayapura: the head post is vacant; the head of administration acts as Plt.
  add('kasubbag-tu-jyp', 'KASUBBAG-TU-JYP', 'PNS', 1979);
  add('kasi-layanan-jyp', 'KASI-LAYANAN-JYP', 'PNS', 1982);
  for (let i = 0; i < 3; i++) add(`peksos-jyp-${i}`, 'PEKSOS-PERTAMA-JYP', 'PNS', 1990 + i);
  for (let i = 0; i < 3; i++) add(`pramusos-jyp-${i}`, 'PRAMUSOS-JYP', i === 1 ? 'PPPK' : 'PNS', 1995 + i);
  return out;
}

/** Dates fixed by law every year, plus the 2026 dates of the moving ones (SKB 3 Menteri; demo data — HR enters the official list). */
function nationalHolidays(year: number): Array<{ date: string; name: string; collectiveLeave?: boolean }> {
  const fixed = [
    { date: `${year}-01-01`, name: 'Tahun Baru Masehi' },
    { date: `${year}-05-01`, name: 'Hari Buruh Internasional' },
    { date: `${year}-06-01`, name: 'Hari Lahir Pancasila' },
    { date: `${year}-08-17`, name: 'Hari Kemerdekaan Republik Indonesia' },
    { date: `${year}-12-25`, name: 'Hari Raya Natal' },
  ];
  if (year !== 2026) return fixed;
  return [
    ...fixed,
    { date: '2026-01-16', name: "Isra Mi'raj Nabi Muhammad SAW" },
    { date: '2026-02-17', name: 'Tahun Baru Imlek 2577' },
    { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948' },
    { date: '2026-03-20', name: 'Hari Raya Idul Fitri 1447 H' },
    { date: '2026-03-21', name: 'Hari Raya Idul Fitri 1447 H' },
    { date: '2026-04-03', name: 'Wafat Yesus Kristus' },
    { date: '2026-05-14', name: 'Kenaikan Yesus Kristus' },
    { date: '2026-05-27', name: 'Hari Raya Idul Adha 1447 H' },
    { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE' },
    { date: '2026-06-16', name: 'Tahun Baru Islam 1448 H' },
    { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW' },
    { date: '2026-03-23', name: 'Cuti bersama Idul Fitri', collectiveLeave: true },
    { date: '2026-03-24', name: 'Cuti bersama Idul Fitri', collectiveLeave: true },
    { date: '2026-12-24', name: 'Cuti bersama Natal', collectiveLeave: true },
  ];
}

export const DEMO_ACCOUNTS = { hrAdmin: 'hr.admin', payroll: 'payroll', auditor: 'auditor' };

/** The month the demo opens with already closed: the one before `today` (in Jakarta). */
export function demoClosedMonth(today: Date): string {
  return addMonths(yearMonthOf(localDateOf(today, 'Asia/Jakarta')), -1);
}

/**
 * Seeds the demo once (on an empty database), closing last month through the same MonthClose HR's early
 * close runs, so that payroll and the demo employee have statements to read from the first login; returns
 * the logins to print either way.
 */
export async function seedDemoMinistry(app: INestApplication, today: Date = new Date()): Promise<DemoLogin[]> {
  const pipeline = app.get(CommandPipeline);
  const uow = app.get(UnitOfWork);
  const identity = app.get(IdentityFacade);
  const seeder = new Actor('00000000-0000-0000-0000-000000000000', 'demo-seed', null, [{ role: 'HR_ADMIN', unitId: null }]);
  const specs = people();
  const byKey = (key: string) => specs.find((p) => p.key === key)!;
  const logins: DemoLogin[] = [
    { role: 'HR_ADMIN', username: DEMO_ACCOUNTS.hrAdmin, password: DEMO_PASSWORD, who: 'central HR administrator' },
    { role: 'UNIT_ADMIN', username: byKey('kasubbag-tu-mks').nip, password: DEMO_PASSWORD, who: `unit admin of Balai Makassar (${byKey('kasubbag-tu-mks').name})` },
    { role: 'SUPERVISOR', username: byKey(DEMO_SUPERVISOR).nip, password: DEMO_PASSWORD, who: `Kepala Seksi Layanan, Makassar (${byKey(DEMO_SUPERVISOR).name})` },
    { role: 'SUPERIOR', username: byKey(DEMO_SUPERIOR).nip, password: DEMO_PASSWORD, who: `Kepala Balai Makassar, decides objections (${byKey(DEMO_SUPERIOR).name})` },
    { role: 'EMPLOYEE', username: byKey(DEMO_EMPLOYEE).nip, password: DEMO_PASSWORD, who: `Pekerja Sosial, Makassar (${byKey(DEMO_EMPLOYEE).name})` },
    { role: 'PAYROLL', username: DEMO_ACCOUNTS.payroll, password: DEMO_PASSWORD, who: 'payroll office (read-only)' },
    { role: 'AUDITOR', username: DEMO_ACCOUNTS.auditor, password: DEMO_PASSWORD, who: 'inspectorate (read-only)' },
  ];

  const closedMonth = demoClosedMonth(today);
  const employeeLogin = logins.find((l) => l.role === 'EMPLOYEE')!;
  const withStatementLinks = async () => {
    const { employeeId } = (await app.get(EmployeeProfilesFacade).employeesByNips([employeeLogin.username])).get(employeeLogin.username)!;
    const statement = `/api/v1/employees/${employeeId}/statements/${closedMonth}`;
    employeeLogin.see = [statement, `${statement}/explanation`];
    // The rating of last month: its `id` leads to the SKP document, /api/v1/appraisals/{id}/document.pdf.
    logins.find((l) => l.role === 'SUPERVISOR')!.see = ['/api/v1/supervision/activities?status=SUBMITTED', `/api/v1/appraisals?employeeId=${employeeId}&period=${closedMonth}`];
    logins.find((l) => l.role === 'SUPERIOR')!.see = ['/api/v1/appraisals?awaitingMyDecision=true'];
    logins.find((l) => l.role === 'PAYROLL')!.see = ['/api/v1/payroll/events', `/api/v1/periods/${closedMonth}/statements`];
    return logins;
  };

  // The whole seed is one transaction and the payroll account its last step: when it exists, so does the rest.
  if (await identity.accountExists(DEMO_ACCOUNTS.payroll)) return withStatementLinks();

  await uow.run(async () => {
    const unitIds = new Map<string, string>();
    for (const u of UNITS) {
      const created = await pipeline.execute<{ id: string }>(
        new CreateUnit(seeder, { code: u.code, name: u.name, type: u.type, parentId: u.parent ? unitIds.get(u.parent)! : null, timeZone: u.tz, isSatker: u.satker }),
      );
      unitIds.set(u.key, created.id);
    }
    const positionIds = new Map<string, string>();
    for (const [key, code, name, kind, kelas, unit, parent] of POSITIONS) {
      const created = await pipeline.execute<{ id: string }>(
        new CreatePosition(seeder, { code, name, kind, kelas, unitId: unitIds.get(unit)!, parentPositionId: parent ? positionIds.get(parent)! : null }),
      );
      positionIds.set(key, created.id);
    }
    const employeeIds = new Map<string, string>();
    for (const p of specs) {
      const created = await pipeline.execute<{ id: string }>(
        new CreateEmployee(seeder, { nip: p.nip, name: p.name, status: p.status, statusSince: p.since, password: DEMO_PASSWORD }),
      );
      employeeIds.set(p.key, created.id);
      await pipeline.execute(
        new AssignEmployee(seeder, created.id, { positionId: positionIds.get(p.position)!, type: 'DEFINITIVE', startDate: p.since < '2024-01-01' ? '2024-01-01' : p.since }),
      );
    }
    // The Plt is the head of administration of the same balai: one person, two assignments.
    await pipeline.execute(new AssignEmployee(seeder, employeeIds.get('kasubbag-tu-jyp')!, { positionId: positionIds.get('KABALAI-JYP')!, type: 'PLT', startDate: '2025-07-01' }));
    await pipeline.execute(new GrantRole(employeeIds.get('kasubbag-tu-mks')!, 'UNIT_ADMIN', unitIds.get('MKS')!));
    for (const h of nationalHolidays(today.getUTCFullYear())) await pipeline.execute(new CreateHoliday(seeder, h));
    const as = (key: string) => new Actor(seeder.userId, seeder.username, employeeIds.get(key)!, []);
    const planYear = Number(closedMonth.slice(0, 4));
    const skpResultId = await seedApprovedPlans(pipeline, seeder, as, unitIds.get('MKS')!, planYear);
    await seedRecentWork(pipeline, seeder, specs, today, new Set(nationalHolidays(today.getUTCFullYear()).map((h) => h.date)), { year: planYear, resultId: skpResultId });
    // The supervisor rates last month, so that the employee's SKP document shows targets, realisation and a predikat.
    await pipeline.execute(
      new RateEmployee(as(DEMO_SUPERVISOR), {
        employeeId: employeeIds.get(DEMO_EMPLOYEE)!,
        period: closedMonth,
        resultRating: 'AS_EXPECTED',
        behaviourRating: 'AS_EXPECTED',
        feedback: 'Laporan asesmen tersusun tepat waktu; pertahankan.',
      }),
    );
    // A colleague rated below expectations objects: the objection waits for the head of the balai.
    const contested = await pipeline.execute<{ id: string }>(
      new RateEmployee(as(DEMO_SUPERVISOR), {
        employeeId: employeeIds.get(DEMO_OBJECTOR)!,
        period: closedMonth,
        resultRating: 'BELOW',
        behaviourRating: 'AS_EXPECTED',
        feedback: 'Sebagian laporan asesmen terlambat diserahkan.',
      }),
    );
    await pipeline.execute(new FileObjection(as(DEMO_OBJECTOR), contested.id, 'Keterlambatan karena menunggu data klien dari dinas; laporan lengkap dan sesuai target.'));
    if (!(await identity.accountExists(DEMO_ACCOUNTS.hrAdmin))) await identity.createAccount(DEMO_ACCOUNTS.hrAdmin, DEMO_PASSWORD, ['HR_ADMIN']);
    await identity.createAccount(DEMO_ACCOUNTS.payroll, DEMO_PASSWORD, ['PAYROLL']);
    await identity.createAccount(DEMO_ACCOUNTS.auditor, DEMO_PASSWORD, ['AUDITOR']);
  });
  // After the seed commits: the close reads committed data, chunk by chunk, as the scheduled close does.
  await app.get(MonthClose).closeAndWait(closedMonth);
  return withStatementLinks();
}

const UTC_OFFSET_HOURS: Record<string, number> = { JYP: 9, MKS: 8 };

/** Deterministic variety: most days on time, some late, a few early leavers, now and then a day absent. */
function dayPattern(person: number, day: number): 'ABSENT' | 'LATE' | 'EARLY' | 'ON_TIME' {
  const h = (person * 31 + day * 7) % 40;
  return h === 0 ? 'ABSENT' : h === 1 || h === 2 ? 'LATE' : h === 3 ? 'EARLY' : 'ON_TIME';
}

function instant(date: LocalDate, hour: number, minute: number, offset: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMinutes(hour * 60 + minute - offset * 60);
  return d.toISOString();
}

/**
 * A month and a half of work up to yesterday, through the same commands devices and HR use: clock events for
 * everyone, and the Makassar balai's activities (older ones approved, the last week's awaiting review), so the
 * demo's attendance days, achievement and the supervisor's inbox have something to show.
 */
async function seedRecentWork(
  pipeline: CommandPipeline,
  seeder: Actor,
  specs: PersonSpec[],
  today: Date,
  holidays: Set<LocalDate>,
  skp: { year: number; resultId: string },
): Promise<void> {
  const yesterday = addDays(localDateOf(today, 'Asia/Jakarta'), -1);
  const weekdays: LocalDate[] = [];
  for (let d = firstDayOf(addMonths(yearMonthOf(yesterday), -1)); d <= yesterday; d = addDays(d, 1)) {
    if (isoDayOfWeek(d) <= 5 && !holidays.has(d)) weekdays.push(d);
  }
  const unitOf = (p: PersonSpec) => POSITIONS.find(([key]) => key === p.position)![5];
  const events: Array<{ nip: string; at: string; direction: string }> = [];
  const activities: ImportRow[] = [];
  specs.forEach((person, i) => {
    const offset = UTC_OFFSET_HOURS[unitOf(person)] ?? 7;
    weekdays.forEach((date, d) => {
      const pattern = dayPattern(i, d);
      if (pattern === 'ABSENT') return;
      const friday = isoDayOfWeek(date) === 5;
      const inAt = pattern === 'LATE' ? [7, 50 + (i % 9)] : [7, (i * 3 + d) % 29];
      // Office hours end 16:00, on Fridays 16:30.
      const outAt = pattern === 'EARLY' ? [15, 40] : [16, (friday ? 32 : 3) + ((i + d) % 25)];
      events.push({ nip: person.nip, at: instant(date, inAt[0], inAt[1], offset), direction: 'IN' });
      events.push({ nip: person.nip, at: instant(date, outAt[0], outAt[1], offset), direction: 'OUT' });
      if (unitOf(person) !== 'MKS' || person.position === 'KABALAI-MKS') return;
      const recent = d >= weekdays.length - 5;
      for (const [start, end, code, description] of [
        ['08:00', '10:30', 'LAP', 'Menyusun laporan asesmen klien'],
        ['13:00', '15:00', 'BIMSOS', 'Bimbingan sosial kelompok'],
      ]) {
        // The demo employee's reports serve the RHK of their SKP, within its year; everything else is an additional task.
        const servesSkp = person.key === DEMO_EMPLOYEE && code === 'LAP' && Number(date.slice(0, 4)) === skp.year;
        activities.push({
          nip: person.nip,
          date,
          startTime: start,
          endTime: end,
          catalogCode: code,
          quantity: '2',
          description,
          ...(servesSkp ? { resultId: skp.resultId } : { additionalTask: true }),
          status: recent ? 'SUBMITTED' : 'APPROVED',
        });
      }
    });
  });
  const clocked = await pipeline.execute<IntakeReport>(new ImportClockEvents(events));
  if (clocked.rejected.length > 0) throw new Error(`demo clock events refused: ${JSON.stringify(clocked.rejected.slice(0, 3))}`);
  await pipeline.execute(new CreateCatalogItem(seeder, { code: 'LAP', name: 'Menyusun laporan', outputUnit: 'laporan', minutesPerUnit: 75 }));
  await pipeline.execute(new CreateCatalogItem(seeder, { code: 'BIMSOS', name: 'Bimbingan sosial', outputUnit: 'sesi', minutesPerUnit: 60 }));
  const logged = await pipeline.execute<{ rejected: unknown[] }>(new ImportActivities(seeder, activities));
  if (logged.rejected.length > 0) throw new Error(`demo activities refused: ${JSON.stringify(logged.rejected.slice(0, 3))}`);
}

/**
 * The demo employee's SKP for the year, cascaded as rules.md wants it and approved at every level by the
 * supervisor of that level: a unit target of the Makassar balai, the head's RHK from it, the Kepala Seksi's RHK
 * from the head's, the employee's from the Kepala Seksi's. Returns the employee's RHK, which their reports serve.
 */
async function seedApprovedPlans(pipeline: CommandPipeline, seeder: Actor, as: (key: string) => Actor, balaiId: string, year: number): Promise<string> {
  const target = await pipeline.execute<{ id: string }>(
    new CreateUnitTarget(seeder, {
      unitId: balaiId,
      year,
      kind: 'RKAKL_OUTPUT',
      code: '6384.QAH.001',
      name: 'Layanan rehabilitasi sosial di balai',
      volume: '600',
      outputUnit: 'orang',
      budget: '2450000000',
    }),
  );
  const approvedPlan = async (
    owner: string,
    supervisor: string,
    result: { title: string; unitTargetId?: string; parentResultId?: string; indicator: [string, string, string] },
  ) => {
    const plan = await pipeline.execute<{ id: string }>(new DraftPlan(as(owner), { employeeId: as(owner).employeeId!, year }));
    const [name, target, unit] = result.indicator;
    const added = await pipeline.execute<{ resultId: string }>(
      new AddPlannedResult(as(owner), plan.id, {
        title: result.title,
        unitTargetId: result.unitTargetId,
        parentResultId: result.parentResultId,
        indicators: [{ aspect: 'QUANTITY', name, target, unit }],
      }),
    );
    await pipeline.execute(new ChangePlanStatus(as(owner), plan.id, 'submit'));
    await pipeline.execute(new ChangePlanStatus(as(supervisor), plan.id, 'approve'));
    return added.resultId;
  };
  const balai = await approvedPlan('kabalai-mks', 'dirjen', {
    title: 'Terlaksananya layanan rehabilitasi sosial di Balai Makassar',
    unitTargetId: target.id,
    indicator: ['Penerima manfaat yang dilayani', '600', 'orang'],
  });
  const seksi = await approvedPlan(DEMO_SUPERVISOR, 'kabalai-mks', {
    title: 'Terlaksananya asesmen dan bimbingan klien rehabilitasi sosial',
    parentResultId: balai,
    indicator: ['Klien yang diasesmen', '300', 'orang'],
  });
  return approvedPlan(DEMO_EMPLOYEE, DEMO_SUPERVISOR, {
    title: 'Tersusunnya laporan asesmen klien',
    parentResultId: seksi,
    indicator: ['Laporan asesmen klien', '240', 'laporan'],
  });
}
