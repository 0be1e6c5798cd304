import { z } from 'zod';
import { Id, Version } from './common';

/** Evidence: streamed upload, copy-in from OneDrive or SharePoint, links to standards and renames. */
export const EvidenceParams = z.strictObject({ id: Id, evidenceId: Id });
const StandardCodes = z.array(z.string().min(1).max(20)).max(100);

/** The file itself is the request body (any content type); its name and standards travel in the query string. */
export const UploadQuery = z.strictObject({
  fileName: z.string().min(1).max(200).optional(),
  standardCodes: z
    .string()
    .max(2000)
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    ),
});

export const CopyInBody = z.union([
  z.strictObject({ driveId: Id, itemId: Id, standardCodes: StandardCodes.default([]) }),
  z.strictObject({
    url: z.string().url('must be a link copied from OneDrive or SharePoint').max(2000),
    standardCodes: StandardCodes.default([]),
  }),
]);
export const LinkEvidenceBody = z.strictObject({ standardCodes: StandardCodes.min(1) });
export const RenameEvidenceBody = z.strictObject({ fileName: z.string().trim().min(1).max(200), version: Version });

export type EvidencePath = z.input<typeof EvidenceParams>;
export type UploadEvidenceQueryString = z.input<typeof UploadQuery>;
export type CopyInRequest = z.input<typeof CopyInBody>;
export type LinkEvidenceRequest = z.input<typeof LinkEvidenceBody>;
export type RenameEvidenceRequest = z.input<typeof RenameEvidenceBody>;

/** The review team's own files are not linked to the service's standards: only a name, or a picked file. */
export const ReviewUploadQuery = z.strictObject({ fileName: z.string().min(1).max(200).optional() });
export const ReviewCopyInBody = z.union([
  z.strictObject({ driveId: Id, itemId: Id }),
  z.strictObject({ url: z.string().url('must be a link copied from OneDrive or SharePoint').max(2000) }),
]);
export type ReviewUploadQueryString = z.input<typeof ReviewUploadQuery>;
export type ReviewCopyInRequest = z.input<typeof ReviewCopyInBody>;
