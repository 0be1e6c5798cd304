import { askedQuestions } from '../../../../src/domain/questionnaires/asked-questions';
import type { Questionnaire } from '../../../../src/domain/questionnaires/questionnaire';
import { STARTER_QUESTIONNAIRES } from '../../../../src/domain/questionnaires/starter-questionnaires';

const PATIENTS = STARTER_QUESTIONNAIRES[1]!;
const stored = (overrides: Partial<Questionnaire> = {}): Questionnaire => ({
  ...PATIENTS,
  id: 'fw:patients:en',
  version: 1,
  frameworkId: 'fw',
  createdAt: '2026-11-26T10:00:00.000Z',
  ...overrides,
});

describe('the questions as the person answering is asked them', () => {
  it('numbers them in order and words each option as the questionnaire does, in default English where it does not', () => {
    const first = PATIENTS.items[0]!;
    const asked = askedQuestions(stored({ optionLabels: { agree: 'Cytuno' } }));
    expect(asked.map((q) => [q.number, q.code])).toEqual(PATIENTS.items.map((item, i) => [i + 1, item.code]));
    expect(asked[0]).toMatchObject({ code: first.code, text: first.text, required: first.required });
    const labels = Object.fromEntries(asked[0]!.options.map((o) => [o.code, o.label]));
    expect(labels['agree']).toBe('Cytuno');
    expect(labels['disagree']).toBe('Disagree');
  });

  it('offers no options for a free-text question', () => {
    const freeText = askedQuestions(stored()).find((q) => q.scale === 'free_text');
    expect(freeText?.options).toEqual([]);
  });
});
