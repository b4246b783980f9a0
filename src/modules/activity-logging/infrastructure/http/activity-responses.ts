import type { SchemaObject } from '@nestjs/swagger';

const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const int: SchemaObject = { type: 'integer' };
const str = (description?: string): SchemaObject => ({ type: 'string', ...(description ? { description } : {}) });
// OpenAPI 3.0 has no null type: a nullable enum lists null among its values, or null is not valid.
const nullable = (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true, ...(schema.enum ? { enum: [...(schema.enum as unknown[]), null] } : {}) });
const object = (properties: Record<string, SchemaObject>, description?: string): SchemaObject => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
  ...(description ? { description } : {}),
});
const list = (items: SchemaObject): SchemaObject => ({ type: 'array', items });
const page = (items: SchemaObject, extra: Record<string, SchemaObject> = {}): SchemaObject =>
  object({ items: list(items), next: nullable(str('cursor of the next page')), ...extra });
const STATUS: SchemaObject = { type: 'string', enum: ['SUBMITTED', 'APPROVED', 'REJECTED'] };

export const CATALOG_ITEM = object({
  id: uuid,
  code: str(),
  name: str(),
  outputUnit: str(),
  minutesPerUnit: int,
  unitId: nullable({ ...uuid, description: 'null: the global catalogue' }),
});
export const CATALOG_PAGE = page(CATALOG_ITEM);

const ACTIVITY_FIELDS = {
  id: uuid,
  employeeId: uuid,
  date: { type: 'string', format: 'date' },
  startTime: str('HH:mm'),
  endTime: str('HH:mm'),
  catalogCode: str(),
  minutesPerUnit: int,
  quantity: str('decimal string'),
  claimedMinutes: int,
  description: str(),
  resultId: nullable(uuid),
  additionalTask: { type: 'boolean' },
  evidenceUrl: nullable(str()),
  evidenceFile: { type: 'boolean', description: 'a file was uploaded (GET /activities/{id}/evidence)' },
  status: STATUS,
  submittedAt: { type: 'string', format: 'date-time' },
  approvedQuantity: nullable(str('decimal string')),
  approvedMinutes: { type: 'integer', description: '0 until approved' },
  reviewNote: nullable(str()),
  rejectionReason: nullable(str()),
  reviewedBy: nullable(uuid),
  reviewedAt: nullable({ type: 'string', format: 'date-time' }),
} satisfies Record<string, SchemaObject>;
export const ACTIVITY = object(ACTIVITY_FIELDS);
export const ACTIVITY_PAGE = page(ACTIVITY);
export const LOGGED_ACTIVITY = object({ id: uuid, status: STATUS, claimedMinutes: int });
export const IMPORT_OUTCOME = object({
  accepted: { type: 'integer', description: 'rows stored' },
  rejected: list(object({ index: { type: 'integer', description: 'position in the body' }, code: str('the error code'), detail: str() })),
});

const INBOX_EMPLOYEE = object({ id: uuid, nip: str(), name: str() });
export const INBOX_PAGE = page(object({ ...ACTIVITY_FIELDS, employee: INBOX_EMPLOYEE }), {
  byEmployee: list(object({ employee: INBOX_EMPLOYEE, activityIds: list(uuid), claimedMinutes: int }, 'the page grouped per person')),
});
export const REVIEWED_ACTIVITIES = object({ items: list(ACTIVITY) });
export const TEAM = object({
  month: str('YYYY-MM'),
  items: list(
    object({
      employee: INBOX_EMPLOYEE,
      from: { type: 'string', format: 'date', description: 'the first day of the month you supervise them' },
      to: { type: 'string', format: 'date', description: 'the last day of the month you supervise them' },
    }),
  ),
});

const TOTALS = {
  obligedDays: int,
  targetMinutes: int,
  approvedMinutes: int,
  pendingMinutes: int,
} satisfies Record<string, SchemaObject>;
export const EMPLOYEE_ACHIEVEMENT = object({
  employeeId: uuid,
  month: str('YYYY-MM'),
  ...TOTALS,
  achievement: str('decimal 0–1, 4 places'),
  unreviewedActivities: int,
  monthClosed: { type: 'boolean' },
});
const UNIT_TOTALS = {
  unitId: uuid,
  ...TOTALS,
  achievement: nullable(str('decimal 0–1 over the subtree, minutes weighed; null when nobody had a fact')),
  employees: { type: 'integer', description: 'distinct employees with a fact in the subtree' },
} satisfies Record<string, SchemaObject>;
export const UNIT_ACHIEVEMENT = object({
  month: str('YYYY-MM'),
  ...UNIT_TOTALS,
  children: list(object({ ...UNIT_TOTALS, children: list({ type: 'object', description: 'the same shape, one level further down' }) }, 'one per direct sub-unit')),
});

export const REALISATION = object({
  planId: uuid,
  version: nullable({ type: 'integer', description: 'the approved version; null when none is approved' }),
  from: { type: 'string', format: 'date' },
  to: { type: 'string', format: 'date' },
  results: list(
    object({
      resultId: uuid,
      title: str(),
      approvedQuantity: str('decimal string'),
      approvedMinutes: int,
      activities: int,
      indicators: list(
        object({
          aspect: { type: 'string', enum: ['QUANTITY', 'QUALITY', 'TIME'] },
          name: str(),
          target: str(),
          unit: str(),
          realised: nullable(str('approved output, QUANTITY only')),
          ratio: nullable(str('realised / target, QUANTITY only')),
        }),
      ),
    }),
  ),
});
