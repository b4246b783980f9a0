import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyDay } from '../../../src/modules/attendance/domain/day-classifier';
import { AttendanceDayCase, officeDayInput } from './attendance-fixture';

const fixture: { cases: AttendanceDayCase[] } = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/attendance-days.json'), 'utf8'));

describe('every case of test/fixtures/attendance-days.json', () => {
  it('has cases to check', () => {
    expect(fixture.cases.length).toBeGreaterThan(30);
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const day = classifyDay(officeDayInput(c));
    expect({ codes: day.codes, deductionPercent: day.deductionPercent }).toEqual(c.expected);
    expect(day.explanation.length).toBeGreaterThan(20);
  });
});
