import { ApiProblemError, ApiUnavailableError, SessionExpiredError } from '../../../api/errors';
import type { DraftPersistence, StoredDraft } from './draft-persistence';

/**
 * saved: the API has what is shown. unsaved: an edit waits for the autosave pause. saving: on its way.
 * waiting: the API could not be reached; kept on the device and retried. conflict: someone else saved first;
 * both versions are kept until the user chooses. rejected: the API refused it (the problem says why).
 */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'waiting' | 'conflict' | 'rejected';

/** What every saved record autosave works on has: a version to send back, and when it was last saved. */
export interface SavedRecord {
  readonly version: number;
  readonly updatedAt?: string | null;
}

export interface AutosaveEntry<Saved extends SavedRecord, Fields> {
  readonly server: Saved;
  /** Local edits the API does not have yet. */
  readonly draft: Fields | null;
  readonly status: SaveStatus;
  /** When this session last saved it. */
  readonly savedAt: string | null;
  readonly problem: { readonly message: string; readonly field?: string } | null;
  /** The other person's saved version, during a conflict. */
  readonly theirs: Saved | null;
}

export type ConflictChoice = 'mine' | 'theirs' | 'combine';

/** What autosave needs to know about one kind of record (a self-assessment response, a reviewer's rating). */
export interface DraftKind<Saved extends SavedRecord, Fields> {
  /** The key a record is saved under (the standard's code). */
  keyOf(saved: Saved): string;
  /** The part of a saved record a person edits. */
  fieldsOf(saved: Saved): Fields;
  sameFields(a: Fields, b: Fields): boolean;
  /** Both people's work in one draft, for the person to edit before saving. */
  combine(mine: Fields, theirs: Saved): Fields;
  /**
   * The draft on top of a newer saved version, when that version changed nothing the person edits (or only what
   * merges cleanly, such as evidence links); null when it did, which is a conflict.
   */
  rebase(draft: Fields, base: Saved, incoming: Saved): Fields | null;
  /** Why a draft cannot be sent yet (a comment without a rating), in words for the person; null when it can. */
  notReadyBecause?(fields: Fields): string | null;
  /**
   * True while the person is still completing a draft the API would refuse (a "not applicable" whose reason is
   * not typed yet): it is kept and not sent, and it is not an error; the page says what is missing once the
   * person leaves the field.
   */
  stillBeingCompleted?(fields: Fields): boolean;
}

export interface AutosaveOptions<Saved extends SavedRecord, Fields> {
  readonly save: (key: string, fields: Fields, version: number) => Promise<Saved>;
  readonly persistence: DraftPersistence<Fields>;
  readonly debounceMs?: number;
  readonly retryDelaysMs?: readonly number[];
  readonly now?: () => Date;
}

export function currentFieldsOf<Saved extends SavedRecord, Fields>(
  kind: DraftKind<Saved, Fields>,
  entry: AutosaveEntry<Saved, Fields>,
): Fields {
  return entry.draft ?? kind.fieldsOf(entry.server);
}

/**
 * Autosave for the records of one page: edits are saved after a short pause, one request per record at a time,
 * with the version that was read. Nothing typed is dropped: a slow or absent API keeps the edit on the device
 * and retries; a conflict keeps both versions until the person chooses.
 */
export class AutosaveDrafts<Saved extends SavedRecord, Fields> {
  private entries: ReadonlyMap<string, AutosaveEntry<Saved, Fields>>;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<string>();
  private readonly flushAgain = new Set<string>();
  private readonly retries = new Map<string, number>();
  private readonly debounceMs: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    private readonly kind: DraftKind<Saved, Fields>,
    records: readonly Saved[],
    private readonly options: AutosaveOptions<Saved, Fields>,
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.retryDelaysMs = options.retryDelaysMs ?? [2_000, 5_000, 10_000, 30_000];
    const entries = new Map<string, AutosaveEntry<Saved, Fields>>();
    for (const server of records) {
      entries.set(kind.keyOf(server), {
        server,
        draft: null,
        status: 'saved',
        savedAt: null,
        problem: null,
        theirs: null,
      });
    }
    this.entries = entries;
    this.restore(options.persistence.load());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Immutable snapshot (a new Map after every change), for useSyncExternalStore. */
  getSnapshot = (): ReadonlyMap<string, AutosaveEntry<Saved, Fields>> => this.entries;

