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
          // Autosave sends only drafts that have a rating (notReadyBecause holds the rest back).
          const saved = await api.saveReviewerRating(assessmentId, code, {
            rating: fields.rating ?? 'not_met',
            comment: fields.comment,
            version,
          });
          return { ...saved, updatedAt: saved.updatedAt };
        },
        persistence: localDraftPersistence(safeLocalStorage(), personId, assessmentId, 'review-drafts'),
      }),
    status,
    records,
  );
}
