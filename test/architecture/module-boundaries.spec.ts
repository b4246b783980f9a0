import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

/**
 * The boundaries of docs/architecture.md are dependency-cruiser rules in .dependency-cruiser.js. They are checked
 * on the real tree and on a fixture tree where each rule has a planted violation in a file named after it, so a
 * rule that stops biting fails here by name.
 */

const REPO = path.join(__dirname, '..', '..');
const FIXTURE = path.join(__dirname, 'fixtures', 'violating-tree');

interface Violation {
  rule: string;
  from: string;
  to: string;
}

interface Cruise {
  cruised: number;
  violations: Violation[];
}

interface CruiseResult {
  summary: { totalCruised: number; violations: { rule: { name: string }; from: string; to: string }[] };
}

/**
 * The CLI, not the API: dependency-cruiser is ESM-only and Jest's module loader cannot import it. Run from `cwd`
 * so that paths read `src/…` in the real tree and the fixture alike, which is what the rules match on.
 */
async function cruise(cwd: string): Promise<Cruise> {
  const cli = path.join(REPO, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const config = path.join(REPO, '.dependency-cruiser.js');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'src', '--config', config, '--output-type', 'json'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  const { summary } = JSON.parse(stdout) as CruiseResult;
  return {
    cruised: summary.totalCruised,
    violations: summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to })),
  };
}

/** What the fixture plants, one per file; `to` is a substring, as packages resolve to paths inside node_modules. */
const PLANTED: Violation[] = [
  { rule: 'module-not-to-other-module-internals', from: 'src/modules/a/application/module-not-to-other-module-internals.ts', to: 'src/modules/b/domain/thing.ts' },
  {
    rule: 'module-not-to-other-module-internals',
    from: 'src/modules/a/infrastructure/http/module-not-to-other-module-internals.controller.ts',
    to: 'src/modules/b/application/commands/make-thing.ts',
  },
  { rule: 'no-circular-between-modules', from: 'src/modules/a/public/no-circular-between-modules.ts', to: 'src/modules/b/public/no-circular-between-modules.ts' },
  {
    rule: 'application-not-to-infrastructure',
    from: 'src/modules/a/application/application-not-to-infrastructure.ts',
    to: 'src/modules/a/infrastructure/persistence/a.repository.ts',
  },
  { rule: 'domain-not-to-other-modules', from: 'src/modules/a/domain/domain-not-to-other-modules.ts', to: 'src/modules/b/public/b.facade.ts' },
  { rule: 'domain-not-to-outer-layers', from: 'src/modules/a/domain/domain-not-to-outer-layers.ts', to: 'src/platform/clock-source.ts' },
  { rule: 'pure-code-not-to-framework-packages', from: 'src/modules/a/domain/pure-code-not-to-framework-packages.ts', to: 'node_modules/class-validator/' },
  { rule: 'pure-code-not-to-framework-packages', from: 'src/shared-kernel/pure-code-not-to-framework-packages.ts', to: 'node_modules/@nestjs/common/' },
  { rule: 'pure-code-not-to-io-builtins', from: 'src/modules/a/domain/pure-code-not-to-io-builtins.ts', to: 'fs' },
  { rule: 'shared-kernel-not-to-outer-code', from: 'src/shared-kernel/shared-kernel-not-to-outer-code.ts', to: 'src/platform/clock-source.ts' },
  { rule: 'platform-not-to-modules', from: 'src/platform/platform-not-to-modules.ts', to: 'src/modules/b/domain/thing.ts' },
  { rule: 'demo-not-to-module-infrastructure', from: 'src/demo/demo-not-to-module-infrastructure.ts', to: 'src/modules/b/infrastructure/persistence/thing.repository.ts' },
  { rule: 'not-to-unresolvable', from: 'src/not-to-unresolvable.ts', to: './modules/a/nowhere' },
];

describe('architecture: module boundaries (dependency-cruiser)', () => {
  let fixture: Cruise;
  let real: Cruise;
  // Both cruises at once: each is mostly start-up and file reading.
  beforeAll(async () => {
    [fixture, real] = await Promise.all([cruise(FIXTURE), cruise(REPO)]);
  }, 120_000);

  describe('the fixture tree: every rule bites', () => {
    it.each(PLANTED)('$rule: $from', ({ rule, from, to }) => {
      expect(fixture.violations).toContainEqual({ rule, from, to: expect.stringContaining(to) });
    });

    it('reports nothing but the planted violations (the allowed imports beside them pass)', () => {
      const reported = fixture.violations.map((v) => `${v.rule} ${v.from}`).sort();
      expect(reported).toEqual(PLANTED.map((v) => `${v.rule} ${v.from}`).sort());
    });

    it('every rule of the config has a planted violation', () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, as the CLI loads it
      const config = require(path.join(REPO, '.dependency-cruiser.js')) as { forbidden: { name: string }[] };
      expect(new Set(PLANTED.map((v) => v.rule))).toEqual(new Set(config.forbidden.map((r) => r.name)));
    });
  });

  it('the real tree has no violations', () => {
    const { cruised, violations } = real;
    expect(cruised).toBeGreaterThan(200);
    expect(violations).toEqual([]);
  });
});