  get(key: string): AutosaveEntry<Saved, Fields> | undefined {
    return this.entries.get(key);
  }

  currentFields(entry: AutosaveEntry<Saved, Fields>): Fields {
    return currentFieldsOf(this.kind, entry);
  }

  /** True while anything typed has not reached the API. */
  hasUnsaved(): boolean {
    return [...this.entries.values()].some((e) => e.draft !== null || e.status === 'saving');
  }

  edit(key: string, patch: Partial<Fields>, options: { quick?: boolean } = {}): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    const draft = { ...this.currentFields(entry), ...patch };
    const { sameFields, fieldsOf } = this.kind;
    if (entry.status !== 'conflict' && sameFields(draft, fieldsOf(entry.server)) && !this.inFlight.has(key)) {
      this.clearTimer(key);
      this.set(key, { ...entry, draft: null, status: 'saved', problem: null });
      return;
    }
    const status = entry.status === 'conflict' ? 'conflict' : 'unsaved';
    this.set(key, { ...entry, draft, status, problem: status === 'conflict' ? entry.problem : null });
    if (status !== 'conflict') this.schedule(key, options.quick ? Math.min(300, this.debounceMs) : this.debounceMs);
  }

  /** Saves now rather than after the pause (leaving a field, "retry now"). */
  async flush(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry || entry.draft === null || entry.status === 'conflict') return;
    if (this.inFlight.has(key)) {
      this.flushAgain.add(key);
      return;
    }
    this.clearTimer(key);
    const sent = entry.draft;
    if (this.kind.stillBeingCompleted?.(sent) === true) return;
    const notReady = this.kind.notReadyBecause?.(sent) ?? null;
    if (notReady !== null) {
      this.set(key, { ...entry, status: 'rejected', problem: { message: notReady } });
      return;
    }
    this.inFlight.add(key);
    this.set(key, { ...entry, status: 'saving', problem: null });
    try {
      const saved = await this.options.save(key, sent, entry.server.version);
      // An answer without the saved record cannot become the base of the next save: keep the edit instead.
      if (!isSavedRecord(saved)) throw new UnconfirmedSaveError();
      this.retries.delete(key);
      const latest = this.mustGet(key);
      const unchanged = latest.draft !== null && this.kind.sameFields(latest.draft, sent);
      this.set(key, {
        server: saved,
        draft: unchanged ? null : latest.draft,
        status: unchanged ? 'saved' : 'unsaved',
        savedAt: this.now().toISOString(),
        problem: null,
        theirs: null,
      });
      if (!unchanged) this.schedule(key, this.debounceMs);
    } catch (error) {
      this.failed(key, error);
    } finally {
      this.inFlight.delete(key);
      if (this.flushAgain.delete(key)) void this.flush(key);
    }
  }

  /** Saves every pending edit now (leaving the page). */
  flushAll(): void {
    for (const [key, entry] of this.entries)
      if (entry.draft !== null && entry.status === 'unsaved') void this.flush(key);
  }

  /** Saves every waiting edit now (the connection came back). */
  retryWaiting(): void {
    for (const [key, entry] of this.entries) if (entry.status === 'waiting') void this.flush(key);
  }

  resolveConflict(key: string, choice: ConflictChoice): void {
    const entry = this.entries.get(key);
    if (!entry || entry.status !== 'conflict' || entry.theirs === null) return;
    const theirs = entry.theirs;
    const mine = this.currentFields(entry);
    const base = { server: theirs, savedAt: entry.savedAt, problem: null, theirs: null };
    if (choice === 'theirs' || (choice === 'mine' && this.kind.sameFields(mine, this.kind.fieldsOf(theirs)))) {
      this.set(key, { ...base, draft: null, status: 'saved' });
      return;
    }
    const draft = choice === 'mine' ? mine : this.kind.combine(mine, theirs);
    this.set(key, { ...base, draft, status: 'unsaved' });
    if (choice === 'mine') void this.flush(key);
    else this.schedule(key, this.debounceMs);
  }

  /** Records changed elsewhere on this page (an assignment, an evidence link): take them, keeping local edits. */
  applyServerUpdates(records: readonly Saved[]): void {
    for (const incoming of records) {
      const key = this.kind.keyOf(incoming);
      const entry = this.entries.get(key);
      if (!entry || incoming.version <= entry.server.version || this.inFlight.has(key)) continue;
      const rebased = this.rebase(entry, incoming);
      this.set(key, rebased ?? { ...entry, status: 'conflict', theirs: incoming });
    }
  }

  /** The entry on top of a newer saved version; null when that version changed what the person edits. */
  private rebase(entry: AutosaveEntry<Saved, Fields>, incoming: Saved): AutosaveEntry<Saved, Fields> | null {
    if (entry.draft === null) return { ...entry, server: incoming };
    const draft = this.kind.rebase(entry.draft, entry.server, incoming);
    if (draft === null) return null;
    if (this.kind.sameFields(draft, this.kind.fieldsOf(incoming))) {
      return { ...entry, server: incoming, draft: null, status: 'saved' };
    }
    return { ...entry, server: incoming, draft, status: entry.status === 'conflict' ? 'conflict' : entry.status };
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private failed(key: string, error: unknown): void {
    const entry = this.mustGet(key);
    if (error instanceof ApiProblemError && error.status === 409) {
      const theirs = (error.problem['current'] ?? null) as Saved | null;
      const rebased = theirs ? this.rebase(entry, theirs) : null;
      if (rebased && rebased.draft !== null) {
        // Only what merges cleanly changed (an assignment, a file linked): rebase and save again.
        this.set(key, { ...rebased, status: 'unsaved' });
        this.flushAgain.add(key);
        return;
      }
      if (theirs && entry.draft && this.kind.sameFields(this.kind.fieldsOf(theirs), entry.draft)) {
        this.set(key, { ...entry, server: theirs, draft: null, status: 'saved', problem: null });
        return;
      }
      if (theirs) {
        this.set(key, { ...entry, status: 'conflict', theirs, problem: null });
        return;
      }
    }
    if (error instanceof ApiUnavailableError || error instanceof SessionExpiredError) {
      const attempt = this.retries.get(key) ?? 0;
      this.retries.set(key, attempt + 1);
      this.set(key, { ...entry, status: 'waiting', problem: { message: error.message } });
      this.schedule(key, this.retryDelaysMs[Math.min(attempt, this.retryDelaysMs.length - 1)] ?? 30_000);
      return;
    }
    const problem =
      error instanceof ApiProblemError
        ? {
            message: error.problem.detail,
            ...(typeof error.problem.field === 'string' ? { field: error.problem.field } : {}),
          }
        : error instanceof UnconfirmedSaveError
          ? { message: error.message }
          : { message: 'Something went wrong while saving. Your text is kept here; try again.' };
    this.set(key, { ...entry, status: 'rejected', problem });
  }

  private restore(stored: Record<string, StoredDraft<Fields>>): void {
    for (const [key, { fields, baseVersion }] of Object.entries(stored)) {
      const entry = this.entries.get(key);
      if (!entry || this.kind.sameFields(fields, this.kind.fieldsOf(entry.server))) continue;
      if (baseVersion === entry.server.version) {
        this.set(key, { ...entry, draft: fields, status: 'unsaved' });
        this.schedule(key, 0);
      } else {
        this.set(key, { ...entry, draft: fields, status: 'conflict', theirs: entry.server });
      }
    }
    this.persist();
  }

  private schedule(key: string, delayMs: number): void {
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.flush(key);
      }, delayMs),
    );
  }

  private clearTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private set(key: string, entry: AutosaveEntry<Saved, Fields>): void {
    const next = new Map(this.entries);
    next.set(key, entry);
    this.entries = next;
    this.persist();
    for (const listener of this.listeners) listener();
  }

  private persist(): void {
    const drafts: Record<string, StoredDraft<Fields>> = {};
    for (const [key, entry] of this.entries) {
      if (entry.draft !== null) drafts[key] = { fields: entry.draft, baseVersion: entry.server.version };
    }
    this.options.persistence.save(drafts);
  }

  private mustGet(key: string): AutosaveEntry<Saved, Fields> {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`Nothing to save under ${key}.`);
    return entry;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

/** The API answered a save without the record it saved. */
class UnconfirmedSaveError extends Error {
  constructor() {
    super('The save was not confirmed. Your change is kept here; try again.');
  }
}

function isSavedRecord(value: unknown): value is SavedRecord {
  return typeof value === 'object' && value !== null && typeof (value as { version?: unknown }).version === 'number';
}
