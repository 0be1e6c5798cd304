import { ApiProblemError, ApiUnavailableError, SessionExpiredError } from '../../api/errors';
import type { StandardResponse } from '../../api/types';
import type { DraftPersistence, StoredDraft } from './draft-persistence';
import {
  combineVersions,
  fieldsOf,
  mergeEvidence,
  sameExceptEvidence,
  sameFields,
  type ResponseFields,
} from './response-fields';

/**
 * saved: the API has what is shown. unsaved: an edit waits for the autosave pause. saving: on its way.
 * waiting: the API could not be reached; kept on the device and retried. conflict: someone else saved first;
 * both versions are kept until the user chooses. rejected: the API refused it (the problem says why).
 */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'waiting' | 'conflict' | 'rejected';

export interface DraftEntry {
  readonly server: StandardResponse;
  /** Local edits the API does not have yet. */
  readonly draft: ResponseFields | null;
  readonly status: SaveStatus;
  /** When this session last saved it. */
  readonly savedAt: string | null;
  readonly problem: { readonly message: string; readonly field?: string } | null;
  /** The other person's saved version, during a conflict. */
  readonly theirs: StandardResponse | null;
}

export type ConflictChoice = 'mine' | 'theirs' | 'combine';

export interface ResponseDraftsOptions {
  readonly save: (code: string, fields: ResponseFields, version: number) => Promise<StandardResponse>;
  readonly persistence: DraftPersistence;
  readonly debounceMs?: number;
  readonly retryDelaysMs?: readonly number[];
  readonly now?: () => Date;
}

export function currentFields(entry: DraftEntry): ResponseFields {
  return entry.draft ?? fieldsOf(entry.server);
}

/**
 * Autosave for one assessment's responses: edits are saved after a short pause, one request per standard at
 * a time, with the version that was read. Nothing typed is dropped: a slow or absent API keeps the edit on
 * the device and retries; a conflict keeps both versions until the person chooses.
 */
