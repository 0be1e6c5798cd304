import type { ResponseFields } from '../../tab/src/pages/assessment/response-fields';
import { saveRequestOf } from '../../tab/src/pages/assessment/response-fields';

describe('saving a response', () => {
  it('sends the rating, reason, narrative, evidence and version, and nothing else the API would refuse', () => {
    // A draft kept on the device is read back from localStorage as it was written, so it can carry more than the
    // editable fields (a response spread into it, or a field an older tab stored); the API's schema is strict.
    const restored = {
      rating: 'met',
      naReason: '',
      narrative: 'We check every week.',
      evidenceIds: ['ev-1'],
      assigneeId: 'p-sophie',
      updatedAt: '2026-11-26T09:30:00.000Z',
    } as ResponseFields;

    expect(saveRequestOf(restored, 3)).toStrictEqual({
      rating: 'met',
      naReason: '',
      narrative: 'We check every week.',
      evidenceIds: ['ev-1'],
      version: 3,
    });
  });
});
