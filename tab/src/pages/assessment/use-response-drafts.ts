import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Api } from '../../api/endpoints';
import type { ConnectionStatus } from '../../api/connection-status';
import type { StandardResponse } from '../../api/types';
import { localDraftPersistence } from './draft-persistence';
import { ResponseDrafts, type DraftEntry } from './response-drafts';
import { saveRequestOf } from './response-fields';

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** One autosave store per assessment page, retried when the connection comes back. */
export function useResponseDrafts(
  api: Api,
  status: ConnectionStatus,
  personId: string,
  assessmentId: string,
  responses: readonly StandardResponse[],
): { drafts: ResponseDrafts; entries: ReadonlyMap<string, DraftEntry> } {
  const [drafts] = useState(
    () =>
      new ResponseDrafts(responses, {
        save: (code, fields, version) => api.saveResponse(assessmentId, code, saveRequestOf(fields, version)),
        persistence: localDraftPersistence(safeLocalStorage(), personId, assessmentId),
      }),
  );
  const entries = useSyncExternalStore(drafts.subscribe, drafts.getSnapshot);

  useEffect(() => {
    drafts.applyServerUpdates(responses);
  }, [drafts, responses]);

  useEffect(() => {
    const retry = () => drafts.retryWaiting();
    window.addEventListener('online', retry);
    const unsubscribe = status.subscribe((state) => state === 'online' && retry());
    return () => {
      window.removeEventListener('online', retry);
      unsubscribe();
    };
  }, [drafts, status]);

  // Leaving the page saves what is pending at once (and it is on the device in any case).
  useEffect(() => () => drafts.flushAll(), [drafts]);

  return { drafts, entries };
}
