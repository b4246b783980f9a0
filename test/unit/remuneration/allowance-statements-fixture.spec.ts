import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeStatement } from '../../../src/modules/remuneration/domain/allowance-statement';
import { EntitlementSteps } from '../../../src/modules/remuneration/domain/gross-allowance';
import { Predikat } from '../../../src/modules/remuneration/domain/predikat';
import { statementInputs } from './statement-inputs.builder';

interface FixtureCase extends EntitlementSteps {
  name: string;
  month: string;
  attendancePercent: string;
  leavePercent: string;
  activityAchievement: string;
  rating: Predikat | null;
  sanctionPercent: string;
  expected: { grossAmount: number; lines: { code: string; percent: string; amount: number }[]; net: number };
}

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/allowance-statements.json'), 'utf8')) as { cases: FixtureCase[] };

describe('test/fixtures/allowance-statements.json through the remuneration domain', () => {
  it('has cases to run', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const sanctions = c.sanctionPercent === '0' ? [] : [{ percent: c.sanctionPercent, startMonth: c.month, months: 1, decreeNumber: 'fixture', reason: 'fixture' }];
    const inputs = statementInputs(c.month, c, {
      attendancePercent: c.attendancePercent,
      leavePercent: c.leavePercent,
      activity: { achievement: c.activityAchievement },
      rating: c.rating,
      sanctions,
    });

    const statement = computeStatement(inputs);

    expect({
      grossAmount: statement.grossAmount.toJSONInteger(),
      lines: statement.lines.map((l) => ({ code: l.code, percent: l.percent.toString(), amount: l.amount.toJSONInteger() })),
      net: statement.net.toJSONInteger(),
    }).toEqual(c.expected);
  });
});
