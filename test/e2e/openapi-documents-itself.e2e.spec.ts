import * as fs from 'node:fs';
import * as path from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

interface Operation {
  summary?: string;
  description?: string;
  parameters?: Array<{ in: string; description?: string }>;
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

/** Every file name in the repository (outside dependencies), to check what the docs cite. */
function repositoryFiles(dir = path.join(__dirname, '../..'), out = new Set<string>()): Set<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') continue;
    if (entry.isDirectory()) repositoryFiles(path.join(dir, entry.name), out);
    else out.add(entry.name);
  }
  return out;
}

describe('the API documents itself', () => {
  let t: TestApp;
  let operations: Array<[string, Operation]>;
  let document: any;
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.get('/docs/openapi.json')).body;
    operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([p, item]) =>
      Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${p}`, op] as [string, Operation]),
    );
  });
  afterAll(() => t.close());

  it('every operation lists the problems it can answer as problem+json: 400 for input, 401/403 behind a token, 404 for an id in the path', () => {
    expect(operations.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const [name, op] of operations) {
      const expected: string[] = [];
      if ((op.parameters?.length ?? 0) > 0 || op.requestBody) expected.push('400');
      if (op.security?.length) expected.push('401', '403');
      if (name.includes('{')) expected.push('404');
      if (op.requestBody) expected.push('415');
      for (const status of expected) {
        if (op.responses[status]?.content?.['application/problem+json']?.schema === undefined) missing.push(`${name} ${status}`);
      }
    }
    expect(missing).toEqual([]);
    expect(document.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'detail', 'code']);
  });

  it('a documented 2xx body has a schema, and file downloads name their media type', () => {
    const withoutSchema = operations.flatMap(([name, op]) =>
      Object.entries(op.responses)
        .filter(([status, r]) => status.startsWith('2') && r.content && Object.values(r.content).some((c) => c.schema === undefined))
        .map(([status]) => `${name} ${status}`),
    );
    expect(withoutSchema).toEqual([]);
    const files: Record<string, string> = {
      'GET /api/v1/attendance/recap.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'GET /api/v1/periods/{month}/statements.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'GET /api/v1/periods/{month}/statements.csv': 'text/csv',
      'GET /api/v1/appraisals/{id}/document.pdf': 'application/pdf',
      'GET /api/v1/activities/{id}/evidence': 'application/pdf',
    };
    const byName = new Map(operations);
    for (const [name, type] of Object.entries(files)) {
      expect([name, byName.get(name)?.responses['200']?.content?.[type]?.schema]).toEqual([name, { type: 'string', format: 'binary' }]);
    }
  });

  it('every route of organization, identity, attendance and the platform documents its success body: a schema, a file media type, or 204 with none', () => {
    // /employees/{id}/… and /units/{id}/… are shared with other modules: only these sub-paths are ours.
    const prefixes = [
      '/positions',
      '/holidays',
      '/work-schedules',
      '/shifts',
      '/rosters',
      '/auth',
      '/me',
      '/attendance',
      '/absences',
      '/permits',
      '/audit-log',
      '/outbox',
      '/health',
    ];
    const shared = /^\/(units|employees)(\/\{id\}(\/(kelas-ceiling|work-schedule|status-changes|assignments(\/\{assignmentId\}(\/end)?)?|supervisor|roles(\/revoke)?|login))?)?$/;
    const ours = operations.filter(([name]) => {
      const route = name.slice(name.indexOf(' ') + 1).replace(/^\/api\/v1/, '');
      return shared.test(route) || prefixes.some((prefix) => route === prefix || route.startsWith(`${prefix}/`));
    });
    expect(ours.length).toBeGreaterThan(70);
    const undocumented = ours
      .filter(
        ([, op]) =>
          !Object.entries(op.responses).some(
            ([status, r]) =>
              status.startsWith('2') &&
              (r.content === undefined
                ? status === '204'
                : Object.entries(r.content).some(([type, c]) => c.schema !== undefined && (type !== 'application/json' || Object.keys(c.schema as object).length > 0))),
          ),
      )
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });

  it('summaries and descriptions cite no file the repository does not have', () => {
    const present = repositoryFiles();
    const cited = operations.flatMap(([name, op]) =>
      [op.summary, op.description, ...(op.parameters ?? []).map((p) => p.description)]
        .filter((text): text is string => typeof text === 'string')
        .flatMap((text) => [...text.matchAll(/\b[\w-]+\.(?:md|ts|js|json|ya?ml|sql)\b/g)].map((m) => [name, m[0]])),
    );
    expect(cited.filter(([, file]) => !present.has(file))).toEqual([]);
  });

  it('every activity, planning, appraisal and remuneration operation documents its 2xx body: a JSON schema, a file media type, or 204 No Content', () => {
    const prefixes = [
      '/api/v1/activity-catalog',
      '/api/v1/activities',
      '/api/v1/supervision/activities',
      '/api/v1/employees/{id}/achievement/',
      '/api/v1/units/{id}/achievement/',
      '/api/v1/unit-targets',
      '/api/v1/performance-plans',
      '/api/v1/appraisals',
      '/api/v1/employees/{employeeId}/',
      '/api/v1/units/{unitId}/',
      '/api/v1/allowance-tables',
      '/api/v1/remuneration-policies',
      '/api/v1/sanctions',
      '/api/v1/periods/',
      '/api/v1/employees/{id}/statements/',
      '/api/v1/payroll/',
    ];
    const ours = operations.filter(([name]) => prefixes.some((prefix) => name.split(' ')[1].startsWith(prefix)));
    expect(ours.length).toBeGreaterThanOrEqual(72);
    const undocumented = ours
      .filter(([, op]) =>
        Object.entries(op.responses).every(([status, r]) => {
          if (!status.startsWith('2')) return true;
          if (status === '204') return false;
          const media = Object.entries(r.content ?? {});
          const described = ([type, c]: [string, { schema?: any }]) =>
            type === 'application/json' ? c.schema !== undefined && (c.schema.$ref !== undefined || c.schema.type !== undefined) : c.schema?.format === 'binary';
          return media.length === 0 || !media.every(described);
        }),
      )
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});
