import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ApiUnavailableError, isProblem, messageOf } from '../../api/errors';
import type { ThemeNotesView, VisitNote } from '../../api/types';
import { useApp } from '../../app/app-context';
import { localDraftPersistence, type DraftPersistence, type StoredDraft } from '../shared/autosave/draft-persistence';

/** A note not yet saved: its text (`fields`) and the version of the note it was written over. */
export type NoteDraft = StoredDraft<string>;

export type NoteStatus = 'saved' | 'saving' | 'kept' | 'failed';

export interface NoteState {
  readonly text: string;
  readonly version: number;
  readonly status: NoteStatus;
  readonly error: string | null;
}

/** Autosave waits for a pause in typing. */
export const NOTE_SAVE_DELAY_MS = 1000;
/** While offline, a kept note is tried again this often (and at once when the browser says it is back online). */
export const NOTE_RETRY_MS = 15_000;

/**
 * The signed-in member's notes per theme, autosaved. Every keystroke is kept on the device (localStorage) first,
 * so a dropped network or a closed laptop loses nothing; the note is sent after a pause in typing, and one the
 * API could not take is kept and sent again when the connection is back.
 */
export function useVisitNotes(
  assessmentId: string,
  themes: readonly ThemeNotesView[],
  persistence?: DraftPersistence<string>,
) {
  const { api, me } = useApp();
  const store = useMemo(
    () =>
      persistence ?? localDraftPersistence<string>(globalThis.localStorage, me.person.id, assessmentId, 'visit-notes'),
    [persistence, me.person.id, assessmentId],
  );
  const [notes, setNotes] = useState<Record<string, NoteState>>(() => {
    const drafts = store.load();
    return Object.fromEntries(
      themes.map((t) => {
        const draft = drafts[t.themeCode];
        const state: NoteState = draft
          ? { text: draft.fields, version: draft.baseVersion, status: 'kept', error: null }
          : { text: t.mine.text, version: t.mine.version, status: 'saved', error: null };
        return [t.themeCode, state];
      }),
    );
  });
  // The notes as last rendered, for timers and retries that fire between renders.
  const latest = useRef(notes);
  useLayoutEffect(() => {
    latest.current = notes;
  });
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const keep = useCallback(
    (themeCode: string, draft: NoteDraft | null) => {
      const drafts = store.load();
      if (draft) drafts[themeCode] = draft;
      else delete drafts[themeCode];
      store.save(drafts);
    },
    [store],
  );

  const update = (themeCode: string, change: Partial<NoteState>) =>
    setNotes((all) => {
      const current = all[themeCode];
      return current ? { ...all, [themeCode]: { ...current, ...change } } : all;
    });

  const save = useCallback(
    async (themeCode: string): Promise<void> => {
      const note = latest.current[themeCode];
      if (!note || note.status === 'saved') return;
      update(themeCode, { status: 'saving', error: null });
      try {
        let stored: VisitNote;
        try {
          stored = await api.saveVisitNote(assessmentId, themeCode, { text: note.text, version: note.version });
        } catch (error) {
          // The member's own note, changed from another device of theirs: this device's text is the newer one.
          const current = isProblem(error, 409) ? (error.problem['current'] as { version?: number } | null) : null;
          if (typeof current?.version !== 'number') throw error;
          stored = await api.saveVisitNote(assessmentId, themeCode, { text: note.text, version: current.version });
        }
        const now = latest.current[themeCode];
        const changedMeanwhile = now !== undefined && now.text !== note.text;
        update(themeCode, { version: stored.version, status: changedMeanwhile ? 'kept' : 'saved' });
        if (changedMeanwhile) keep(themeCode, { fields: now.text, baseVersion: stored.version });
        else keep(themeCode, null);
      } catch (error) {
        const offline = error instanceof ApiUnavailableError;
        update(themeCode, { status: offline ? 'kept' : 'failed', error: offline ? null : messageOf(error) });
      }
    },
    [api, assessmentId, keep],
  );

  const change = useCallback(
    (themeCode: string, text: string) => {
      const note = latest.current[themeCode];
      if (!note) return;
      update(themeCode, { text, status: 'kept', error: null });
      keep(themeCode, { fields: text, baseVersion: note.version });
      const pending = timers.current.get(themeCode);
      if (pending) clearTimeout(pending);
      timers.current.set(
        themeCode,
        setTimeout(() => void save(themeCode), NOTE_SAVE_DELAY_MS),
      );
    },
    [keep, save],
  );

  // Kept notes go out again when the connection comes back, and every so often in case no event says so.
  useEffect(() => {
    const retry = () => {
      for (const [code, note] of Object.entries(latest.current)) if (note.status === 'kept') void save(code);
    };
    retry();
    window.addEventListener('online', retry);
    const every = setInterval(retry, NOTE_RETRY_MS);
    const pending = timers.current;
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(every);
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, [save]);

  return { notes, change, saveNow: save };
}
