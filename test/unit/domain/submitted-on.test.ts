import { submittedOn } from '../../../src/domain/submitted-on';

describe('the day a self-assessment was submitted', () => {
  const at = '2027-01-18T10:00:00.000Z';

  it('is known once the self-assessment is handed in, through review to closing', () => {
    for (const state of ['submitted', 'under_review', 'agreed', 'closed'] as const) {
      expect(submittedOn({ state, submittedAt: at })).toBe(at);
    }
  });

  it('does not stand while the service is rating again after the team returned it', () => {
    expect(submittedOn({ state: 'returned', submittedAt: at })).toBeNull();
    expect(submittedOn({ state: 'in_progress', submittedAt: at })).toBeNull();
    expect(submittedOn({ state: 'not_started', submittedAt: null })).toBeNull();
  });
});
