import type { FieldError } from '../../../../src/domain/framework-draft';
import {
  exportQuestionnaireCsv,
  parseQuestionnaireCsv,
  type QuestionnaireCsvBase,
} from '../../../../src/domain/questionnaires/questionnaire-csv';
import {
  exportQuestionnaireJson,
  parseQuestionnaireJson,
} from '../../../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../../../src/domain/questionnaires/starter-questionnaires';
import { STARTER_FRAMEWORK } from '../../../../src/domain/starter-framework';

const STANDARDS = new Set(STARTER_FRAMEWORK.standards.map((s) => s.code));

const BASE: QuestionnaireCsvBase = {
  key: 'patients-easy-read',
  title: 'What you think of our service',
  audience: 'patients',
  language: 'en-GB-easy-read',
  illustrative: false,
  frameworkKey: STARTER_FRAMEWORK.key,
  frameworkVersionNumber: 1,
  introduction: 'Tell us what you think.',
  optionLabels: { yes: 'Yes', no: 'No', not_sure: 'I am not sure' },
};

function errorsOf(result: { ok: boolean; errors?: FieldError[] }): FieldError[] {
  if (result.ok) throw new Error('Expected the import to be refused');
  return result.errors ?? [];
}

describe('questionnaire CSV import', () => {
  it('reads an easy-read questionnaire with its own option wording and the standards each item informs', () => {
    const csv = [
      'code,text,scale,required,standards',
      'E1,Staff asked about my body and my mind.,yes_no_not_sure,yes,1.1 | 1.3',
      'E2,Anything else?,free_text,no,',
    ].join('\r\n');
    const result = parseQuestionnaireCsv(csv, BASE, STANDARDS);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.draft.language).toBe('en-GB-easy-read');
    expect(result.draft.optionLabels.not_sure).toBe('I am not sure');
    expect(result.draft.items).toEqual([
      {
        code: 'E1',
        text: 'Staff asked about my body and my mind.',
        scale: 'yes_no_not_sure',
        required: true,
        standards: ['1.1', '1.3'],
      },
      { code: 'E2', text: 'Anything else?', scale: 'free_text', required: false, standards: [] },
    ]);
  });

  it('reports every problem with the line and column it is on, in file order', () => {
    const csv = [
      'code,text,scale,required,standards',
      'E1,Fine item,agree_disagree_5,yes,1.1',
      'E1,Same code again,agree_disagree_5,yes,1.1',
      'E3,Unknown standard,yes_no_not_sure,yes,9.9',
      'E4,Bad scale,smiley_faces,maybe,1.2',
    ].join('\n');
    expect(errorsOf(parseQuestionnaireCsv(csv, BASE, STANDARDS))).toEqual([
      { line: 3, field: 'code', message: 'Item code E1 is used by item 1 too; codes must differ.' },
      {
        line: 4,
        field: 'standards',
        message: '9.9 is not a standard of framework mind-body-qin version 1; use the codes of its standards.',
      },
      { line: 5, field: 'required', message: 'Write yes or no (an empty cell means no).' },
      { line: 5, field: 'scale', message: 'The scale must be agree_disagree_5, yes_no_not_sure or free_text.' },
    ]);
  });

  it('reports a missing column once on the header, not again on every row', () => {
    const errors = errorsOf(
      parseQuestionnaireCsv('code,text,scale,required\nE1,An item,yes_no_not_sure,yes', BASE, STANDARDS),
    );
    expect(errors).toEqual([{ line: 1, field: 'standards', message: 'Column standards is missing from the header.' }]);
  });

  it('gives back what it exported for every starter questionnaire', () => {
    for (const q of STARTER_QUESTIONNAIRES) {
      const { items, ...base } = q;
      const result = parseQuestionnaireCsv(exportQuestionnaireCsv(q), base, STANDARDS);
      expect(result).toEqual({ ok: true, draft: { ...base, items } });
    }
  });
});

describe('questionnaire JSON import', () => {
  it('gives back what it exported for every starter questionnaire', () => {
    for (const q of STARTER_QUESTIONNAIRES) {
      expect(parseQuestionnaireJson(exportQuestionnaireJson(q), STANDARDS)).toEqual({ ok: true, draft: q });
    }
  });

  it('puts a syntax error on its line', () => {
    const errors = errorsOf(parseQuestionnaireJson('{\n  "key": "x",\n  oops\n}', STANDARDS));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(3);
  });

  it('reports every shape and rule problem by path, without repeating a field whose shape was wrong', () => {
    const q = JSON.parse(exportQuestionnaireJson(STARTER_QUESTIONNAIRES[1]!)) as Record<string, unknown>;
    const items = q['items'] as Record<string, unknown>[];
    items[0] = { ...items[0], scale: 3 };
    items[1] = { ...items[1], standards: ['1.1', '7.7'], colour: 'red' };
    q['audience'] = 'visitors';
    q['language'] = 'English';
    expect(errorsOf(parseQuestionnaireJson(JSON.stringify(q), STANDARDS))).toEqual([
      { line: null, field: 'items[0].scale', message: 'Expected text (a string in quotes).' },
      {
        line: null,
        field: 'items[1].colour',
        message: 'Unknown field "colour". The fields here are code, text, scale, required, standards.',
      },
      { line: null, field: 'audience', message: 'The audience must be staff, patients or carers.' },
      {
        line: null,
        field: 'language',
        message: 'Give the language as a tag such as "en-GB", or with a variant such as "en-GB-easy-read".',
      },
      {
        line: null,
        field: 'items[1].standards',
        message: '7.7 is not a standard of framework mind-body-qin version 1; use the codes of its standards.',
      },
    ]);
  });
});

describe('starter questionnaires', () => {
  it('cover the three audiences, are marked illustrative and inform standards of all five themes', () => {
    expect(STARTER_QUESTIONNAIRES.map((q) => q.audience)).toEqual(['staff', 'patients', 'carers']);
    const themes = new Set<string>();
    for (const q of STARTER_QUESTIONNAIRES) {
      expect(q.illustrative).toBe(true);
      expect(q.title).toMatch(/illustrative/);
      for (const item of q.items) for (const code of item.standards) themes.add(code.split('.')[0] ?? '');
    }
    expect([...themes].sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('ask for free text with a reminder not to name anyone', () => {
    for (const q of STARTER_QUESTIONNAIRES) {
      const free = q.items.filter((i) => i.scale === 'free_text');
      expect(free.length).toBeGreaterThan(0);
      for (const item of free) expect(item.text).toMatch(/do not name anyone/);
    }
  });
});
