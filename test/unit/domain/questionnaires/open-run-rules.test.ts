import {
  closingTimeOf,
  openRunProblems,
  openRunRequestProblems,
} from '../../../../src/domain/questionnaires/open-run-rules';

describe('opening a questionnaire', () => {
  it('gives every problem at once', () => {
    expect(openRunProblems({ questionnaireId: '', closingDate: '', minimumAnswers: '1001' }, '2026-11-26')).toEqual([
      'Choose which questionnaire to open.',
      'Choose a closing date.',
      'The minimum number of answers can be at most 1,000.',
    ]);
    expect(
      openRunProblems({ questionnaireId: 'q', closingDate: '2026-11-25', minimumAnswers: '4.5' }, '2026-11-26'),
    ).toEqual([
      'Choose a closing date in the future.',
      'The minimum number of answers must be a whole number of at least 5, so that nobody can be recognised.',
    ]);
  });

  it('accepts today as the closing date and an empty minimum (the default)', () => {
    expect(
      openRunProblems({ questionnaireId: 'q', closingDate: '2026-11-26', minimumAnswers: ' ' }, '2026-11-26'),
    ).toEqual([]);
  });

  it("refuses a request to the API whose closing moment has gone, even earlier today, in the form's words", () => {
    const now = new Date('2026-11-26T10:00:00Z');
    expect(openRunRequestProblems({ questionnaireId: 'q', closesAt: '2026-11-26T09:00:00Z' }, now)).toEqual([
      'Choose a closing date in the future.',
    ]);
    expect(
      openRunRequestProblems({ questionnaireId: 'q', closesAt: '2026-11-26T17:00:00Z', minimumAnswers: 5 }, now),
    ).toEqual([]);
  });

  it('closes at 23:59 UK time on the closing date, in winter (GMT) and in summer (BST)', () => {
    expect(closingTimeOf('2027-01-31')).toBe('2027-01-31T23:59:00.000Z');
    expect(closingTimeOf('2027-07-31')).toBe('2027-07-31T22:59:00.000Z');
  });
});
