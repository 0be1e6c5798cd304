import { z } from 'zod';
import { AUDIENCES, MAX_FREE_TEXT_LENGTH } from '../../domain/questionnaires/questionnaire';
import { Id, Version } from './common';

export const QuestionnaireListQuery = z.strictObject({ frameworkId: Id.optional() });
export const QuestionnaireExportQuery = z.strictObject({ format: z.enum(['json', 'csv']) });
export const QuestionnaireImportBody = z.strictObject({
  format: z.enum(['json', 'csv']),
  content: z.string().min(1, 'is empty: paste or upload the questionnaire file').max(1_000_000),
  frameworkId: Id,
  /** CSV only: the questionnaire's fields that do not fit the item rows. */
  base: z
    .strictObject({
      key: z.string().min(1).max(100),
      title: z.string().min(1).max(200),
      audience: z.enum(AUDIENCES),
      language: z.string().min(2).max(40),
      illustrative: z.boolean(),
      introduction: z.string().max(2000),
      optionLabels: z.record(z.string(), z.string().max(100)),
    })
    .optional(),
});
export const RunParams = z.strictObject({ id: Id, runId: Id });
export const CommentParams = z.strictObject({ id: Id, runId: Id, commentId: Id });
export const OpenRunBody = z.strictObject({
  questionnaireId: Id,
  closesAt: z.iso.datetime({ message: 'must be a date and time such as 2027-01-31T17:00:00Z' }),
  /** Only its shape here: the rules (src/domain/questionnaires/open-run-rules.ts) say what the service accepts. */
  minimumAnswers: z.number().optional(),
  /** One answer per device through the public link (the default), or false for a device handed from person to person. */
  oneAnswerPerDevice: z.boolean().optional(),
});
/** A new public link for a run; `version` (the run's, as read) guards against two leads replacing it at once. */
export const NewLinkBody = z.strictObject({ version: Version.optional() }).optional();
export const HideCommentBody = z.strictObject({ reason: z.string().max(500), version: Version });

const Answers = {
  choices: z.record(z.string().max(20), z.string().max(40)).default({}),
  // Longer than the limit is let through here so that the answer's own check names the question that is too long.
  texts: z.record(z.string().max(20), z.string().max(MAX_FREE_TEXT_LENGTH * 4)).default({}),
};
export const PaperAnswerBody = z.strictObject(Answers);
export const PublicAnswerParams = z.strictObject({ token: z.string().min(1).max(200) });
/** The short link's token: whatever text arrives, so that every unknown link gets the same page rather than an input error. */
export const ShortLinkParams = z.strictObject({ token: z.string() });
export const PublicAnswerBody = z.strictObject({
  ...Answers,
  /** Hidden from people on the page; software filling every field fills it, and the answer is refused. */
  website: z.string().max(2000).default(''),
});

export type ImportQuestionnaireRequest = z.input<typeof QuestionnaireImportBody>;
export type OpenRunRequest = z.input<typeof OpenRunBody>;
export type HideCommentRequest = z.input<typeof HideCommentBody>;
export type PaperAnswerRequest = z.input<typeof PaperAnswerBody>;
export type PublicAnswerRequest = z.input<typeof PublicAnswerBody>;

/** A member of staff's own answer (in the tab or from the bot's card): the same answers as on paper. */
export const StaffRunParams = z.strictObject({ runId: Id });
export const StaffAnswerBody = z.strictObject(Answers);
export type StaffAnswerRequest = z.input<typeof StaffAnswerBody>;

/** The next page of a run's comments: `after` is the `nextComments` (or `next`) of the page before. */
export const CommentsPageQuery = z.strictObject({ after: z.string().min(1).max(500) });
export type CommentsPageRequest = z.input<typeof CommentsPageQuery>;
export type NewLinkRequest = z.input<typeof NewLinkBody>;
