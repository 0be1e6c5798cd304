import { memoryDraftPersistence } from '../../tab/src/pages/shared/autosave/draft-persistence';
import {
  ReviewerDrafts,
  type ReviewerRatingFields,
  type ReviewerRatingRecord,
} from '../../tab/src/pages/review/reviewer-drafts';

type Save = (code: string, fields: ReviewerRatingFields, version: number) => Promise<ReviewerRatingRecord>;

const NONE: ReviewerRatingRecord = { standardCode: '1.1', rating: null, comment: '', version: 0, updatedAt: null };

describe("ReviewerDrafts (a reviewer's autosave)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('keeps a comment typed before a rating, says a rating is needed, and saves both once one is chosen', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async (code, fields, version) => ({
      standardCode: code,
      ...fields,
      version: version + 1,
      updatedAt: '2027-01-20T10:00:00Z',
    }));
    const persistence = memoryDraftPersistence<ReviewerRatingFields>();
    const drafts = new ReviewerDrafts([NONE], { save, persistence, debounceMs: 500 });

    drafts.edit('1.1', { comment: 'Patients told us nobody asked.' });
    await jest.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    expect(drafts.get('1.1')).toMatchObject({
      status: 'rejected',
      problem: { message: 'Choose a rating first: your comment is kept here and saved with it.' },
    });
    expect(persistence.load()['1.1']?.fields.comment).toBe('Patients told us nobody asked.');

    drafts.edit('1.1', { rating: 'not_met' }, { quick: true });
    await jest.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledWith('1.1', { rating: 'not_met', comment: 'Patients told us nobody asked.' }, 0);
    expect(drafts.get('1.1')?.status).toBe('saved');
    expect(persistence.load()).toEqual({});
  });

  it('asks for a reason before saving "not applicable"', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>();
    const drafts = new ReviewerDrafts([NONE], { save, persistence: memoryDraftPersistence(), debounceMs: 500 });
    drafts.edit('1.1', { rating: 'not_applicable' }, { quick: true });
    await jest.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    expect(drafts.get('1.1')?.problem?.message).toBe(
      'Say in the comment why this standard does not apply, then it is saved.',
    );
  });

  it('keeps the edit and says so when a save is answered without the saved rating, and a later update from the page does not break it', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async () => undefined as unknown as ReviewerRatingRecord);
    const persistence = memoryDraftPersistence<ReviewerRatingFields>();
    const drafts = new ReviewerDrafts([NONE], { save, persistence, debounceMs: 500 });

    drafts.edit('1.1', { rating: 'met' }, { quick: true });
    await jest.advanceTimersByTimeAsync(500);
    expect(drafts.get('1.1')).toMatchObject({ status: 'rejected', draft: { rating: 'met' } });
    expect(drafts.get('1.1')?.problem?.message).toMatch(/not confirmed/);
    expect(persistence.load()['1.1']?.fields.rating).toBe('met');

    expect(() =>
      drafts.applyServerUpdates([{ ...NONE, rating: 'met', version: 1, updatedAt: '2027-01-20T10:00:00Z' }]),
    ).not.toThrow();
    expect(drafts.get('1.1')?.draft).toEqual({ rating: 'met', comment: '' });
  });
});
