import { ApiResponse, startTestApp, TestApp } from '../support/test-app';

/**
 * Sends malformed requests to every route the OpenAPI document lists, as HR admin and anonymously.
 * Whatever the input, the API must answer with a 2xx or a problem+json 4xx: a 5xx is a bug.
 *
 * The run is reproducible from its seed: `FUZZ_SEED=<seed> npx jest test/e2e/fuzz`. The suite uses a
 * fixed seed so that CI is deterministic; `FUZZ_SEED=random` explores new inputs while developing.
 */

const DEFAULT_SEED = 20261128;
const SEED = process.env.FUZZ_SEED === 'random' ? (Math.random() * 2 ** 32) >>> 0 : process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) >>> 0 : DEFAULT_SEED;
const MIN_REQUESTS = 1000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Schema {
  type?: string;
  $ref?: string;
  enum?: Json[];
  example?: Json;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | null;
}

interface FuzzCase {
  label: string;
  path: string;
  query?: string;
  payload?: string;
  headers?: Record<string, string>;
}

/** mulberry32: a tiny PRNG, so one 32-bit seed replays the whole run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(this.int(0, copy.length - 1), 1)[0]);
    return out;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = ((this.int(0, 15) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
  date(): string {
    return `${this.int(1990, 2040)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }
}

const HUGE = 'x'.repeat(100_000);

/** Strings a careless parser, query builder or encoder trips over. */
const NASTY_STRINGS = [
  '',
  ' ',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  'true',
  "' OR 1=1 --",
  '"; DROP TABLE units; --',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '😀'.repeat(50),
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '0000-00-00',
  '25:61',
  '00000000-0000-0000-0000-000000000000',
  'Asia/Nowhere',
  HUGE,
];

const WRONG_VALUES: Json[] = [0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, true, false, null, {}, { a: 1 }, [], ['x'], [null], '', 'not-the-right-thing', HUGE];

const PATH_JUNK = [
  'not-a-uuid',
  '0',
  '-1',
  '1.5',
  'null',
  'x'.repeat(300),
  '%00',
  '%zz',
  '%',
  '..%2F..%2Fetc',
  "'%20OR%201=1--",
  '%F0%9F%98%80',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '{00000000-0000-0000-0000-000000000000}',
  '12345678-1234-1234-1234-1234567890abc',
];

const INVALID_JSON = [
  '{bad',
  '{"a":',
  '[1,',
  'nul',
  '{"a":1}}',
  "{'a':1}",
  '{"a":1,}',
  '\u0000',
  '\ufeff{}',
  '{"a":"\\x00"}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
];

const NON_OBJECT_JSON: Json[] = [[], [{}], [1, 2, 3], 'a string', 42, -1.5, null, true, false];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zzz',
  'application/octet-stream',
  'application/json; charset=latin1',
  'application/jsonx',
  'image/png',
];

function deepObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function deepArray(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

function operationsOf(doc: { paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({ method: method.toUpperCase(), path, parameters: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema ?? null });
    }
  }
  return ops;
}

class Generator {
  /** Ids of things that exist: random UUIDs alone would stop nearly every request at a 404. */
  private readonly knownIds: string[] = [];

  constructor(
    private readonly rnd: Random,
    private readonly schemas: Record<string, Schema>,
  ) {}

