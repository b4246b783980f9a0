import type { SchemaObject } from '@nestjs/swagger';

const uuid: SchemaObject = { type: 'string', format: 'uuid' };
const int: SchemaObject = { type: 'integer' };
const bool: SchemaObject = { type: 'boolean' };
const date: SchemaObject = { type: 'string', format: 'date' };
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
const oneOf = (values: readonly string[]): SchemaObject => ({ type: 'string', enum: [...values] });

const PREDIKAT = oneOf(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
const RATING = oneOf(['BELOW', 'AS_EXPECTED', 'ABOVE']);
const BERAKHLAK = oneOf(['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF']);
const ORGANISATIONAL_RATING = oneOf(['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
const APPRAISER = object({ employeeId: uuid, acting: nullable(oneOf(['PLT', 'PLH'])) }, 'who appraises; acting: a Plt or Plh');
const PERIOD = str('YYYY for the annual rating, YYYY-MM (the last month) for a periodic one');

const VERSION = object({
  number: int,
  resultRating: RATING,
  behaviourRating: RATING,
  behaviours: list(object({ value: BERAKHLAK, rating: RATING, note: nullable(str()) })),
  suggestedBehaviourRating: nullable({ ...RATING, description: 'null until every value is rated' }),
  predikat: PREDIKAT,
  predikatLabel: str('the predikat in Bahasa Indonesia'),
  feedback: nullable(str()),
  ratedBy: APPRAISER,
  ratedOn: date,
  origin: oneOf(['RATING', 'REVISION', 'OBJECTION_DECISION', 'HR_CORRECTION']),
  reason: nullable(str()),
});

const OBJECTION = object({
  number: int,
  againstVersion: int,
  filedOn: date,
  reason: str(),
  decision: nullable(
    object({
      outcome: oneOf(['UPHELD', 'CHANGED']),
      decidedBy: APPRAISER,
      decidedOn: date,
      reason: str(),
      resultingVersion: nullable({ type: 'integer', description: 'the new version when CHANGED' }),
    }),
  ),
});

const DEVELOPMENT_AREA = object({ value: BERAKHLAK, label: str('the value in Bahasa Indonesia'), note: nullable(str()) });

const APPRAISAL_FIELDS = {
  id: uuid,
  employeeId: uuid,
  period: PERIOD,
  kind: oneOf(['PERIODIC', 'ANNUAL']),
  periodLengthMonths: int,
  firstDay: date,
  lastDay: date,
  selfAssessment: nullable(object({ text: str(), submittedOn: date })),
  predikat: nullable(PREDIKAT),
  current: nullable({ ...VERSION, description: 'the version that counts' }),
  acknowledged: bool,
  objectionDeadline: { ...date, description: 'the last day to object to the current version (once rated)' },
  versions: list(VERSION),
  acknowledgements: list(object({ version: int, acknowledgedOn: date })),
  objections: list(OBJECTION),
} satisfies Record<string, SchemaObject>;
const withoutDeadline = (schema: SchemaObject): SchemaObject => ({ ...schema, required: schema.required!.filter((k) => k !== 'objectionDeadline') });
export const APPRAISAL = withoutDeadline(object(APPRAISAL_FIELDS));

const FACTS = object(
  {
    activity: nullable(object({ approvedMinutes: int, targetMinutes: int, achievementPercent: str() })),
    workResults: nullable(list(object({ rhkId: str(), text: str(), indicator: nullable(str()), target: nullable(str()), realisation: nullable(str()) }))),
    attendance: nullable(object({ workingDays: int, presentDays: int, absentDays: int, lateMinutes: int })),
  },
  'each part null when its source has not supplied it',
);

export const APPRAISAL_DETAIL = withoutDeadline(object({ ...APPRAISAL_FIELDS, appraiser: nullable(APPRAISER), developmentAreas: list(DEVELOPMENT_AREA), facts: FACTS }));
const APPRAISAL_AWAITING_DECISION = {
  ...APPRAISAL,
  properties: {
    ...APPRAISAL.properties,
    employee: { ...object({ id: uuid, nip: str(), name: str() }), description: 'only with awaitingMyDecision: whom the appraisal is of' },
  },
};
export const APPRAISAL_LIST = object({ items: list(APPRAISAL_AWAITING_DECISION) });

export const FEEDBACK = object({
  id: uuid,
  employeeId: uuid,
  subject: {
    type: 'object',
    required: ['kind'],
    properties: { kind: oneOf(['RHK', 'ACTIVITY']), rhkId: uuid, activityId: uuid },
    description: 'rhkId for kind RHK, activityId for kind ACTIVITY',
  },
  authorId: uuid,
  givenOn: date,
  note: str(),
});
export const FEEDBACK_LIST = object({ items: list(FEEDBACK) });

export const APPRAISAL_FORM = object({
  employeeId: uuid,
  period: PERIOD,
  kind: oneOf(['PERIODIC', 'ANNUAL']),
  firstDay: date,
  lastDay: date,
  appraiser: nullable(APPRAISER),
  unitHead: bool,
  organisationalRating: nullable(ORGANISATIONAL_RATING),
  facts: FACTS,
  selfAssessment: nullable(object({ text: str(), submittedOn: date })),
  feedback: list(FEEDBACK),
  appraisal: nullable(APPRAISAL),
});

export const DEVELOPMENT_AREAS = object({ employeeId: uuid, period: PERIOD, rated: bool, areas: list(DEVELOPMENT_AREA) });

export const RATED = object({ id: uuid, predikat: PREDIKAT });
export const REVISED = object({ id: uuid, version: int, predikat: PREDIKAT });
export const ACKNOWLEDGED = object({ id: uuid, version: int, acknowledged: { type: 'boolean', enum: [true] } });
export const SELF_ASSESSED = object({ id: uuid, selfAssessment: object({ text: str(), submittedOn: date }) });
export const OBJECTION_FILED = object({ appraisalId: uuid, number: int, againstVersion: int, filedOn: date });
export const OBJECTION_DECIDED = object({ appraisalId: uuid, objection: OBJECTION, predikat: PREDIKAT });
export const ORGANISATIONAL_RATING_SET = object({ unitId: uuid, year: int, rating: ORGANISATIONAL_RATING });

const PERSON = { id: uuid, nip: str(), name: str(), positionName: nullable(str()), unitId: nullable(uuid) } satisfies Record<string, SchemaObject>;
const PERSON_RATING = {
  appraisalId: nullable(uuid),
  version: nullable(int),
  resultRating: nullable(RATING),
  behaviourRating: nullable(RATING),
  predikat: nullable(PREDIKAT),
} satisfies Record<string, SchemaObject>;

export const UNIT_SHEET = object({
  unitId: uuid,
  period: PERIOD,
  organisationalRating: nullable(ORGANISATIONAL_RATING),
  employees: list(object({ ...PERSON, ...PERSON_RATING }, 'null ratings: not rated yet')),
  distribution: list(object({ predikat: PREDIKAT, count: int })),
  rated: int,
  notRated: int,
  warnings: list(object({ code: str(), message: str(), predikats: list(PREDIKAT), sharePercent: nullable(str()), limitPercent: nullable(str()) })),
});

export const DEVELOPMENT_GRID = object({
  unitId: uuid,
  period: PERIOD,
  boxes: list(
    object({
      box: oneOf([
        'STAR',
        'HIGH_PERFORMER',
        'RESULTS_WITHOUT_VALUES',
        'ROLE_MODEL',
        'CORE_CONTRIBUTOR',
        'BEHAVIOUR_CONCERN',
        'ENGAGED_UNDERPERFORMER',
        'UNDERPERFORMER',
        'ACTION_REQUIRED',
      ]),
      description: str(),
      employees: list(object({ ...PERSON, ...PERSON_RATING })),
    }),
  ),
  notRated: list(object(PERSON)),
});
