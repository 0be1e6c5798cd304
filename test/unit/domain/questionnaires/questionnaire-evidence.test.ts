import { questionnaireEvidence } from '../../../../src/domain/questionnaires/questionnaire-evidence';
import {
  QUESTIONNAIRE_SECTION_HEADING,
  questionnaireReportSection,
} from '../../../../src/domain/questionnaires/questionnaire-report-section';
import type { ItemResult, QuestionnaireResults } from '../../../../src/domain/questionnaires/questionnaire-results';

function item(code: string, standards: string[], answered: number | null, sharePositive: number | null): ItemResult {
  return {
    code,
    text: `Question ${code}`,
    scale: 'yes_no_not_sure',
    standards,
    answered,
    distribution: null,
    sharePositive,
  };
}

function run(runId: string, overrides: Partial<QuestionnaireResults>): QuestionnaireResults {
  return {
    runId,
    audience: 'staff',
    title: `Survey ${runId}`,
    minimumAnswers: 5,
    answers: 10,
    paperAnswers: 0,
    suppressed: false,
    items: [],
    standards: [],
    ...overrides,
  };
}

describe('what people said, per standard', () => {
  it('gathers the items of every run beside each standard they inform, in standard order', () => {
    const evidence = questionnaireEvidence([
      run('r1', { items: [item('S1', ['2.1', '10.1'], 10, 70)] }),
      run('r2', { audience: 'patients', items: [item('P1', ['2.1'], 8, 50), item('P2', ['1.3'], 8, 25)] }),
    ]);
    expect(evidence.map((s) => s.standardCode)).toEqual(['1.3', '2.1', '10.1']);
    expect(evidence[1]!.items.map((i) => `${i.runId}:${i.itemCode}:${i.sharePositive}`)).toEqual([
      'r1:S1:70',
      'r2:P1:50',
    ]);
  });

  it('adds nothing from a run under its minimum, nor from an item answered by fewer than the minimum', () => {
    const evidence = questionnaireEvidence([
      run('r1', { suppressed: true, answers: 4, items: [item('S1', ['2.1'], null, null)] }),
      run('r2', { items: [item('P1', ['1.1'], null, null), item('P2', ['1.2'], 6, 100)] }),
    ]);
    expect(evidence.map((s) => s.standardCode)).toEqual(['1.2']);
  });
});

describe("the report's questionnaire section", () => {
  it('says plainly when no questionnaire reached its minimum', () => {
    const section = questionnaireReportSection([], () => '');
    expect(section.heading).toBe(QUESTIONNAIRE_SECTION_HEADING);
    expect(section.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'No questionnaire of the service had reached its minimum number of answers when this report was made, so none is shown.',
      },
    ]);
  });

  it('lists per standard each informing question with its questionnaire, answers and share positive', () => {
    const evidence = questionnaireEvidence([run('r1', { items: [item('S1', ['2.1'], 10, 70)] })]);
    const section = questionnaireReportSection(evidence, (code) => (code === '2.1' ? 'Lived experience roles' : ''));
    const table = section.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      columns: ['Standard', 'Questionnaire', 'Question', 'Answered', 'Share positive (%)'],
      rows: [['2.1 Lived experience roles', 'Survey r1 (Staff)', 'Question S1', 10, 70]],
    });
  });
});
