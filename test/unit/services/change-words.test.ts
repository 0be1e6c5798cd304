import type { AuditEvent } from '../../../src/domain/audit';
import { AUDIT_TRAIL_OF } from '../../../src/services/audit-trail-membership';
import { changeInWords, TRAIL_THING_WORDS, type HistoryNames } from '../../../src/services/assessment/change-words';
import type { EntityKind } from '../../../src/services/ports';
import { response, serviceAssessment } from '../../contract/fixtures';

const names: HistoryNames = {
  personName: (id) => ({ 'p-sam': 'Sam Patel' })[id] ?? 'Someone no longer in the network',
  standardName: (code) => (code === '1.1' ? '1.1 Physical health checks' : code),
};

function event(entityKind: string, action: AuditEvent['action'], before: unknown, after: unknown): AuditEvent {
  return {
    id: 'e',
    at: '2026-11-26T10:00:00.000Z',
    actorId: 'p-sam',
    entityKind,
    entityId: 'x',
    assessmentId: 'as-1',
    action,
    before,
    after,
  };
}

describe('a change to an assessment, in words', () => {
  const empty = response('as-1', '1.1');

  it('says nothing of the empty response written when the assessment starts', () => {
    expect(changeInWords(event('response', 'create', null, empty), names)).toBeNull();
  });

  it('names the standard and every part of a response that changed', () => {
    const after = {
      ...empty,
      rating: 'partly_met',
      narrative: 'Checks on two wards.',
      assigneeId: 'p-sam',
      evidenceIds: ['ev-1', 'ev-2'],
    };
    expect(changeInWords(event('response', 'update', empty, after), names)).toBe(
      '1.1 Physical health checks: rated Partly met (was Not rated); notes edited; given to Sam Patel; 2 files of ' +
        'evidence linked',
    );
    expect(changeInWords(event('response', 'update', after, { ...after, evidenceIds: ['ev-2'] }), names)).toBe(
      '1.1 Physical health checks: 1 file of evidence unlinked',
    );
    expect(changeInWords(event('response', 'update', after, { ...after, version: 9 }), names)).toBeNull();
  });

  it('tells a change of state from other changes to the assessment', () => {
    const started = serviceAssessment({ state: 'in_progress' });
    expect(changeInWords(event('assessment', 'update', started, { ...started, state: 'submitted' }), names)).toBe(
      'Moved the assessment from In progress to Submitted',
    );
    expect(changeInWords(event('assessment', 'update', started, { ...started, version: 3 }), names)).toBe(
      'Changed the assessment’s details',
    );
  });

  it('names evidence by its file, and the rest by what it is and its standard', () => {
    expect(changeInWords(event('evidence', 'create', null, { fileName: 'Audit 2026.pdf' }), names)).toBe(
      'Added evidence “Audit 2026.pdf”',
    );
    expect(
      changeInWords(event('agreedRating', 'update', { standardCode: '1.1' }, { standardCode: '1.1' }), names),
    ).toBe('Changed an agreed rating for 1.1 Physical health checks');
  });

  it('has words for every kind an assessment’s trail holds', () => {
    const ownWords = new Set(['assessment', 'response', 'evidence']);
    const missing = (Object.keys(AUDIT_TRAIL_OF) as EntityKind[]).filter(
      (kind) => AUDIT_TRAIL_OF[kind] !== null && !ownWords.has(kind) && TRAIL_THING_WORDS[kind] === undefined,
    );
    expect(missing).toEqual([]);
  });
});
