import { z } from 'zod';
import { PROFESSIONS, ROLES } from '../../domain/network';
import { Id, Version } from './common';

/** Network admin: organisations, services, people and the roles they hold. */
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
  displayName: z.string().trim().min(1, 'Enter their name').max(200),
  email: z.string().trim().email('Enter an e-mail address, like name@example.com'),
});
export const ResendInvitationBody = z.strictObject({ version: Version });

export type GuestInviteRequest = z.input<typeof GuestInviteBody>;
export type ResendInvitationRequest = z.input<typeof ResendInvitationBody>;
