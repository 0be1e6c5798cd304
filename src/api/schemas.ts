import { z } from 'zod';
import { RATINGS } from '../domain/assessment';
import { ASSESSMENT_ACTIONS } from '../domain/assessment-state';
import { PROFESSIONS, ROLES } from '../domain/network';

/** Shared input shapes. Objects are strict: an unknown field is an error, not silently dropped. */
export const Id = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
export const IdParams = z.strictObject({ id: Id });
export const Version = z.number().int().min(0, 'must be the version you read (0 for a new item)');
export const VersionQuery = z.strictObject({ version: z.coerce.number().int().min(0) });
export const CycleQuery = z.strictObject({ cycleId: Id });
export const OptionalCycleQuery = z.strictObject({ cycleId: Id.optional() });
export const OrganisationFilter = z.strictObject({ organisationId: Id.optional() });

export const ResponseParams = z.strictObject({ id: Id, standardId: z.string().trim().min(1).max(20) });
export const ResponseBody = z.strictObject({
  rating: z.enum(RATINGS, { message: `must be one of ${RATINGS.join(', ')} (or null to clear it)` }).nullable(),
  naReason: z.string().max(2000).default(''),
  narrative: z.string().max(10000, 'must be at most 10,000 characters').default(''),
  evidenceIds: z.array(Id).max(50).default([]),
  version: Version,
});

export const TransitionBody = z.strictObject({
  action: z.enum(ASSESSMENT_ACTIONS, { message: `must be one of ${ASSESSMENT_ACTIONS.join(', ')}` }),
  version: Version,
});

export const AssignmentBody = z.union([
  z.strictObject({ themeCode: z.string().min(1).max(10), assigneeId: Id.nullable() }),
  z.strictObject({ standardCodes: z.array(z.string().min(1).max(20)).min(1).max(200), assigneeId: Id.nullable() }),
]);

export const CreateAssessmentBody = z.strictObject({
  cycleId: Id,
  subject: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('service'), serviceId: Id }),
    z.strictObject({ kind: z.literal('organisation'), organisationId: Id }),
  ]),
});

export const OrganisationBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().min(1).max(20),
  tenantId: z.string().uuid().nullable().default(null),
  version: Version,
});

export const ServiceBody = z.strictObject({
  organisationId: Id,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  population: z.string().max(2000).default(''),
  version: Version,
});

export const PersonBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200),
  email: z.string().trim().email('must be an e-mail address'),
  organisationId: Id.nullable(),
  jobTitle: z.string().max(200).default(''),
  profession: z.enum(PROFESSIONS).default('other'),
  version: Version,
});

export const ScopeBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('network') }),
  z.strictObject({ kind: z.literal('organisation'), organisationId: Id }),
  z.strictObject({ kind: z.literal('service'), serviceId: Id }),
  z.strictObject({ kind: z.literal('review'), assessmentId: Id }),
]);

export const RoleAssignmentBody = z.strictObject({
  personId: Id,
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
  scope: ScopeBody,
});

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-04-01');
const Window = z.strictObject({ start: IsoDate, end: IsoDate });
export const CycleBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  frameworkVersionId: Id,
  windows: z.strictObject({
    self_assessment: Window,
    peer_review: Window,
    reporting: Window,
    action_planning: Window,
  }),
  version: Version,
});

export const FrameworkImportBody = z.strictObject({
  format: z.enum(['json', 'csv']),
  content: z.string().min(1, 'is empty: paste or upload the framework file').max(5_000_000),
  key: z.string().min(1).max(100).optional(),
  name: z.string().min(1).max(200).optional(),
  versionNumber: z.number().int().min(1).optional(),
  illustrative: z.boolean().optional(),
  baseFrameworkId: Id.optional(),
});
export const ExportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });
export const PublishBody = z.strictObject({ version: Version });
