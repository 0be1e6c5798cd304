import type { SaveResponseRequest, StandardResponse } from '../../api/types';

/**
 * The part of a response a person edits: every field a save sends besides `version`, held as the API answers it.
 * Taken from the contract, so a field the API adds to the save is a compile error here rather than a lost edit.
 */
export type ResponseFields = Pick<StandardResponse, keyof Omit<SaveResponseRequest, 'version'>>;

/** What a save sends: exactly the edited fields (the API refuses any other) and the version the edit started from. */
export function saveRequestOf(fields: ResponseFields, version: number): SaveResponseRequest {
  return {
    rating: fields.rating,
    naReason: fields.naReason,
    narrative: fields.narrative,
    evidenceIds: [...fields.evidenceIds],
    version,
  };
}

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

/** Same rating, reason and narrative: the versions differ at most in their evidence links. */
export function sameExceptEvidence(a: ResponseFields, b: ResponseFields): boolean {
  return sameFields({ ...a, evidenceIds: [] }, { ...b, evidenceIds: [] });
}

/**
 * Evidence links after a three-way merge: the server's list, plus what this person linked locally, minus what
 * they unlinked locally (relative to the version their edit started from).
 */
export function mergeEvidence(mine: readonly string[], base: readonly string[], theirs: readonly string[]): string[] {
  const added = mine.filter((id) => !base.includes(id));
  const removed = new Set(base.filter((id) => !mine.includes(id)));
  return [...new Set([...theirs, ...added])].filter((id) => !removed.has(id));
}
