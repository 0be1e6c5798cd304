/** One small entity of each visit-day kind for the store contract; ids tie to fixtures.ts. */
import type { VisitDay, VisitNote } from '../../src/domain/visit-day';
import type { Change, EntityKind, EntityMap, PutChange } from '../../src/services/ports';

const AT = '2026-11-26T09:30:00.000Z';

function put<K extends EntityKind>(kind: K, value: EntityMap[K]): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion: 0 };
}

export function visitDay(overrides: Partial<VisitDay> = {}): VisitDay {
  return {
    id: 'visit:as-cardio-2026',
    version: 0,
    assessmentId: 'as-cardio-2026',
    cycleId: 'cy-2026',
    meeting: {
      source: 'linked',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      by: 'p-lowe',
      at: AT,
    },
    feedback: null,
    ...overrides,
  };
}

export function visitNote(overrides: Partial<VisitNote> = {}): VisitNote {
  return {
    id: 'as-cardio-2026:1:p-lowe',
    version: 0,
    assessmentId: 'as-cardio-2026',
    cycleId: 'cy-2026',
    themeCode: '1',
    personId: 'p-lowe',
    text: 'Met the liaison nurse: referrals answered within a day.',
    updatedAt: AT,
    ...overrides,
  };
}

export function oneOfEachVisitKind(): Change[] {
  return [put('visitDay', visitDay()), put('visitNote', visitNote())];
}
