import { z } from 'zod';
import { textFieldProblem, type TextFieldRule } from '../../domain/text-field-rules';

/** Input shapes every capability shares. Objects are strict: an unknown field is an error, not silently dropped. */
export const Id = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
export const IdParams = z.strictObject({ id: Id });
export const Version = z.number().int().min(0, 'must be the version you read (0 for a new item)');
export const VersionQuery = z.strictObject({ version: z.coerce.number().int().min(0) });
export const VersionBody = z.strictObject({ version: Version });
export const CycleQuery = z.strictObject({ cycleId: Id });
export const OptionalCycleQuery = z.strictObject({ cycleId: Id.optional() });
export const OrganisationFilter = z.strictObject({ organisationId: Id.optional() });

/** A text input checked by its rule in the domain (the tab checks its forms by the same rule before sending). */
export function ruledText(rule: TextFieldRule) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = textFieldProblem(rule, value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });
}

// Request types are what a client sends (`z.input`): fields with a default may be left out.
export type IdPath = z.input<typeof IdParams>;
export type VersionQueryString = z.input<typeof VersionQuery>;
export type VersionRequest = z.input<typeof VersionBody>;
export type CycleQueryString = z.input<typeof CycleQuery>;
export type OptionalCycleQueryString = z.input<typeof OptionalCycleQuery>;
export type OrganisationFilterQueryString = z.input<typeof OrganisationFilter>;
