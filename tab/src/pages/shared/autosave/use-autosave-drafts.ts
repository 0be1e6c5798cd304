import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionStatus } from '../../../api/connection-status';
import type { AutosaveDrafts, AutosaveEntry, SavedRecord } from './autosave-drafts';

/**
 * One autosave store per page (made once), retried when the connection comes back, flushed when the page is
 * left, and told of records changed elsewhere on the page.
 */
export function useAutosaveDrafts<Saved extends SavedRecord, Fields, Drafts extends AutosaveDrafts<Saved, Fields>>(
  create: () => Drafts,
  status: ConnectionStatus,
  records: readonly Saved[],
): { drafts: Drafts; entries: ReadonlyMap<string, AutosaveEntry<Saved, Fields>> } {
  const [drafts] = useState(create);
  const entries = useSyncExternalStore(drafts.subscribe, drafts.getSnapshot);

  useEffect(() => {
    drafts.applyServerUpdates(records);
  }, [drafts, records]);

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
