import type { AssessmentSummary } from '../../domain/assessment-summary';
import { emptySummary } from '../../domain/assessment-summary';
import type { AuditEvent } from '../../domain/audit';
import type { IsoDateTime } from '../../domain/ids';
import {
  asCommitted,
  ConflictError,
  type Change,
  type CommitContext,
  type Committed,
  type EntityKind,
  type EntityMap,
  type Filter,
  type Store,
} from '../ports';
import { summaryFromStore, withFigures, type FrameworkSource } from './summary-builder';
import { applyChange, changesByAssessment, createdAssessment, deletesAssessment } from './summary-changes';

/** Attempts of one commit when only an assessment's summary moved in between (two saves of one assessment). */
const SUMMARY_ATTEMPTS = 5;
/** Summaries remembered after a write, so the next save of the same assessment needs no read first. */
const REMEMBERED = 500;

/**
 * The Store with every assessment's summary kept in step: a commit that changes an assessment, its responses, its
 * agreed ratings or its recognition record also writes the assessment's summary, in the same commit. Two saves of
 * different standards of one assessment at once both land: when the only conflict is on the summary, the summary
 * is read again and the commit retried (the other writes were not applied: a commit is all or nothing).
 */
export function keepingSummaries(store: Store, frameworks: FrameworkSource): Store {
  return new SummaryKeepingStore(store, frameworks);
}

class SummaryKeepingStore implements Store {
  private readonly remembered = new Map<string, AssessmentSummary>();
  /**
   * Paged reads go straight to the store's own paging when it has one: without it, every page would be cut from the
   * whole query (all of a run's comments for the first 50, and on SharePoint a refusal past the list view threshold).
   */
  readonly queryPage?: NonNullable<Store['queryPage']>;

  constructor(
    private readonly inner: Store,
    private readonly frameworks: FrameworkSource,
  ) {
    const paged = inner.queryPage?.bind(inner);
    if (paged) this.queryPage = paged;
  }

  get<K extends EntityKind>(kind: K, id: string): Promise<EntityMap[K] | undefined> {
    // Whoever reads an assessment is likely to save it next: its summary is asked for in the same tick, so on
    // SharePoint it rides in the same `$batch` and the save needs no read of its own.
    if (kind === 'assessment' && !this.remembered.has(id)) this.prefetch(id);
    return this.inner.get(kind, id);
  }

  getMany<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<EntityMap[K][]> {
    return this.inner.getMany(kind, ids);
  }

  query<K extends EntityKind>(kind: K, filter: Filter<K>): Promise<EntityMap[K][]> {
    return this.inner.query(kind, filter);
  }

  async commit<const C extends readonly Change[]>(context: CommitContext, changes: C): Promise<Committed<C>> {
    const byAssessment = changesByAssessment(changes);
    if (byAssessment.size === 0) return this.inner.commit(context, changes);
    for (let attempt = 1; ; attempt += 1) {
      const summaries = await this.summaryChanges(byAssessment);
      try {
        const stored = await this.inner.commit(context, [...changes, ...summaries]);
        const own = stored.slice(0, stored.length - summaries.filter((c) => c.op === 'put').length);
        for (const value of stored.slice(own.length)) this.remember(value as AssessmentSummary);
        for (const change of summaries) if (change.op === 'delete') this.remembered.delete(change.id);
        return asCommitted<C>(own);
      } catch (error) {
        const summaryMoved = error instanceof ConflictError && error.kind === 'assessmentSummary';
        for (const id of byAssessment.keys()) this.remembered.delete(id);
        if (!summaryMoved || attempt >= SUMMARY_ATTEMPTS) throw error;
      }
    }
  }

  auditForAssessment(assessmentId: string): Promise<AuditEvent[]> {
    return this.inner.auditForAssessment(assessmentId);
  }

  auditForEntity(kind: EntityKind, id: string): Promise<AuditEvent[]> {
    return this.inner.auditForEntity(kind, id);
  }

  tryAcquireLease(name: string, holder: string, now: IsoDateTime, until: IsoDateTime): Promise<boolean> {
    return this.inner.tryAcquireLease(name, holder, now, until);
  }

  releaseLease(name: string, holder: string): Promise<void> {
    return this.inner.releaseLease(name, holder);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** The summary writes that go with the changes: one per assessment they move (none when nothing moved). */
  private async summaryChanges(byAssessment: ReadonlyMap<string, readonly Change[]>): Promise<Change[]> {
    const changes = await Promise.all(
      [...byAssessment].map(([assessmentId, own]) => this.summaryChange(assessmentId, own)),
    );
    return changes.flatMap((c) => (c ? [c] : []));
  }

  private async summaryChange(assessmentId: string, own: readonly Change[]): Promise<Change | null> {
    const current = await this.current(assessmentId, own);
    if (deletesAssessment(own)) {
      return current && current.version > 0
        ? { op: 'delete', kind: 'assessmentSummary', id: assessmentId, expectedVersion: current.version }
        : null;
    }
    if (!current) return null;
    const moved = own.reduce(applyChange, current);
    const next = withFigures(moved, await this.frameworks(moved.frameworkVersionId));
    if (current.version > 0 && sameSummary(current, next)) return null;
    return { op: 'put', kind: 'assessmentSummary', value: next, expectedVersion: current.version };
  }

  /**
   * The summary the changes apply to: remembered, stored, or (for an assessment never summarised) built from what
   * is stored with version 0. Undefined when the assessment itself does not exist (nothing to summarise).
   */
  private async current(assessmentId: string, own: readonly Change[]): Promise<AssessmentSummary | undefined> {
    const remembered = this.remembered.get(assessmentId);
    if (remembered) return remembered;
    const created = createdAssessment(own);
    if (created) return emptySummary(created);
    const stored = await this.inner.get('assessmentSummary', assessmentId);
    if (stored) return stored;
    const assessment = await this.inner.get('assessment', assessmentId);
    return assessment ? summaryFromStore(this.inner, assessment) : undefined;
  }

  private prefetch(assessmentId: string): void {
    this.inner.get('assessmentSummary', assessmentId).then(
      (summary) => {
        if (summary && !this.remembered.has(assessmentId)) this.remember(summary);
      },
      // A failed read here is only a missed shortcut: the save reads the summary itself.
      () => undefined,
    );
  }

  private remember(summary: AssessmentSummary): void {
    this.remembered.delete(summary.id);
    this.remembered.set(summary.id, summary);
    if (this.remembered.size > REMEMBERED) {
      const oldest = this.remembered.keys().next();
      if (!oldest.done) this.remembered.delete(oldest.value);
    }
  }
}

function sameSummary(a: AssessmentSummary, b: AssessmentSummary): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}