  remember(body: unknown): void {
    const records = Array.isArray((body as { items?: unknown })?.items) ? (body as { items: unknown[] }).items : [body];
    for (const record of records) {
      const id = (record as { id?: unknown })?.id;
      if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && !this.knownIds.includes(id)) this.knownIds.push(id);
    }
  }

  id(): string {
    return this.knownIds.length > 0 && this.rnd.chance(0.6) ? this.rnd.pick(this.knownIds) : this.rnd.uuid();
  }

  resolve(schema: Schema): Schema {
    return schema.$ref ? this.resolve(this.schemas[schema.$ref.replace('#/components/schemas/', '')]) : schema;
  }

  /** A value the validators would probably accept, so that some requests get past validation into the handlers. */
  plausible(name: string, raw: Schema, depth = 0): Json {
    const schema = this.resolve(raw);
    if (schema.enum) return this.rnd.pick(schema.enum);
    if (schema.example !== undefined && this.rnd.chance(0.7)) return schema.example;
    if (/id$/i.test(name)) return schema.nullable && this.rnd.chance(0.3) ? null : this.id();
    if (/date$|since$|^(from|to)$/i.test(name)) return this.rnd.chance(0.2) && schema.nullable ? null : this.rnd.date();
    if (/month$/i.test(name)) return this.rnd.date().slice(0, 7);
    if (/zone$/i.test(name)) return this.rnd.pick(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
    if (/^(start|end|break(start|end)?|time)$/i.test(name)) return `${String(this.rnd.int(0, 23)).padStart(2, '0')}:${String(this.rnd.int(0, 59)).padStart(2, '0')}`;
    if (/nip|username/i.test(name))
      return `19${this.rnd.int(60, 99)}0${this.rnd.int(1, 9)}1${this.rnd.int(0, 9)}20${this.rnd.int(10, 24)}0${this.rnd.int(1, 9)}${this.rnd.int(1, 2)}00${this.rnd.int(1, 9)}`;
    switch (schema.type) {
      case 'number':
      case 'integer':
        return this.rnd.int(schema.minimum ?? 0, schema.maximum ?? 1000);
      case 'boolean':
        return this.rnd.chance(0.5);
      case 'array':
        return depth > 3 ? [] : Array.from({ length: this.rnd.int(1, 3) }, () => this.plausible(name, schema.items ?? {}, depth + 1));
      case 'object':
        if (schema.nullable && !schema.properties) return null;
        return depth > 3 ? {} : this.plausibleObject(schema, depth + 1);
      default:
        return this.rnd.pick(['Dinas Sosial', 'A-01', 'Passw0rd-Passw0rd', 'Lorem ipsum']);
    }
  }

  plausibleObject(raw: Schema, depth = 0): Record<string, Json> {
    const schema = this.resolve(raw);
    const out: Record<string, Json> = {};
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      if ((schema.required ?? []).includes(name) || this.rnd.chance(0.5)) out[name] = this.plausible(name, prop, depth);
    }
    return out;
  }

  junk(): string {
    return this.rnd.pick(NASTY_STRINGS);
  }

  wrongValue(): Json {
    return this.rnd.pick(WRONG_VALUES);
  }
}

/** Percent-encodes like encodeURIComponent, but a lone surrogate becomes U+FFFD instead of throwing. */
function encode(value: string): string {
  return encodeURIComponent(Buffer.from(value, 'utf8').toString('utf8'));
}

/** A plausible value as it goes into a path or query string. */
const asText = (value: Json): string => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));

