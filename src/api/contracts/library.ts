import { z } from 'zod';
import { Id } from './common';

/** The good-practice library: searching it and publishing a finding to it. */
export const LibraryQueryString = z.strictObject({
  q: z.string().max(200).optional(),
  themeCode: z.string().max(10).optional(),
  standardCode: z.string().max(20).optional(),
  organisationId: Id.optional(),
});
export const LibraryPublishBody = z.strictObject({
  findingId: Id,
  title: z.string().max(300),
  whatTheyDo: z.string().max(10000),
  contact: z.strictObject({ name: z.string().max(200), email: z.string().trim().email('must be an e-mail address') }),
  evidenceIds: z.array(Id).max(20).default([]),
});
export const AttachmentParams = z.strictObject({ id: Id, evidenceId: Id });

export type LibrarySearchQueryString = z.input<typeof LibraryQueryString>;
export type PublishToLibraryRequest = z.input<typeof LibraryPublishBody>;
export type LibraryAttachmentPath = z.input<typeof AttachmentParams>;
