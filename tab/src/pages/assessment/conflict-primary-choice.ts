import type { StandardResponse } from '../../api/types';
import type { ConflictChoice } from '../shared/autosave/autosave-drafts';
import type { ResponseFields } from './response-fields';

function written(text: string): boolean {
  return text.trim() !== '';
}

/**
 * The choice offered first (and taken by Enter) in a conflict. Keeping one's own version is the usual wish, but
 * when the other person wrote a narrative or a reason where this person's version has none, keeping "mine"
 * would silently throw their words away: combining keeps both, so it comes first then.
 */
export function primaryConflictChoice(mine: ResponseFields, theirs: StandardResponse): ConflictChoice {
  const losesTheirNarrative = !written(mine.narrative) && written(theirs.narrative);
  const losesTheirReason = theirs.rating === 'not_applicable' && written(theirs.naReason) && !written(mine.naReason);
  return losesTheirNarrative || losesTheirReason ? 'combine' : 'mine';
}
