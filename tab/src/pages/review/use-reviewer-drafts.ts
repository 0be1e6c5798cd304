import { useMemo } from 'react';
import type { Api } from '../../api/endpoints';
import type { ConnectionStatus } from '../../api/connection-status';
import type { ReviewView } from '../../api/types';
import { localDraftPersistence, safeLocalStorage } from '../shared/autosave/draft-persistence';
import { useAutosaveDrafts } from '../shared/autosave/use-autosave-drafts';
import { recordOf, ReviewerDrafts, type ReviewerDraftEntry } from './reviewer-drafts';

/** Autosave of the signed-in reviewer's own ratings, kept on the device apart from any self-assessment drafts. */
export function useReviewerDrafts(
  api: Api,
  status: ConnectionStatus,
  personId: string,
  review: ReviewView,
): { drafts: ReviewerDrafts; entries: ReadonlyMap<string, ReviewerDraftEntry> } {
  const records = useMemo(() => review.standards.map(recordOf), [review.standards]);
  const assessmentId = review.assessmentId;
  return useAutosaveDrafts(
    () =>
      new ReviewerDrafts(records, {
        save: async (code, fields, version) => {
          // notReadyBecause holds back a draft without a rating, so none reaches here.
          if (fields.rating === null) throw new Error(`No rating to save for standard ${code}.`);
          return api.saveReviewerRating(assessmentId, code, {
            rating: fields.rating,
            comment: fields.comment,
            version,
          });
        },
        persistence: localDraftPersistence(safeLocalStorage(), personId, assessmentId, 'review-drafts'),
      }),
    status,
    records,
  );
}
