import type { Api } from '../../api/endpoints';
import type { ConnectionStatus } from '../../api/connection-status';
import type { StandardResponse } from '../../api/types';
import { localDraftPersistence, safeLocalStorage } from '../shared/autosave/draft-persistence';
import { useAutosaveDrafts } from '../shared/autosave/use-autosave-drafts';
import { ResponseDrafts, type DraftEntry } from './response-drafts';
import { saveRequestOf } from './response-fields';

/** One autosave store per assessment page, retried when the connection comes back. */
export function useResponseDrafts(
  api: Api,
  status: ConnectionStatus,
  personId: string,
  assessmentId: string,
  responses: readonly StandardResponse[],
): { drafts: ResponseDrafts; entries: ReadonlyMap<string, DraftEntry> } {
  return useAutosaveDrafts(
    () =>
      new ResponseDrafts(responses, {
        save: (code, fields, version) => api.saveResponse(assessmentId, code, saveRequestOf(fields, version)),
        persistence: localDraftPersistence(safeLocalStorage(), personId, assessmentId),
      }),
    status,
    responses,
  );
}