/** The request shapes to try against one operation; every case is later sent with and without a token. */
function casesFor(op: Operation, gen: Generator, rnd: Random): FuzzCase[] {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const validPath = () => pathParams.reduce((path, p) => path.replace(`{${p.name}}`, encode(asText(gen.plausible(p.name, p.schema ?? {})))), op.path);
  const cases: FuzzCase[] = [];
  const add = (label: string, c: Omit<FuzzCase, 'label' | 'path'> & { path?: string } = {}) => cases.push({ label, path: c.path ?? validPath(), ...c });

  for (const p of pathParams) {
    for (const junk of PATH_JUNK) {
      const path = pathParams.reduce((acc, q) => acc.replace(`{${q.name}}`, q === p ? junk : encode(asText(gen.plausible(q.name, q.schema ?? {})))), op.path);
      add(`path ${p.name}=${junk.slice(0, 40)}`, { path });
    }
  }

  const validQuery = () =>
    queryParams
      .filter((p) => p.required || rnd.chance(0.4))
      .map((p) => `${p.name}=${encode(asText(gen.plausible(p.name, p.schema ?? {})))}`)
      .join('&');
  add('plausible query', { query: validQuery() });
  for (const p of queryParams) {
    const junk = gen.junk();
    add(`query ${p.name}=${junk.slice(0, 40)}`, { query: `${p.name}=${encode(junk)}` });
    add(`query ${p.name} repeated`, { query: `${p.name}=${encode(gen.junk())}&${p.name}=${encode(gen.junk())}` });
    add(`query ${p.name}[] bracket`, { query: `${p.name}[]=1&${p.name}[x]=2` });
  }
  add('query unknown parameter', { query: `${encode(gen.junk().slice(0, 50) || 'x')}=${encode(gen.junk())}&__proto__=1` });
  add('query raw junk', { query: rnd.pick(['%zz', '&&&==', '=', '%00=%00', 'a=%E0%A4%A', encode(HUGE)]) });
  add('odd headers', {
    headers: {
      'accept-language': rnd.pick(['id', 'zz-ZZ', '*', ';;;', 'id;q=abc', HUGE.slice(0, 5000)]),
      'idempotency-key': rnd.pick(['', ' ', 'x'.repeat(201), '\u00ff', 'k']),
      'x-request-id': rnd.pick(['../../x', '', 'a'.repeat(500), 'ok-id']),
    },
  });

  if (op.body === null) return cases;
  const body = gen.resolve(op.body);
  const properties = Object.entries(body.properties ?? {});
  const json = (value: unknown, label: string) => add(label, { payload: JSON.stringify(value) });

  for (let i = 0; i < 3; i++) json(gen.plausibleObject(body), 'plausible body');
  for (const [name] of properties) {
    for (const wrong of WRONG_VALUES) {
      json({ ...gen.plausibleObject(body), [name]: wrong }, `${name} := ${JSON.stringify(wrong).slice(0, 40)}`);
    }
    json({ ...gen.plausibleObject(body), [name]: gen.junk() }, `${name} := nasty string`);
  }
  for (const name of body.required ?? []) {
    const value = gen.plausibleObject(body);
    delete value[name];
    json(value, `missing required ${name}`);
  }
  json({}, 'empty object');
  json(Object.fromEntries(properties.map(([name]) => [name, HUGE])), 'every field 100k chars');
  json({ ...gen.plausibleObject(body), [gen.junk().slice(0, 30) || 'unknown']: gen.wrongValue() }, 'unknown field');
  const deepTarget = properties.length > 0 ? rnd.pick(properties)[0] : 'a';
  const depth = rnd.pick([100, 5_000, 50_000]);
  add(`deep object in ${deepTarget} (${depth})`, { payload: `{"${deepTarget}":${deepObject(depth)}}` });
  add(`deep array body (${depth})`, { payload: deepArray(depth) });
  add(`deep object body (${depth})`, { payload: deepObject(depth) });
  for (const value of rnd.sample(NON_OBJECT_JSON, 3)) json(value, `non-object body ${JSON.stringify(value)}`);
  for (const text of rnd.sample(INVALID_JSON, 3)) add(`invalid JSON ${JSON.stringify(text)}`, { payload: text });
  add('empty body', { payload: '' });
  for (const type of rnd.sample(WRONG_CONTENT_TYPES, 2)) {
    add(`content-type ${type}`, { payload: JSON.stringify(gen.plausibleObject(body)), headers: { 'content-type': type } });
  }
  return cases;
}

