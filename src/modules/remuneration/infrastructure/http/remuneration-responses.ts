import type { SchemaObject } from '@nestjs/swagger';

const str = (description?: string): SchemaObject => ({ type: 'string', ...(description ? { description } : {}) });
// OpenAPI 3.0 has no null type: a nullable enum lists null among its values, or null is not valid.
const nullable = (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true, ...(schema.enum ? { enum: [...(schema.enum as unknown[]), null] } : {}) });
const int: SchemaObject = { type: 'integer' };
const object = (properties: Record<string, SchemaObject>, description?: string): SchemaObject => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...(description ? { description } : {}),
});
const list = (items: SchemaObject): SchemaObject => ({ type: 'array', items });
const decimals = (description: string): SchemaObject => ({ type: 'object', additionalProperties: { type: 'string' }, description });

/** The `{items, next}` page every listing answers; `next` is the cursor of the following page, null on the last. */
export const page = (items: SchemaObject): SchemaObject => object({ items: list(items), next: nullable(str('cursor of the next page')) });

export const SANCTION = object({
  id: { type: 'string', format: 'uuid' },
  employeeId: { type: 'string', format: 'uuid' },
  percent: str('deducted in every month covered, e.g. "25"'),
  startMonth: str('YYYY-MM'),
  months: int,
  endMonth: str('YYYY-MM, the last month covered'),
  decreeNumber: str(),
  reason: str(),
});

export const ALLOWANCE_TABLE = object({
  id: { type: 'string', format: 'uuid' },
  regulation: str('e.g. "Perpres 71/2023"'),
  effectiveFrom: { type: 'string', format: 'date' },
  baseAmounts: { type: 'object', additionalProperties: { type: 'integer' }, description: 'whole rupiah per kelas "1"–"17"' },
});

export const REMUNERATION_POLICY = object({
  id: { type: 'string', format: 'uuid' },
  version: int,
  effectiveFrom: { type: 'string', format: 'date' },
  statusFactors: decimals('share of the base paid per day in each employment status, 0–1'),
  pltShare: str('share of the acting position base a Plt earns on top, 0–1'),
  performanceSharePercent: str(),
  deductionCapPercent: str(),
  dailyTargetMinutes: int,
  dailyCapMinutes: int,
  ratingMultipliers: decimals('multiplier of the performance factor per predikat, 0–1'),
  unratedMultiplier: str(),
  closeSchedule: object({ dayOfNextMonth: int, time: str('HH:mm'), timeZone: str('IANA time zone') }),
});

export const PERIOD = object({
  month: str('YYYY-MM'),
  status: { type: 'string', enum: ['OPEN', 'CLOSING', 'CLOSED'] },
  closedAt: nullable({ type: 'string', format: 'date-time' }),
  statementCount: int,
  staleCount: { type: 'integer', description: 'employees whose statement a later correction made stale; POST /periods/{month}/recompute issues their next version' },
});

export const CLOSE_BEGUN = object(
  { month: str('YYYY-MM'), status: { type: 'string', enum: ['OPEN', 'CLOSING', 'CLOSED'] } },
  'CLOSING while the close runs in the background; CLOSED when it had already finished',
);

export const RECOMPUTED = object({
  month: str('YYYY-MM'),
  stale: { type: 'integer', description: 'stale statements found' },
  recomputed: { type: 'integer', description: 'new versions issued' },
});

/** The API's Statement (api.md): one version of one employee's allowance for one month; amounts in whole rupiah. */
export const STATEMENT = object({
  statementId: { type: 'string', format: 'uuid' },
  employee: object({ id: { type: 'string', format: 'uuid' }, nip: str(), name: str() }),
  unit: nullable(object({ id: { type: 'string', format: 'uuid' }, code: nullable(str()) })),
  version: int,
  month: str('YYYY-MM'),
  currency: { type: 'string', enum: ['IDR'] },
  gross: int,
  lines: list(object({ code: str('the deduction line'), percent: str('without trailing zeros, e.g. "6.5"'), amount: int })),
  net: int,
  previousNet: nullable(int),
  delta: int,
  flags: list({ type: 'string', enum: ['NOT_RATED', 'UNREVIEWED_ACTIVITIES'] }),
  inputs: {
    type: 'object',
    description: 'everything the computation used (days, kelas, status, achievement, rating, sanctions, policy, allowance tables) and facts: where each number came from',
  },
});

const explained = object({ amount: int, text: str() });
export const STATEMENT_EXPLANATION = object({
  gross: explained,
  lines: list(object({ code: str(), percent: str(), amount: int, text: str() })),
  net: explained,
  days: list(object({ date: { type: 'string', format: 'date' }, kelas: nullable(int), status: nullable(str()), pltKelas: nullable(int), text: str() })),
});

export const PAYROLL_EVENTS = object({
  events: list(
    object(
      {
        specversion: { type: 'string', enum: ['1.0'] },
        id: str(),
        source: str(),
        type: str('allowance-posted or allowance-adjusted'),
        subject: nullable(str()),
        time: { type: 'string', format: 'date-time' },
        datacontenttype: { type: 'string', enum: ['application/json'] },
        data: { type: 'object', description: 'the statement version' },
      },
      'a CloudEvent',
    ),
  ),
  next: nullable(str('the feed position to ask after next time')),
});

const WEBHOOK_FIELDS = { id: { type: 'string', format: 'uuid' }, url: str(), createdAt: { type: 'string', format: 'date-time' } } satisfies Record<string, SchemaObject>;
export const WEBHOOK = object(WEBHOOK_FIELDS);
export const REGISTERED_WEBHOOK = object({ ...WEBHOOK_FIELDS, secret: str('the signing secret, shown only in this answer') });

export const WEBHOOK_DELIVERY = object({
  id: { type: 'string', format: 'uuid' },
  eventId: str(),
  eventType: str(),
  subject: nullable(str()),
  status: { type: 'string', enum: ['PENDING', 'DELIVERED', 'DEAD'] },
  attempts: int,
  nextAttemptAt: nullable({ type: 'string', format: 'date-time' }),
  lastStatusCode: nullable(int),
  lastError: nullable(str()),
  deliveredAt: nullable({ type: 'string', format: 'date-time' }),
  deadLetteredAt: nullable({ type: 'string', format: 'date-time' }),
  createdAt: { type: 'string', format: 'date-time' },
});

export const REPLAY_OUTCOME = object({
  webhookId: { type: 'string', format: 'uuid' },
  after: nullable(str()),
  enqueued: int,
  next: nullable(str('the feed position the replay reached')),
});
