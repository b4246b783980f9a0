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
const page = (items: SchemaObject): SchemaObject => object({ items: list(items), next: nullable(str('cursor of the next page')) });

export const UNIT_TARGET = object({
  id: uuid,
  unitId: uuid,
  year: int,
  kind: { type: 'string', enum: ['RKAKL_OUTPUT', 'IKU'] },
  code: str(),
  name: str(),
  volume: str('decimal string'),
  outputUnit: str(),
  budget: nullable({ type: 'integer', description: 'whole rupiah; null for an IKU' }),
});
export const UNIT_TARGET_PAGE = page(UNIT_TARGET);

const RESULT = object({
  id: uuid,
  title: str(),
  parentResultId: nullable({ ...uuid, description: "the supervisor's RHK it is cascaded from" }),
  unitTargetId: nullable({ ...uuid, description: 'the unit target it is cascaded from (a unit head)' }),
  indicators: list(object({ aspect: { type: 'string', enum: ['QUANTITY', 'QUALITY', 'TIME'] }, name: str(), target: str(), unit: str() })),
});

const PLAN_FIELDS = {
  id: uuid,
  employeeId: uuid,
  year: int,
  periodStart: { type: 'string', format: 'date' },
  periodEnd: { type: 'string', format: 'date' },
  isClosed: { type: 'boolean' },
  status: { type: 'string', enum: ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] },
  version: int,
  returnReason: nullable(str()),
  results: list(RESULT),
  approvedVersions: list(object({ version: int, approvedBy: uuid, approvedAt: { type: 'string', format: 'date-time' }, results: list(RESULT) })),
} satisfies Record<string, SchemaObject>;
export const PLAN = object(PLAN_FIELDS);
export const PLAN_PAGE = page(PLAN);
export const PLAN_WITH_RESULT = object({ ...PLAN_FIELDS, resultId: { ...uuid, description: 'the result just added' } });
export const ASSIGN_OUTCOME = object({
  assigned: list(object({ employeeId: uuid, planId: uuid, resultId: uuid })),
  refused: list(object({ employeeId: uuid, code: str('why this subordinate was refused'), message: str() })),
});
