import { AUDIENCE_LABELS } from '../labels';
import { paragraph, type ReportSection } from '../report-document';
import type { StandardEvidence } from './questionnaire-evidence';

export const QUESTIONNAIRE_SECTION_HEADING = 'What people said (questionnaires)';

/**
 * The report's section on questionnaires: per standard, the items that inform it with how many answered and the
 * share positive. Only what the results may show: a run or an item under its minimum is left out, as on screen.
 */
export function questionnaireReportSection(
  evidence: readonly StandardEvidence[],
  titleOf: (standardCode: string) => string,
): ReportSection {
  if (evidence.length === 0) {
    return {
      heading: QUESTIONNAIRE_SECTION_HEADING,
      blocks: [
        paragraph(
          'No questionnaire of the service had reached its minimum number of answers when this report was made, so none is shown.',
        ),
      ],
    };
  }
  return {
    heading: QUESTIONNAIRE_SECTION_HEADING,
    blocks: [
      paragraph(
        'Staff, patients and carers answered anonymously. Share positive: agree or strongly agree, or yes. ' +
          'Questionnaires with fewer answers than their minimum are not shown.',
      ),
      {
        kind: 'table',
        title: 'What people said, by standard',
        sheet: 'Questionnaires',
        columns: ['Standard', 'Questionnaire', 'Question', 'Answered', 'Share positive (%)'],
        rows: evidence.flatMap((standard) =>
          standard.items.map((item) => [
            `${standard.standardCode} ${titleOf(standard.standardCode)}`.trim(),
            `${item.questionnaireTitle} (${AUDIENCE_LABELS[item.audience]})`,
            item.text,
            item.answered,
            item.sharePositive,
          ]),
        ),
      },
    ],
  };
}
