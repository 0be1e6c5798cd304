import { checkAnswer, type AnswerSubmission } from '../../../../src/domain/questionnaires/questionnaire-answer';
import type { Questionnaire } from '../../../../src/domain/questionnaires/questionnaire';
import { commentViews, questionnaireResults } from '../../../../src/domain/questionnaires/questionnaire-results';
import type { QuestionnaireRun } from '../../../../src/domain/questionnaires/questionnaire-run';
import {
  addToTally,
  emptyTally,
  type QuestionnaireTally,
} from '../../../../src/domain/questionnaires/questionnaire-tally';

const QUESTIONNAIRE: Questionnaire = {
  id: 'q',
  version: 1,
  frameworkId: 'fw',
  createdAt: '2026-01-01T00:00:00.000Z',
  key: 'patients',
  title: 'Patients',
  audience: 'patients',
  language: 'en-GB',
  illustrative: false,
  frameworkKey: 'mind-body-qin',
  frameworkVersionNumber: 1,
  introduction: '',
  optionLabels: { yes: 'Yes, definitely' },
  items: [
    { code: 'P1', text: 'Asked about my body', scale: 'agree_disagree_5', required: true, standards: ['1.1', '1.3'] },
    { code: 'P2', text: 'One plan', scale: 'yes_no_not_sure', required: false, standards: ['1.4', '1.1'] },
    { code: 'P3', text: 'Anything else?', scale: 'free_text', required: false, standards: [] },
  ],
};

const RUN: QuestionnaireRun = {
  id: 'run',
  version: 1,
  questionnaireId: 'q',
  audience: 'patients',
  serviceId: 's',
  organisationId: 'o',
  cycleId: 'c',
  frameworkId: 'fw',
  tokenHash: 'h',
  openedBy: 'lead',
  openedAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2026-02-01T00:00:00.000Z',
  minimumAnswers: 5,
};

function tallyOf(submissions: readonly AnswerSubmission[]): QuestionnaireTally {
  return submissions.reduce((tally, s) => {
    const checked = checkAnswer(QUESTIONNAIRE, s);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    return addToTally(tally, checked.answer, 'online');
  }, emptyTally('run'));
}

describe('questionnaire results', () => {
  it('show only the count while fewer than the minimum have answered', () => {
    const tally = tallyOf(
      Array.from({ length: 4 }, () => ({ choices: { P1: 'agree', P2: 'yes' }, texts: { P3: 'Kind staff' } })),
    );
    const results = questionnaireResults(QUESTIONNAIRE, RUN, tally);
    expect(results.answers).toBe(4);
    expect(results.suppressed).toBe(true);
    expect(results.items.map((i) => [i.answered, i.distribution, i.sharePositive])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(commentViews(RUN, tally, [])).toEqual([]);
  });

  it('give per item the distribution and the share positive once the minimum is reached, rounded to one decimal', () => {
    const answers: AnswerSubmission[] = [
      { choices: { P1: 'strongly_agree', P2: 'yes' }, texts: {} },
      { choices: { P1: 'agree', P2: 'no' }, texts: {} },
      { choices: { P1: 'neither', P2: 'yes' }, texts: {} },
      { choices: { P1: 'disagree', P2: 'not_sure' }, texts: {} },
      { choices: { P1: 'agree', P2: 'yes' }, texts: {} },
      { choices: { P1: 'strongly_disagree' }, texts: {} },
    ];
    const results = questionnaireResults(QUESTIONNAIRE, RUN, tallyOf(answers));
    const [p1, p2] = results.items;
    expect(p1?.answered).toBe(6);
    expect(p1?.sharePositive).toBe(50);
    expect(p1?.distribution?.map((d) => [d.option, d.count, d.percent])).toEqual([
      ['strongly_agree', 1, 16.7],
      ['agree', 2, 33.3],
      ['neither', 1, 16.7],
      ['disagree', 1, 16.7],
      ['strongly_disagree', 1, 16.7],
    ]);
    expect(p2?.answered).toBe(5);
    expect(p2?.sharePositive).toBe(60);
    expect(p2?.distribution?.[0]?.label).toBe('Yes, definitely');
  });

  it('suppress an optional item fewer than the minimum answered, even when the run has enough answers', () => {
    const answers = Array.from({ length: 5 }, (_, i): AnswerSubmission => ({
      choices: i < 4 ? { P1: 'agree' } : { P1: 'agree', P2: 'yes' },
      texts: {},
    }));
    const [p1, p2] = questionnaireResults(QUESTIONNAIRE, RUN, tallyOf(answers)).items;
    expect(p1?.sharePositive).toBe(100);
    expect(p2?.answered).toBeNull();
    expect(p2?.distribution).toBeNull();
  });

  it('list per standard the items that inform it', () => {
    expect(questionnaireResults(QUESTIONNAIRE, RUN, emptyTally('run')).standards).toEqual([
      { standardCode: '1.1', itemCodes: ['P1', 'P2'] },
      { standardCode: '1.3', itemCodes: ['P1'] },
      { standardCode: '1.4', itemCodes: ['P2'] },
    ]);
  });

  it('show a hidden comment only as hidden, with its reason, never its text', () => {
    const tally = tallyOf(Array.from({ length: 5 }, () => ({ choices: { P1: 'agree' }, texts: {} })));
    const views = commentViews(RUN, tally, [
      { id: 'c1', version: 1, runId: 'run', itemCode: 'P3', text: 'Great', answeredOn: '2026-01-02' },
      {
        id: 'c2',
        version: 2,
        runId: 'run',
        itemCode: 'P3',
        text: 'Nurse Jane Smith was rude',
        answeredOn: '2026-01-02',
        hidden: { reason: 'Names a member of staff', byPersonId: 'lead', at: '2026-01-03T00:00:00.000Z' },
      },
    ]);
    expect(views).toEqual([
      { id: 'c1', itemCode: 'P3', version: 1, text: 'Great' },
      {
        id: 'c2',
        itemCode: 'P3',
        version: 2,
        hidden: { reason: 'Names a member of staff', at: '2026-01-03T00:00:00.000Z' },
      },
    ]);
  });
});

describe('checking an answer', () => {
  it('refuses a missing required answer, an unknown option and an over-long free text, naming the question', () => {
    const result = checkAnswer(QUESTIONNAIRE, { choices: { P2: 'maybe' }, texts: { P3: 'x'.repeat(2001) } });
    expect(result).toEqual({
      ok: false,
      problems: [
        { itemCode: 'P1', message: 'Please answer question 1.' },
        { itemCode: 'P2', message: 'Choose one of the answers offered for question 2.' },
        {
          itemCode: 'P3',
          message: 'Your answer to question 3 is 2001 characters long; please shorten it to 2,000 characters or fewer.',
        },
      ],
    });
  });

  it('accepts free text of exactly 2,000 characters', () => {
    expect(checkAnswer(QUESTIONNAIRE, { choices: { P1: 'agree' }, texts: { P3: 'x'.repeat(2000) } }).ok).toBe(true);
  });
});
