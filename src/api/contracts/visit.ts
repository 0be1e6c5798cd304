import { z } from 'zod';
import { FEEDBACK_SECTION_MAX_CHARS, NOTE_MAX_CHARS } from '../../domain/visit-day';
import { Id, Version } from './common';

/** The visit day of a peer review: the Teams meeting, review-day notes and the preliminary feedback. */
export const VisitNoteParams = z.strictObject({ id: Id, themeCode: z.string().trim().min(1).max(20) });
export const VisitNoteBody = z.strictObject({ text: z.string().max(NOTE_MAX_CHARS), version: Version });
export const MeetingLinkBody = z.strictObject({ joinUrl: z.string().trim().min(1).max(2000), version: Version });
export const ScheduleMeetingBody = z.strictObject({});

const Section = z.string().max(FEEDBACK_SECTION_MAX_CHARS);
export const VisitFeedbackBody = z.strictObject({
  sections: z.strictObject({
    goodPractice: Section,
    areasForImprovement: Section,
    immediateConcerns: Section,
    fromTheDay: Section,
  }),
  /** True when the lead reviewer confirms sharing it with the service. */
  share: z.boolean().default(false),
  version: Version,
});

export type VisitNotePath = z.input<typeof VisitNoteParams>;
export type VisitNoteRequest = z.input<typeof VisitNoteBody>;
export type MeetingLinkRequest = z.input<typeof MeetingLinkBody>;
export type VisitFeedbackRequest = z.input<typeof VisitFeedbackBody>;