/** A small organisation whose ids the fuzzer reuses, so requests reach the handlers' lookups and rules. */
async function seedOrganization(t: TestApp, token: string): Promise<string[]> {
  const create = async (path: string, body: unknown): Promise<string> => {
    const res = await t.post(path, body, token);
    if (res.status !== 201) throw new Error(`seeding ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const ministry = await create('/api/v1/units', { code: 'KEMENSOS', name: 'Kementerian Sosial', type: 'MINISTRY', parentId: null, timeZone: 'Asia/Jakarta', isSatker: true });
  const unit = await create('/api/v1/units', { code: 'BALAI-MKS', name: 'Balai Makassar', type: 'UPT', parentId: ministry, timeZone: 'Asia/Makassar', isSatker: true });
  const head = await create('/api/v1/positions', { code: 'KABALAI', name: 'Kepala Balai', kind: 'ADMINISTRATOR', kelas: 12, unitId: unit, parentPositionId: null });
  const staff = await create('/api/v1/positions', { code: 'STAF', name: 'Staf', kind: 'PELAKSANA', kelas: 6, unitId: unit, parentPositionId: head });
  const employee = await create('/api/v1/employees', { nip: '198507142010011003', name: 'Siti Rahma', status: 'PNS', statusSince: '2010-01-01', password: 'Fuzz-Passw0rd-1' });
  const assignment = await create(`/api/v1/employees/${employee}/assignments`, { positionId: staff, type: 'DEFINITIVE', startDate: '2020-01-01' });
  const holiday = await create('/api/v1/holidays', { date: '2026-08-17', name: 'Hari Kemerdekaan' });
  const shift = await create('/api/v1/shifts', { code: 'MALAM', name: 'Shift malam', start: '22:00', end: '06:00', breakMinutes: 60 });
  return [ministry, unit, head, staff, employee, assignment, holiday, shift];
}

/** Why this response breaks the contract, or null when it keeps it. */
function defectOf(res: ApiResponse): string | null {
  if (res.status >= 500) return `status ${res.status}`;
  if (res.status < 400) return null;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `${res.status} with content-type "${type}"`;
  const body = res.body as Record<string, unknown> | null;
  if (typeof body !== 'object' || body === null) return `${res.status} with a body that is not a JSON object`;
  if (body.status !== res.status) return `${res.status} with problem status ${JSON.stringify(body.status)}`;
  for (const field of ['code', 'title', 'detail']) {
    if (typeof body[field] !== 'string' || body[field] === '') return `${res.status} without a problem "${field}"`;
  }
  return null;
}

describe('fuzz: malformed requests to every route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers every one with a 2xx or a problem+json 4xx, never a 5xx', async () => {
    console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} npx jest test/e2e/fuzz)`);
    const started = Date.now();
    const rnd = new Random(SEED);
    const doc = (await t.get('/docs/openapi.json')).body;
    const gen = new Generator(rnd, doc.components?.schemas ?? {});
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThan(30);

    const token = await t.adminToken();
    for (const id of await seedOrganization(t, token)) gen.remember({ id });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const op of operations) {
      for (const c of casesFor(op, gen, rnd)) {
        const url = c.query ? `${c.path}?${c.query}` : c.path;
        for (const [who, auth] of [
          ['admin', token],
          ['anonymous', undefined],
        ] as const) {
          let defect: string | null;
          let res: ApiResponse | null = null;
          try {
            res = await t.request(op.method, url, { body: c.payload, token: auth, headers: c.headers });
            defect = defectOf(res);
          } catch (err) {
            defect = `request failed: ${(err as Error).message}`;
          }
          sent++;
          if (res) statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res && res.status < 300) gen.remember(res.body);
          if (defect) {
            const body = res ? JSON.stringify(res.body).slice(0, 300) : '';
            failures.push(`${op.method} ${url.slice(0, 150)} [${who}] ${c.label}: ${defect} ${body}`);
          }
        }
      }
    }

    const histogram = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(`fuzz seed ${SEED}: ${sent} requests over ${operations.length} operations in ${Date.now() - started} ms; ${histogram}`);
    expect({ seed: SEED, failures: failures.slice(0, 50), failureCount: failures.length }).toEqual({ seed: SEED, failures: [], failureCount: 0 });
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
    // The work is fixed (every case of every operation); the limit only stops a hung run. On two cores beside
    // the rest of the suite the ~13,000 requests take 70–150 s, so the limit is not a timing assertion.
  }, 600_000);
});
