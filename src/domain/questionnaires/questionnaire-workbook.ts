import type { ReportDocument, TableBlock } from '../report-document';
import type { CommentView, QuestionnaireResults } from './questionnaire-results';

/**
 * A run's results as an Excel workbook for the service's evidence folder: one row per item and option, one per
 * standard, and the comments (hidden ones as hidden). Suppressed figures stay empty, as on screen.
 */
export function questionnaireWorkbook(
  results: QuestionnaireResults,
  serviceName: string,
  comments: readonly CommentView[] | undefined,
): ReportDocument {
  const items: TableBlock = {
    kind: 'table',
    title: results.suppressed
      ? `Fewer than ${results.minimumAnswers} answers (${results.answers}): no figures are shown yet`
      : `${results.answers} answers, ${results.paperAnswers} of them on paper`,
    sheet: 'Items',
    columns: ['Item', 'Wording', 'Standards', 'Answered', 'Option', 'Count', 'Percent', 'Share positive (%)'],
    rows: results.items.flatMap((item) =>
      item.distribution === null
        ? [[item.code, item.text, item.standards.join(', '), item.answered ?? '', '', '', '', '']]
        : item.distribution.map((d) => [
            item.code,
            item.text,
            item.standards.join(', '),
            item.answered ?? '',
            d.label,
            d.count,
            d.percent ?? '',
            item.sharePositive ?? '',
          ]),
    ),
  };
  const standards: TableBlock = {
    kind: 'table',
    title: 'The items that inform each standard',
    sheet: 'Standards',
    columns: ['Standard', 'Items'],
    rows: results.standards.map((s) => [s.standardCode, s.itemCodes.join(', ')]),
  };
  const blocks: TableBlock[] = [items, standards];
  if (comments !== undefined) {
    blocks.push({
      kind: 'table',
      title: 'Comments',
      sheet: 'Comments',
      columns: ['Item', 'Comment'],
      rows: comments.map((c) => [c.itemCode, 'text' in c ? c.text : `Hidden: ${c.hidden.reason}`]),
    });
  }
  return {
    title: results.title,
    subtitle: serviceName,
    fileStem: `questionnaire-results-${results.audience}`,
    sections: [{ heading: 'Results', blocks }],
  };
}
