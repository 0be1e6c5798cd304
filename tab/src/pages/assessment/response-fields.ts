import type { ResponseFields, StandardResponse } from '../../api/types';

export function fieldsOf(response: ResponseFields): ResponseFields {
  return {
    rating: response.rating,
    naReason: response.naReason,
    narrative: response.narrative,
    evidenceIds: [...response.evidenceIds],
  };
}

export function sameFields(a: ResponseFields, b: ResponseFields): boolean {
  return (
    a.rating === b.rating &&
    (a.rating !== 'not_applicable' || a.naReason.trim() === b.naReason.trim()) &&
    a.narrative === b.narrative &&
    a.evidenceIds.length === b.evidenceIds.length &&
    a.evidenceIds.every((id, i) => b.evidenceIds[i] === id)
  );
}

/**
 * Both people's work in one draft, for the user to edit before saving: their own rating wins when they gave
 * one, both narratives are kept (theirs first, marked), and evidence from both is linked.
 */
export function combineVersions(mine: ResponseFields, theirs: StandardResponse): ResponseFields {
  const narratives = [theirs.narrative.trim(), mine.narrative.trim()].filter((n) => n !== '');
  const unique = narratives.length === 2 && narratives[0] === narratives[1] ? [narratives[0] ?? ''] : narratives;
  const rating = mine.rating ?? theirs.rating;
  return {
    rating,
    naReason: rating === 'not_applicable' ? mine.naReason.trim() || theirs.naReason : '',
    narrative: unique.join('\n\n'),
    evidenceIds: [...new Set([...theirs.evidenceIds, ...mine.evidenceIds])],
  };
}
