import { z } from 'zod';
import { REPORT_ACTIONS, REPORT_FORMATS } from '../../domain/report';
import { Id, Version } from './common';

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
  section: z.string().trim().min(1, 'say which section of the report the passage is in').max(200),
  passage: z.string().min(1, 'copy the passage from the report').max(5000),
  whatIsWrong: z.string().trim().min(1, 'say what is wrong').max(5000),
  shouldSay: z.string().trim().min(1, 'say what it should say').max(5000),
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
