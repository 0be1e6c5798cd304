import type { Rating, ReviewerOpinionView, StandardReviewLine } from '../../api/types';
import { AutosaveDrafts, type AutosaveEntry, type DraftKind } from '../shared/autosave/autosave-drafts';

/**
 * A reviewer's own rating of one standard as autosave keeps it (the API's, with the standard it is for); none yet
 * is version 0 with no rating.
 */
export type ReviewerRatingRecord = Pick<ReviewerOpinionView, 'comment' | 'version'> & {
  readonly standardCode: string;
  readonly rating: Rating | null;
  readonly updatedAt: string | null;
};

/** What the reviewer edits: their rating and their comment. */
export interface ReviewerRatingFields {
  readonly rating: Rating | null;
  readonly comment: string;
}

export type ReviewerDraftEntry = AutosaveEntry<ReviewerRatingRecord, ReviewerRatingFields>;

export function recordOf(line: Pick<StandardReviewLine, 'standardCode'> & { mine: ReviewerOpinionView | null }) {
  const mine = line.mine;
  return {
    standardCode: line.standardCode,
    rating: mine?.rating ?? null,
    comment: mine?.comment ?? '',
    version: mine?.version ?? 0,
    updatedAt: mine?.updatedAt ?? null,
  } satisfies ReviewerRatingRecord;
}

const fieldsOf = (r: ReviewerRatingFields): ReviewerRatingFields => ({ rating: r.rating, comment: r.comment });

/**
 * A reviewer's rating, for autosave. Nobody else writes it, so another version is their own from another window
 * or device: a conflict, shown side by side. Combining keeps the rating chosen here and both comments.
 */
export const REVIEWER_DRAFT_KIND: DraftKind<ReviewerRatingRecord, ReviewerRatingFields> = {
  keyOf: (record) => record.standardCode,
  fieldsOf,
  sameFields: (a, b) => a.rating === b.rating && a.comment === b.comment,
  combine(mine, theirs) {
    const comments = [theirs.comment.trim(), mine.comment.trim()].filter((c) => c !== '');
    return {
      rating: mine.rating ?? theirs.rating,
      comment: [...new Set(comments)].join('\n\n'),
    };
  },
  rebase: (draft, base, incoming) =>
    base.rating === incoming.rating && base.comment === incoming.comment ? draft : null,
  notReadyBecause(fields) {
    if (fields.rating === null) return 'Choose a rating first: your comment is kept here and saved with it.';
    if (fields.rating === 'not_applicable' && fields.comment.trim() === '') {
      return 'Say in the comment why this standard does not apply, then it is saved.';
    }
    return null;
  },
};

/** Autosave for one reviewer's ratings of one assessment (see AutosaveDrafts). */
export class ReviewerDrafts extends AutosaveDrafts<ReviewerRatingRecord, ReviewerRatingFields> {
  constructor(
    records: readonly ReviewerRatingRecord[],
    options: ConstructorParameters<typeof AutosaveDrafts<ReviewerRatingRecord, ReviewerRatingFields>>[2],
  ) {
    super(REVIEWER_DRAFT_KIND, records, options);
  }
}
