import { z } from 'zod';
import { REPORT_ACTIONS, REPORT_FORMATS } from '../../domain/report';
import { REPORT_COMMENT_TEXT_FIELDS, textFieldProblem } from '../../domain/text-field-rules';
import { Id, ruledText, Version } from './common';

/** Reports: moving a report through its states, its files, the network report and the public summary. */
export const ReportTransitionBody = z.strictObject({
  action: z.enum(REPORT_ACTIONS, { message: `must be one of ${REPORT_ACTIONS.join(', ')}` }),
  note: z.string().max(5000).default(''),
  version: Version,
  /** Publishing only: the person has read the public summary as shown and confirms it. */
  publicSummaryConfirmed: z.boolean().default(false),
});
/** A comment of the factual-accuracy check on one passage of the report. */
export const ReportCommentBody = z.strictObject({
  section: ruledText(REPORT_COMMENT_TEXT_FIELDS.section),
  // Checked by the shared rule but kept as sent: it must match the report's text exactly.
  passage: z.string().superRefine((value, ctx) => {
    const problem = textFieldProblem(REPORT_COMMENT_TEXT_FIELDS.passage, value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
  whatIsWrong: ruledText(REPORT_COMMENT_TEXT_FIELDS.whatIsWrong),
  shouldSay: ruledText(REPORT_COMMENT_TEXT_FIELDS.shouldSay),
  evidenceUrl: z.string().url('must be a link to the evidence').max(2000).nullable().default(null),
});
export const ReportCommentParams = z.strictObject({ id: Id, commentId: Id });
export const ReportCommentDecisionBody = z.strictObject({
  decision: z.enum(['accepted', 'rejected']),
  reason: z.string().max(5000),
  version: Version,
});

export const ReportFileParams = z.strictObject({
  id: Id,
  format: z.enum(REPORT_FORMATS, { message: `must be one of ${REPORT_FORMATS.join(', ')}` }),
});
export const NetworkFileParams = z.strictObject({ format: z.enum(REPORT_FORMATS) });
export const SummaryQuery = z.strictObject({ format: z.enum(['json', 'html']).default('json') });

export type ReportTransitionRequest = z.input<typeof ReportTransitionBody>;
export type ReportCommentRequest = z.input<typeof ReportCommentBody>;
export type ReportCommentDecisionRequest = z.input<typeof ReportCommentDecisionBody>;
export type ReportFilePath = z.input<typeof ReportFileParams>;
export type NetworkReportFilePath = z.input<typeof NetworkFileParams>;
export type PublicSummaryQueryString = z.input<typeof SummaryQuery>;
