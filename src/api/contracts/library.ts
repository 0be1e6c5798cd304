import { z } from 'zod';
import { SERVICE_TYPES } from '../../domain/service-types';
import { Id, Version } from './common';

/** The good-practice library: searching it, proposing a finding for it, the service's answer, withdrawal. */
export const LibraryQueryString = z.strictObject({
  q: z.string().max(200).optional(),
  themeCode: z.string().max(10).optional(),
  standardCode: z.string().max(20).optional(),
  organisationId: Id.optional(),
  serviceType: z.enum(SERVICE_TYPES, { message: `must be one of: ${SERVICE_TYPES.join(', ')}` }).optional(),
});
/** Proposing a good-practice finding: a suggested title and summary the service may rewrite, and why. */
export const LibraryProposalBody = z.strictObject({
  findingId: Id,
  title: z.string().max(300).optional(),
  whatTheyDo: z.string().max(10000).optional(),
  note: z.string().max(2000).optional(),
});
/** The service agrees: the entry in its own words, a contact, its kind of service and any evidence files. */
export const LibraryAgreementBody = z.strictObject({
  version: Version,
  title: z.string().max(300),
  whatTheyDo: z.string().max(10000),
  contact: z.strictObject({ name: z.string().max(200), email: z.string().trim().email('must be an e-mail address') }),
  serviceType: z.enum(SERVICE_TYPES, { message: `must be one of: ${SERVICE_TYPES.join(', ')}` }),
  evidenceIds: z.array(Id).max(20).default([]),
});
/** Declining a proposal or withdrawing an entry: always with a reason. */
export const LibraryReasonBody = z.strictObject({ version: Version, reason: z.string().max(2000) });
export const AttachmentParams = z.strictObject({ id: Id, evidenceId: Id });

export type LibrarySearchQueryString = z.input<typeof LibraryQueryString>;
export type ProposeForLibraryRequest = z.input<typeof LibraryProposalBody>;
export type AgreeToPublishRequest = z.input<typeof LibraryAgreementBody>;
export type LibraryReasonRequest = z.input<typeof LibraryReasonBody>;
export type LibraryAttachmentPath = z.input<typeof AttachmentParams>;
