import { z } from 'zod';
import { PROFESSIONS, ROLES } from '../../domain/network';
import {
  GUEST_TEXT_FIELDS,
  ORGANISATION_TEXT_FIELDS,
  PERSON_TEXT_FIELDS,
  SERVICE_TEXT_FIELDS,
} from '../../domain/text-field-rules';
import { Id, ruledText, Version } from './common';

/** Network admin: organisations, services, people and the roles they hold. */
export const OrganisationBody = z.strictObject({
  name: ruledText(ORGANISATION_TEXT_FIELDS.name),
  shortName: ruledText(ORGANISATION_TEXT_FIELDS.shortName),
  tenantId: ruledText(ORGANISATION_TEXT_FIELDS.tenantId).nullable().default(null),
  version: Version,
});

export const ServiceBody = z.strictObject({
  organisationId: Id,
  name: ruledText(SERVICE_TEXT_FIELDS.name),
  description: ruledText(SERVICE_TEXT_FIELDS.description).default(''),
  population: ruledText(SERVICE_TEXT_FIELDS.population).default(''),
  version: Version,
});

export const PersonBody = z.strictObject({
  displayName: ruledText(PERSON_TEXT_FIELDS.displayName),
  email: ruledText(PERSON_TEXT_FIELDS.email),
  organisationId: Id.nullable(),
  jobTitle: ruledText(PERSON_TEXT_FIELDS.jobTitle).default(''),
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
  /** For a reviewer role with network scope: the day the person was trained (giving it again records a renewal). */
  trainedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-20')
    .optional(),
});
export const RoleAssignmentQuery = z.strictObject({ personId: Id.optional(), scopeId: Id.optional() });

export type SaveOrganisationRequest = z.input<typeof OrganisationBody>;
export type SaveServiceRequest = z.input<typeof ServiceBody>;
export type SavePersonRequest = z.input<typeof PersonBody>;
export type RoleScopeRequest = z.input<typeof ScopeBody>;
export type AssignRoleRequest = z.input<typeof RoleAssignmentBody>;
export type RoleAssignmentQueryString = z.input<typeof RoleAssignmentQuery>;

/** The network admin invites an expert by experience without a trust account as a guest of the host tenant. */
export const GuestInviteBody = z.strictObject({
  displayName: ruledText(GUEST_TEXT_FIELDS.displayName),
  email: ruledText(GUEST_TEXT_FIELDS.email),
});
export const ResendInvitationBody = z.strictObject({ version: Version });

export type GuestInviteRequest = z.input<typeof GuestInviteBody>;
export type ResendInvitationRequest = z.input<typeof ResendInvitationBody>;
