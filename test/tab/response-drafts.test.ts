import { ApiProblemError, ApiUnavailableError } from '../../tab/src/api/errors';
import type { StandardResponse } from '../../tab/src/api/types';
import { memoryDraftPersistence } from '../../tab/src/pages/shared/autosave/draft-persistence';
import { ResponseDrafts } from '../../tab/src/pages/assessment/response-drafts';
import type { ResponseFields } from '../../tab/src/pages/assessment/response-fields';
import { response } from './fixtures';

type Save = (code: string, fields: ResponseFields, version: number) => Promise<StandardResponse>;

function stored(code: string, fields: ResponseFields, version: number): StandardResponse {
  return response(code, { ...fields, version: version + 1, updatedBy: 'p-lead', updatedAt: '2026-11-26T10:00:00Z' });
}

function conflict(current: StandardResponse): ApiProblemError {
  return new ApiProblemError({
    type: 't',
    title: 'Changed',
    status: 409,
    detail: 'changed',
    code: 'conflict',
    current,
  });
}

describe('ResponseDrafts (autosave)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup(save: Save, responses = [response('1.1'), response('1.2')]) {
    const persistence = memoryDraftPersistence<ResponseFields>();
    const drafts = new ResponseDrafts(responses, { save, persistence, debounceMs: 500, retryDelaysMs: [1000, 2000] });
    return { drafts, persistence };
  }

  it('saves after a pause, with the version it read, and then shows saved', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async (code, fields, version) =>
      stored(code, fields, version),
    );
    const { drafts } = setup(save);
    drafts.edit('1.1', { narrative: 'We' });
    drafts.edit('1.1', { narrative: 'We check' });
    expect(drafts.get('1.1')?.status).toBe('unsaved');
    await jest.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('1.1', expect.objectContaining({ narrative: 'We check' }), 1);
    expect(drafts.get('1.1')?.status).toBe('saved');
    expect(drafts.get('1.1')?.server.version).toBe(2);
    expect(drafts.hasUnsaved()).toBe(false);
  });

  it('keeps typing that happens while a save is on its way, and saves it next', async () => {
    let finish: (value: StandardResponse) => void = () => undefined;
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(() => new Promise((resolve) => (finish = resolve)));
    const { drafts } = setup(save);
    drafts.edit('1.1', { narrative: 'first' });
    await jest.advanceTimersByTimeAsync(500);
    drafts.edit('1.1', { narrative: 'first and more' });
    finish(stored('1.1', { rating: null, naReason: '', narrative: 'first', evidenceIds: [] }, 1));
    await jest.advanceTimersByTimeAsync(0);
    expect(drafts.get('1.1')?.draft?.narrative).toBe('first and more');
    expect(drafts.get('1.1')?.status).toBe('unsaved');
    await jest.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenLastCalledWith('1.1', expect.objectContaining({ narrative: 'first and more' }), 2);
  });

  it('keeps the edit on the device while the API is down, and retries until it is saved', async () => {
    const save = jest
      .fn<ReturnType<Save>, Parameters<Save>>()
      .mockRejectedValueOnce(new ApiUnavailableError('offline', 'The network service cannot be reached.'))
      .mockImplementation(async (code, fields, version) => stored(code, fields, version));
    const { drafts, persistence } = setup(save);
    drafts.edit('1.1', { rating: 'met' }, { quick: true });
    await jest.advanceTimersByTimeAsync(300);
    expect(drafts.get('1.1')?.status).toBe('waiting');
    expect(persistence.load()['1.1']?.fields.rating).toBe('met');
    await jest.advanceTimersByTimeAsync(1000);
    expect(drafts.get('1.1')?.status).toBe('saved');
    expect(persistence.load()).toEqual({});
  });

  it('on a conflict keeps both versions until the person chooses, losing nothing', async () => {
    const theirs = response('1.1', {
      version: 2,
      rating: 'partly_met',
      narrative: 'Their words',
      updatedBy: 'p-other',
    });
    const save = jest
      .fn<ReturnType<Save>, Parameters<Save>>()
      .mockRejectedValueOnce(conflict(theirs))
      .mockImplementation(async (code, fields, version) => stored(code, fields, version));
    const { drafts } = setup(save);
    drafts.edit('1.1', { rating: 'met', narrative: 'My words' });
    await jest.advanceTimersByTimeAsync(500);
    const entry = drafts.get('1.1');
    expect(entry?.status).toBe('conflict');
    expect(entry?.theirs?.narrative).toBe('Their words');
    expect(entry?.draft?.narrative).toBe('My words');
    drafts.edit('1.1', { narrative: 'My words, edited' });
    await jest.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);

    drafts.resolveConflict('1.1', 'combine');
    expect(drafts.get('1.1')?.draft).toEqual({
      rating: 'met',
      naReason: '',
      narrative: 'Their words\n\nMy words, edited',
      evidenceIds: [],
    });
    await jest.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenLastCalledWith(
      '1.1',
      expect.objectContaining({ narrative: 'Their words\n\nMy words, edited' }),
      2,
    );
    expect(drafts.get('1.1')?.status).toBe('saved');
  });

  it('"keep theirs" drops the local edit; "keep mine" saves it over the newer version', async () => {
    const theirs = response('1.1', { version: 5, rating: 'not_met', narrative: 'Theirs' });
    const save = jest
      .fn<ReturnType<Save>, Parameters<Save>>()
      .mockRejectedValueOnce(conflict(theirs))
      .mockRejectedValueOnce(conflict({ ...theirs, standardCode: '1.2', id: 'a-1:1.2' }))
      .mockImplementation(async (code, fields, version) => stored(code, fields, version));
    const { drafts } = setup(save);
    drafts.edit('1.1', { narrative: 'Mine' });
    drafts.edit('1.2', { narrative: 'Mine too' });
    await jest.advanceTimersByTimeAsync(500);
    drafts.resolveConflict('1.1', 'theirs');
    expect(drafts.get('1.1')).toMatchObject({ status: 'saved', draft: null, server: { narrative: 'Theirs' } });
    drafts.resolveConflict('1.2', 'mine');
    await jest.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith('1.2', expect.objectContaining({ narrative: 'Mine too' }), 5);
  });

  it('a conflict caused only by an assignment is rebased and saved without bothering the person', async () => {
    const reassigned = response('1.1', { version: 2, assigneeId: 'p-contributor' });
    const save = jest
      .fn<ReturnType<Save>, Parameters<Save>>()
      .mockRejectedValueOnce(conflict(reassigned))
      .mockImplementation(async (code, fields, version) => stored(code, fields, version));
    const { drafts } = setup(save);
    drafts.edit('1.1', { narrative: 'Text' });
    await jest.advanceTimersByTimeAsync(500);
    await jest.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith('1.1', expect.objectContaining({ narrative: 'Text' }), 2);
    expect(drafts.get('1.1')?.status).toBe('saved');
  });

  it('shows a refusal next to the field it names and keeps the text', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>().mockRejectedValue(
      new ApiProblemError({
        type: 't',
        title: 'Cannot be done',
        status: 422,
        detail: 'Say why this standard does not apply to you.',
        code: 'na_reason_required',
        field: 'naReason',
      }),
    );
    const { drafts } = setup(save);
    drafts.edit('1.1', { rating: 'not_applicable', naReason: 'n/a' }, { quick: true });
    await jest.advanceTimersByTimeAsync(300);
    expect(drafts.get('1.1')).toMatchObject({
      status: 'rejected',
      problem: { field: 'naReason', message: 'Say why this standard does not apply to you.' },
      draft: { rating: 'not_applicable', naReason: 'n/a' },
    });
  });

  it('keeps "not applicable" on the device, unsent and not refused, until its reason is typed', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>();
    const { drafts } = setup(save);
    drafts.edit('1.1', { rating: 'not_applicable' }, { quick: true });
    await jest.advanceTimersByTimeAsync(5_000);
    await drafts.flush('1.1');
    expect(save).not.toHaveBeenCalled();
    expect(drafts.get('1.1')).toMatchObject({ status: 'unsaved', problem: null, draft: { rating: 'not_applicable' } });
  });

  it('restores unsaved edits after a reload, and treats a newer server version as a conflict', async () => {
    const persistence = memoryDraftPersistence<ResponseFields>();
    persistence.save({
      '1.1': { fields: { rating: 'met', naReason: '', narrative: 'kept', evidenceIds: [] }, baseVersion: 1 },
      '1.2': { fields: { rating: 'met', naReason: '', narrative: 'older base', evidenceIds: [] }, baseVersion: 1 },
    });
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async (code, fields, version) =>
      stored(code, fields, version),
    );
    const drafts = new ResponseDrafts(
      [response('1.1'), response('1.2', { version: 4, narrative: 'changed meanwhile' })],
      {
        save,
        persistence,
      },
    );
    expect(drafts.get('1.2')?.status).toBe('conflict');
    await jest.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledWith('1.1', expect.objectContaining({ narrative: 'kept' }), 1);
    expect(drafts.get('1.1')?.status).toBe('saved');
  });

  it('going back to the saved text needs no save', () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>();
    const { drafts } = setup(save, [response('1.1', { narrative: 'same' })]);
    drafts.edit('1.1', { narrative: 'same!' });
    drafts.edit('1.1', { narrative: 'same' });
    expect(drafts.get('1.1')?.status).toBe('saved');
    expect(drafts.hasUnsaved()).toBe(false);
  });

  it('takes evidence linked elsewhere without a conflict, keeping the text being typed', async () => {
    const save = jest.fn<ReturnType<Save>, Parameters<Save>>(async (code, fields, version) =>
      stored(code, fields, version),
    );
    const { drafts } = setup(save, [response('1.1', { evidenceIds: ['e-old'] })]);
    drafts.edit('1.1', { narrative: 'typing', evidenceIds: [] });
    drafts.applyServerUpdates([response('1.1', { version: 2, evidenceIds: ['e-old', 'e-new'] })]);
    expect(drafts.get('1.1')).toMatchObject({
      status: 'unsaved',
      draft: { narrative: 'typing', evidenceIds: ['e-new'] },
    });
    await jest.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledWith(
      '1.1',
      expect.objectContaining({ narrative: 'typing', evidenceIds: ['e-new'] }),
      2,
    );
  });

  it('still shows a conflict when the other version changed the text', () => {
    const { drafts } = setup(jest.fn());
    drafts.edit('1.1', { narrative: 'mine' });
    drafts.applyServerUpdates([response('1.1', { version: 2, narrative: 'theirs' })]);
    expect(drafts.get('1.1')?.status).toBe('conflict');
  });
});