export class ResponseDrafts {
  private entries: ReadonlyMap<string, DraftEntry>;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<string>();
  private readonly flushAgain = new Set<string>();
  private readonly retries = new Map<string, number>();
  private readonly debounceMs: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    responses: readonly StandardResponse[],
    private readonly options: ResponseDraftsOptions,
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.retryDelaysMs = options.retryDelaysMs ?? [2_000, 5_000, 10_000, 30_000];
    const entries = new Map<string, DraftEntry>();
    for (const server of responses) {
      entries.set(server.standardCode, {
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
  getSnapshot = (): ReadonlyMap<string, DraftEntry> => this.entries;

  get(code: string): DraftEntry | undefined {
    return this.entries.get(code);
  }

  /** True while anything typed has not reached the API. */
  hasUnsaved(): boolean {
    return [...this.entries.values()].some((e) => e.draft !== null || e.status === 'saving');
  }

  edit(code: string, patch: Partial<ResponseFields>, options: { quick?: boolean } = {}): void {
    const entry = this.entries.get(code);
    if (!entry) return;
    const draft = { ...currentFields(entry), ...patch };
    if (entry.status !== 'conflict' && sameFields(draft, fieldsOf(entry.server)) && !this.inFlight.has(code)) {
      this.clearTimer(code);
      this.set(code, { ...entry, draft: null, status: 'saved', problem: null });
      return;
    }
    const status = entry.status === 'conflict' ? 'conflict' : 'unsaved';
    this.set(code, { ...entry, draft, status, problem: status === 'conflict' ? entry.problem : null });
    if (status !== 'conflict') this.schedule(code, options.quick ? Math.min(300, this.debounceMs) : this.debounceMs);
  }

  /** Saves now rather than after the pause (leaving a field, "retry now"). */
  async flush(code: string): Promise<void> {
    const entry = this.entries.get(code);
    if (!entry || entry.draft === null || entry.status === 'conflict') return;
    if (this.inFlight.has(code)) {
      this.flushAgain.add(code);
      return;
    }
    this.clearTimer(code);
    const sent = entry.draft;
    this.inFlight.add(code);
    this.set(code, { ...entry, status: 'saving', problem: null });
    try {
      const saved = await this.options.save(code, sent, entry.server.version);
      this.retries.delete(code);
      const latest = this.mustGet(code);
      const unchanged = latest.draft !== null && sameFields(latest.draft, sent);
      this.set(code, {
        server: saved,
        draft: unchanged ? null : latest.draft,
        status: unchanged ? 'saved' : 'unsaved',
        savedAt: this.now().toISOString(),
        problem: null,
        theirs: null,
      });
      if (!unchanged) this.schedule(code, this.debounceMs);
    } catch (error) {
      this.failed(code, error);
    } finally {
      this.inFlight.delete(code);
      if (this.flushAgain.delete(code)) void this.flush(code);
    }
  }

  /** Saves every pending edit now (leaving the page). */
  flushAll(): void {
    for (const [code, entry] of this.entries)
      if (entry.draft !== null && entry.status === 'unsaved') void this.flush(code);
  }

  /** Saves every waiting edit now (the connection came back). */
  retryWaiting(): void {
    for (const [code, entry] of this.entries) if (entry.status === 'waiting') void this.flush(code);
  }

  resolveConflict(code: string, choice: ConflictChoice): void {
    const entry = this.entries.get(code);
    if (!entry || entry.status !== 'conflict' || entry.theirs === null) return;
    const theirs = entry.theirs;
    const mine = currentFields(entry);
    const base = { server: theirs, savedAt: entry.savedAt, problem: null, theirs: null };
    if (choice === 'theirs' || (choice === 'mine' && sameFields(mine, fieldsOf(theirs)))) {
      this.set(code, { ...base, draft: null, status: 'saved' });
      return;
    }
    const draft = choice === 'mine' ? mine : combineVersions(mine, theirs);
    this.set(code, { ...base, draft, status: 'unsaved' });
    if (choice === 'mine') void this.flush(code);
    else this.schedule(code, this.debounceMs);
  }

  /** Responses changed elsewhere in this tab (an assignment, an evidence link): take them, keeping local edits. */
  applyServerUpdates(responses: readonly StandardResponse[]): void {
    for (const incoming of responses) {
      const entry = this.entries.get(incoming.standardCode);
      if (!entry || incoming.version <= entry.server.version || this.inFlight.has(incoming.standardCode)) continue;
      const rebased = this.rebase(entry, incoming);
      this.set(incoming.standardCode, rebased ?? { ...entry, status: 'conflict', theirs: incoming });
    }
  }

  /**
   * The entry on top of a newer server version that changed only bookkeeping (assignee) or evidence links:
   * local edits are kept, evidence links merged. Null when the newer version changed what the person edits.
   */
  private rebase(entry: DraftEntry, incoming: StandardResponse): DraftEntry | null {
    if (entry.draft === null) return { ...entry, server: incoming };
    if (!sameExceptEvidence(fieldsOf(incoming), fieldsOf(entry.server))) return null;
    const draft = {
      ...entry.draft,
      evidenceIds: mergeEvidence(entry.draft.evidenceIds, entry.server.evidenceIds, incoming.evidenceIds),
    };
    if (sameFields(draft, fieldsOf(incoming))) return { ...entry, server: incoming, draft: null, status: 'saved' };
    return { ...entry, server: incoming, draft, status: entry.status === 'conflict' ? 'conflict' : entry.status };
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private failed(code: string, error: unknown): void {
    const entry = this.mustGet(code);
    if (error instanceof ApiProblemError && error.status === 409) {
      const theirs = (error.problem['current'] ?? null) as StandardResponse | null;
      const rebased = theirs ? this.rebase(entry, theirs) : null;
      if (rebased && rebased.draft !== null) {
        // Only bookkeeping or evidence links changed (an assignment, a file linked): rebase and save again.
        this.set(code, { ...rebased, status: 'unsaved' });
        this.flushAgain.add(code);
        return;
      }
      if (theirs && entry.draft && sameFields(fieldsOf(theirs), entry.draft)) {
        this.set(code, { ...entry, server: theirs, draft: null, status: 'saved', problem: null });
        return;
      }
      if (theirs) {
        this.set(code, { ...entry, status: 'conflict', theirs, problem: null });
        return;
      }
    }
    if (error instanceof ApiUnavailableError || error instanceof SessionExpiredError) {
      const attempt = this.retries.get(code) ?? 0;
      this.retries.set(code, attempt + 1);
      this.set(code, { ...entry, status: 'waiting', problem: { message: error.message } });
      this.schedule(code, this.retryDelaysMs[Math.min(attempt, this.retryDelaysMs.length - 1)] ?? 30_000);
      return;
    }
    const problem =
      error instanceof ApiProblemError
        ? {
            message: error.problem.detail,
            ...(typeof error.problem.field === 'string' ? { field: error.problem.field } : {}),
          }
        : { message: 'Something went wrong while saving. Your text is kept here; try again.' };
    this.set(code, { ...entry, status: 'rejected', problem });
  }

  private restore(stored: Record<string, StoredDraft>): void {
    for (const [code, { fields, baseVersion }] of Object.entries(stored)) {
      const entry = this.entries.get(code);
      if (!entry || sameFields(fields, fieldsOf(entry.server))) continue;
      if (baseVersion === entry.server.version) {
        this.set(code, { ...entry, draft: fields, status: 'unsaved' });
        this.schedule(code, 0);
      } else {
        this.set(code, { ...entry, draft: fields, status: 'conflict', theirs: entry.server });
      }
    }
    this.persist();
  }

  private schedule(code: string, delayMs: number): void {
    this.clearTimer(code);
    this.timers.set(
      code,
      setTimeout(() => {
        this.timers.delete(code);
        void this.flush(code);
      }, delayMs),
    );
  }

  private clearTimer(code: string): void {
    const timer = this.timers.get(code);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(code);
  }

  private set(code: string, entry: DraftEntry): void {
    const next = new Map(this.entries);
    next.set(code, entry);
    this.entries = next;
    this.persist();
    for (const listener of this.listeners) listener();
  }

  private persist(): void {
    const drafts: Record<string, StoredDraft> = {};
    for (const [code, entry] of this.entries) {
      if (entry.draft !== null) drafts[code] = { fields: entry.draft, baseVersion: entry.server.version };
    }
    this.options.persistence.save(drafts);
  }

  private mustGet(code: string): DraftEntry {
    const entry = this.entries.get(code);
    if (!entry) throw new Error(`No response for standard ${code}.`);
    return entry;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
