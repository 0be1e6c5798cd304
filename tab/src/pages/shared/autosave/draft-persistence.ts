/** An unsaved edit kept on the device: the fields and the version of the saved record they were based on. */
export interface StoredDraft<Fields> {
  readonly fields: Fields;
  readonly baseVersion: number;
}

export interface DraftPersistence<Fields> {
  load(): Record<string, StoredDraft<Fields>>;
  save(drafts: Record<string, StoredDraft<Fields>>): void;
}

/**
 * Unsaved edits survive a reload, a crash or an API outage: they are written to localStorage (per person, page
 * and assessment) until the API has them. Storage that is full or blocked is ignored: the edit stays in memory.
 * `page` keeps a reviewer's ratings and review-day notes apart from the self-assessment's responses of the same
 * assessment.
 */
export function localDraftPersistence<Fields>(
  storage: Storage | undefined,
  personId: string,
  assessmentId: string,
  page: 'drafts' | 'review-drafts' | 'visit-notes' = 'drafts',
): DraftPersistence<Fields> {
  const key = `mbqin.${page}.${personId}.${assessmentId}`;
  return {
    load() {
      try {
        const raw = storage?.getItem(key);
        return raw ? (JSON.parse(raw) as Record<string, StoredDraft<Fields>>) : {};
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

export function memoryDraftPersistence<Fields>(): DraftPersistence<Fields> {
  let stored: Record<string, StoredDraft<Fields>> = {};
  return {
    load: () => stored,
    save: (drafts) => {
      stored = drafts;
    },
  };
}

/** localStorage when the browser lets the page use it (Teams' embedded browsers may not). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
