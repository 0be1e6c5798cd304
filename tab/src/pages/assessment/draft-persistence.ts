import type { ResponseFields } from './response-fields';

/** An unsaved edit kept on the device: the fields and the version of the response they were based on. */
export interface StoredDraft {
  readonly fields: ResponseFields;
  readonly baseVersion: number;
}

export interface DraftPersistence<Draft = StoredDraft> {
  load(): Record<string, Draft>;
  save(drafts: Record<string, Draft>): void;
}

/**
 * Unsaved edits survive a reload, a crash or an API outage: they are written to localStorage (per person and
 * assessment) until the API has them. Storage that is full or blocked is ignored: the edit stays in memory.
 */
export function localDraftPersistence<Draft = StoredDraft>(
  storage: Storage | undefined,
  personId: string,
  assessmentId: string,
  /** What the drafts are of; other pages (review-day notes) keep theirs apart from response drafts. */
  kind = 'drafts',
): DraftPersistence<Draft> {
  const key = `mbqin.${kind}.${personId}.${assessmentId}`;
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        return raw ? (JSON.parse(raw) as Record<string, Draft>) : {};
      } catch {
        return {};
      }
    },
    save(drafts) {
      try {
        if (Object.keys(drafts).length === 0) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(drafts));
      } catch {
        // Storage full or blocked: the draft is still held in memory and retried.
      }
    },
  };
}

export const memoryDraftPersistence = (): DraftPersistence => {
  let stored: Record<string, StoredDraft> = {};
  return {
    load: () => stored,
    save: (drafts) => {
      stored = drafts;
    },
  };
};
