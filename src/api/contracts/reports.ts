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
export const ReportFileParams = z.strictObject({
  id: Id,
  format: z.enum(REPORT_FORMATS, { message: `must be one of ${REPORT_FORMATS.join(', ')}` }),
});
export const NetworkFileParams = z.strictObject({ format: z.enum(REPORT_FORMATS) });
export const SummaryQuery = z.strictObject({ format: z.enum(['json', 'html']).default('json') });

export type ReportTransitionRequest = z.input<typeof ReportTransitionBody>;
export type ReportFilePath = z.input<typeof ReportFileParams>;
export type NetworkReportFilePath = z.input<typeof NetworkFileParams>;
export type PublicSummaryQueryString = z.input<typeof SummaryQuery>;
