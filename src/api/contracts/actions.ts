import { z } from 'zod';
import { ACTION_TEXT_FIELDS } from '../../domain/action-fields';
import { ACTION_STATUSES } from '../../domain/action-plan';
import { Id, ruledText, Version } from './common';
import { ReviewCopyInBody, ReviewUploadQuery } from './evidence';

/** Action plans: actions, their status and notes. */
/** Owner and due date are optional here so the domain can say, in words, what an action is missing. */
export const ActionBody = z.strictObject({
  findingId: Id.nullable().optional(),
  title: ruledText(ACTION_TEXT_FIELDS.title).default(''),
  description: ruledText(ACTION_TEXT_FIELDS.description).default(''),
  ownerId: Id.nullable().default(null),
  dueDate: z.string().max(20).nullable().default(null),
});
export const ActionUpdateBody = ActionBody.omit({ findingId: true }).extend({ version: Version });
export const ActionParams = z.strictObject({ id: Id, actionId: Id });
export const ActionStatusBody = z.strictObject({
  status: z.enum(ACTION_STATUSES, { message: `must be one of ${ACTION_STATUSES.join(', ')}` }),
  note: z.string().max(5000).optional(),
  completion: z
    .strictObject({
      note: ruledText(ACTION_TEXT_FIELDS.completionNote).default(''),
      evidenceIds: z.array(Id).max(50).default([]),
    })
    .optional(),
  version: Version,
});
export const NoteBody = z.strictObject({ text: z.string().max(5000), version: Version });

export type AddActionRequest = z.input<typeof ActionBody>;
export type UpdateActionRequest = z.input<typeof ActionUpdateBody>;
export type ActionPath = z.input<typeof ActionParams>;
export type ActionStatusRequest = z.input<typeof ActionStatusBody>;
export type ActionNoteRequest = z.input<typeof NoteBody>;

/** Completion evidence: a named upload or a picked file, as for the review team's files (no standards to link). */
export const ActionEvidenceUploadQuery = ReviewUploadQuery;
export const ActionEvidenceCopyInBody = ReviewCopyInBody;
export type ActionEvidenceUploadQueryString = z.input<typeof ActionEvidenceUploadQuery>;
export type ActionEvidenceCopyInRequest = z.input<typeof ActionEvidenceCopyInBody>;
