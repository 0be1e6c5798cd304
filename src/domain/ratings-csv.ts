import { writeCsv } from './csv';
import type { ServiceReportModel } from './report-model';

export const RATINGS_CSV_COLUMNS = [
  'standard_code',
  'theme_code',
  'standard_type',
  'source',
  'rater',
  'rating',
  'comment',
] as const;

/**
 * Every rating behind a report, one row per rating (long form, so a spreadsheet or a statistics package can
 * pivot it): the self-assessment, each reviewer (peer and expert by experience apart), and the agreed rating
 * with its rationale. Unrated standards have a row with an empty rating so the file covers every standard.
 */
export function ratingsCsv(model: ServiceReportModel): string {
  const rows: string[][] = [[...RATINGS_CSV_COLUMNS]];
  for (const s of model.standards) {
    const base = [s.code, s.themeCode, s.type];
    rows.push([...base, 'self_assessment', model.subjectName, s.self ?? '', '']);
    for (const o of s.peer) rows.push([...base, o.role, o.reviewer, o.rating, o.comment]);
    for (const o of s.expert) rows.push([...base, o.role, o.reviewer, o.rating, o.comment]);
    rows.push([...base, 'agreed', 'review team', s.agreed ?? '', s.rationale]);
  }
  return writeCsv(rows);
}
