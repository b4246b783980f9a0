import * as fs from 'node:fs';
import * as path from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';
import { OrgBuilder } from '../support/org-builder';

interface DayCase {
  name: string;
  date: string;
  timeZone: string;
  holidays: string[];
  absences: Array<{ type: string; startDate: string; endDate: string }>;
  clockEvents: Array<{ at: string; direction?: 'IN' | 'OUT' }>;
  expected: { codes: string[]; deductionPercent: string };
}

const fixture: { cases: DayCase[] } = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/attendance-days.json'), 'utf8'));

/**
 * Every case of rules.md §2 in test/fixtures/attendance-days.json, end to end: one employee per case in a unit
 * of the case's zone, its events imported and its absences recorded through the API, its day read back.
 */
describe('attendance-days.json through the API', () => {
  let t: TestApp;
  let admin: string;
  const employeeOf = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    const org = new OrgBuilder(t, admin);
    const root = await org.unit('ROOT', null);
    const positionOf = new Map<string, string>();
    for (const zone of new Set(fixture.cases.map((c) => c.timeZone))) {
      const unit = await org.unit(zone.replace('/', '-').toUpperCase(), root.id, { timeZone: zone });
      positionOf.set(zone, (await org.position(`P-${unit.id.slice(0, 8)}`, unit.id, null)).id);
    }
    for (const date of new Set(fixture.cases.flatMap((c) => c.holidays))) {
      expect((await t.post('/api/v1/holidays', { date, name: 'Libur nasional' }, admin)).status).toBe(201);
    }
    for (const c of fixture.cases) {
      const employee = await org.employee(c.name, { password: null });
      await org.assign(employee.id, positionOf.get(c.timeZone)!);
      employeeOf.set(c.name, employee.id);
      const rows = c.clockEvents.map((e) => ({ nip: employee.nip, at: e.at, ...(e.direction ? { direction: e.direction } : {}) }));
      const imported = await t.post('/api/v1/attendance/clock-events/import', rows, admin);
      expect(imported.body).toEqual({ accepted: rows.length, duplicates: 0, rejected: [] });
      for (const a of c.absences) {
        const res = await t.post('/api/v1/absences', { employeeId: employee.id, ...a, reason: 'recorded by HR' }, admin);
        expect(res.status).toBe(201);
      }
    }
  }, 60_000);
  afterAll(() => t.close());

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await t.get(`/api/v1/attendance/days?employeeId=${employeeOf.get(c.name)}&month=${c.date.slice(0, 7)}`, admin);
    expect(res.status).toBe(200);
    const day = res.body.find((d: any) => d.date === c.date);
    expect({ codes: day.codes, deductionPercent: day.deductionPercent }).toEqual(c.expected);
    expect(day.explanation.length).toBeGreaterThan(20);
  });
});
