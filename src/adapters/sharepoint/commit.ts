import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '../../domain/audit';
import {
  ConflictError,
  StoreUnavailableError,
  type Change,
  type CommitContext,
  type EntityKind,
  type EntityMap,
} from '../../services/ports';
import { auditAssessmentId } from '../../services/audit-trail-membership';
import { leavesAuditEvent } from '../../services/unaudited-kinds';
import { carriedFields, CARRIED_KIND, carry } from './carried-changes';
import { auditFields, entityFields, type StoredEntity } from './entity-fields';
import { carriesChanges } from './schema';
import type { ItemCache } from './item-cache';
import type { ListReader } from './list-reads';
import { resolveUnknown, runChain, type ChainContext, type WriteOp } from './write-chain';

type AnyEntity = EntityMap[EntityKind];
type Known = Pick<StoredEntity<EntityKind>, 'itemId' | 'eTag' | 'value' | 'commitId' | 'carried'>;

interface Planned {
  readonly change: Change;
  readonly before: Known | undefined;
  readonly main: WriteOp;
  /** The change's audit event: none for the kinds that leave none (anonymous answers, summaries: unaudited-kinds). */
  readonly event: AuditEvent | undefined;
  /** The event's own item; none when the event is carried by its assessment's summary (carried-changes.ts). */
  readonly audit: WriteOp | undefined;
  readonly stored: AnyEntity | undefined;
  /** For a summary: the changes it carries after this write (undefined: left as they were, unknown). */
  readonly carried?: readonly AuditEvent[];
  /** For a summary with no room left: the item its earlier changes move to, written before it. */
  readonly move?: WriteOp;
}

/**
 * A commit on SharePoint, which has no transactions: versions are checked first (from the item cache when it
 * agrees with the expected version, else by one batched read), then every write and its audit event go out in
 * order, each guarded by the eTag read. A refusal part-way (someone else wrote in between) rolls back what was
 * already applied and reports the conflict; a lost response is resumed, not repeated (see write-chain).
 */
export class SharePointCommit {
  constructor(
    private readonly reader: ListReader,
    private readonly cache: ItemCache,
    private readonly chain: Omit<ChainContext, 'readItem'>,
  ) {}

  async commit(context: CommitContext, changes: readonly Change[]): Promise<AnyEntity[]> {
    const seen = new Set<string>();
    for (const change of changes) {
      const key = `${change.kind}:${idOf(change)}`;
      if (seen.has(key)) throw new Error(`A commit may change ${key} only once`);
      seen.add(key);
    }
    // A stale cached eTag shows up as a 412 on an entity whose version is still the expected one: read afresh, retry.
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.attempt(context, changes, attempt > 1);
      if (outcome !== 'stale eTag') return outcome;
      if (attempt >= 3) throw new StoreUnavailableError('SharePoint kept changing under this commit; try again.');
    }
  }

  private async attempt(
    context: CommitContext,
    changes: readonly Change[],
    fresh: boolean,
  ): Promise<AnyEntity[] | 'stale eTag'> {
    const commitId = randomUUID();
    const current = await this.currentState(changes, fresh);
    const plan: Planned[] = [];
    for (const change of changes) {
      const before = current.get(`${change.kind}:${idOf(change)}`);
      const version = before?.value.version ?? 0;
      if (change.op === 'delete' && change.expectedVersion === 0 && !before) continue;
      if (version !== change.expectedVersion) {
        throw new ConflictError(change.kind, idOf(change), before?.value, change.expectedVersion);
      }
      plan.push(planChange(change, before, context, commitId));
    }
    const carrying = withCarriedChanges(plan, commitId);
    const ops = carrying.flatMap(opsOf);
    let outcome;
    try {
      outcome = await runChain(ops, { ...this.chain, readItem: (list, id) => this.readItem(list, id) });
    } catch (error) {
      await this.rollBack(carrying, commitId);
      throw error;
    }
    if (outcome.kind === 'done') {
      for (const p of carrying) this.remember(p, commitId);
      return carrying.flatMap((p) => (p.stored ? [p.stored] : []));
    }
    await this.rollBack(carrying, commitId);
    if (outcome.kind === 'failed') {
      throw new StoreUnavailableError(`SharePoint did not take the change: ${outcome.error.message}`, {
        cause: outcome.error,
      });
    }
    const refused = carrying.find((p) => p.main === outcome.op);
    if (!refused) throw new StoreUnavailableError(`SharePoint refused an audit event (${outcome.status})`);
    const change = refused.change;
    const now = (await this.reader.entitiesByIds(change.kind, [idOf(change)])).get(idOf(change));
    if (now && now.value.version === change.expectedVersion && change.expectedVersion > 0) return 'stale eTag';
    throw new ConflictError(change.kind, idOf(change), now?.value, change.expectedVersion);
  }

  /** What each changed entity is now: cached when the cache agrees with the expected version, else read. */
  private async currentState(changes: readonly Change[], fresh: boolean): Promise<Map<string, Known>> {
    const known = new Map<string, Known>();
    const toRead = new Map<EntityKind, string[]>();
    for (const change of changes) {
      const id = idOf(change);
      const cached = fresh ? undefined : this.cache.get(change.kind, id);
      if (change.expectedVersion === 0 && change.op === 'put') continue;
      // A summary is written knowing what it carries: a cached one that does not say is read again.
      const complete = cached !== undefined && (!carriesChanges(change.kind) || cached.carried !== undefined);
      if (cached && complete && cached.version === change.expectedVersion && change.expectedVersion > 0) {
        known.set(`${change.kind}:${id}`, { ...cached, value: cached.value as AnyEntity });
      } else {
        toRead.set(change.kind, [...(toRead.get(change.kind) ?? []), id]);
      }
    }
    const reads = await Promise.all(
      [...toRead].map(async ([kind, ids]) => ({ kind, found: await this.reader.entitiesByIds(kind, ids, 'required') })),
    );
    for (const { kind, found } of reads) for (const [id, entity] of found) known.set(`${kind}:${id}`, entity);
    return known;
  }

  private async readItem(list: WriteOp['list'], entityId: string) {
    return (await this.reader.itemsByIds(list, [entityId], ['EntityId', 'CommitId'])).get(entityId);
  }

  /** Undoes the applied writes, newest first; a rollback of our own fresh writes is itself resumable. */
  private async rollBack(plan: readonly Planned[], commitId: string): Promise<void> {
    const undo: WriteOp[] = [];
    const marker = `rollback:${commitId}`;
    const readItem = (list: WriteOp['list'], id: string) => this.readItem(list, id);
    for (const p of [...plan].reverse()) {
      for (const op of [...opsOf(p)].reverse()) {
        if (op.state === 'unknown') await resolveUnknown(op, { readItem });
        if (op.state === 'pending') continue;
        if (op.action !== 'delete' && (!op.itemId || !op.eTag)) await resolveUnknown(op, { readItem });
        this.cache.forget(p.change.kind, idOf(p.change));
        const inverse = inverseOf(op, p, marker);
        if (inverse) undo.push(inverse);
      }
    }
    if (undo.length === 0) return;
    const outcome = await runChain(undo, { ...this.chain, readItem });
    if (outcome.kind !== 'done') {
      const what =
        outcome.kind === 'failed' ? outcome.error.message : `${outcome.op.entityId} changed again (${outcome.status})`;
      throw new StoreUnavailableError(`A failed commit could not be fully rolled back (${what}); check ${commitId}.`);
    }
  }

  private remember(p: Planned, commitId: string): void {
    const id = idOf(p.change);
    if (!p.stored || !p.main.itemId || !p.main.eTag) return this.cache.forget(p.change.kind, id);
    const carried = p.carried ?? p.before?.carried ?? (p.before ? undefined : []);
    this.cache.set(p.change.kind, id, {
      itemId: p.main.itemId,
      eTag: p.main.eTag,
      version: p.stored.version,
      value: p.stored,
      commitId,
      ...(carriesChanges(p.change.kind) && carried ? { carried } : {}),
    });
  }
}

function idOf(change: Change): string {
  return change.op === 'put' ? change.value.id : change.id;
}

function planChange(change: Change, before: Known | undefined, context: CommitContext, commitId: string): Planned {
  const id = idOf(change);
  const stored =
    change.op === 'put' ? ({ ...change.value, version: change.expectedVersion + 1 } as AnyEntity) : undefined;
  const action = change.op === 'delete' ? 'delete' : before ? 'update' : 'create';
  const main: WriteOp = {
    list: change.kind,
    entityId: id,
    action,
    commitId,
    state: 'pending',
    ...(stored ? { fields: entityFields(change.kind, stored, stored.version, commitId) } : {}),
    ...(before ? { itemId: before.itemId, eTag: before.eTag } : {}),
  };
  if (!leavesAuditEvent(change.kind)) return { change, before, main, event: undefined, audit: undefined, stored };
  const event: AuditEvent = {
    id: randomUUID(),
    at: context.at,
    actorId: context.actorId,
    entityKind: change.kind,
    entityId: id,
    assessmentId: auditAssessmentId(change.kind, stored ?? before?.value),
    action,
    before: before?.value ?? null,
    after: stored ?? null,
  };
  const audit: WriteOp | undefined = leavesAuditEvent(change.kind)
    ? {
        list: 'audit',
        entityId: event.id,
        action: 'create',
        commitId,
        state: 'pending',
        fields: auditFields(event, commitId),
      }
    : undefined;
  return { change, before, main, event, audit, stored };
}

/** The writes of a planned change, in order: what its summary moves out, the change, its own audit item. */
function opsOf(p: Planned): WriteOp[] {
  return [...(p.move ? [p.move] : []), p.main, ...(p.audit ? [p.audit] : [])];
}

/**
 * The plan with each summary written carrying the changes to its assessment's responses made in the same commit
 * (carried-changes.ts): those need no audit item of their own. Deletes are never carried (a deleted response's trail
 * is found from its delete event), nor is anything when the summary's carried changes are not known.
 */
function withCarriedChanges(plan: readonly Planned[], commitId: string): Planned[] {
  const taken = new Set<string>();
  const carriers = plan.map((p): Planned => {
    if (!carriesChanges(p.change.kind)) return p;
    const before = p.before;
    if (before && before.carried === undefined) return p;
    const assessmentId = idOf(p.change);
    const events = plan.flatMap((q) =>
      q.event &&
      q.event.entityKind === CARRIED_KIND &&
      q.event.action !== 'delete' &&
      q.event.assessmentId === assessmentId
        ? [q.event]
        : [],
    );
    const deleting = p.change.op === 'delete';
    const carrying = carry(assessmentId, before?.carried ?? [], events, deleting, commitId);
    for (const id of carrying.taken) taken.add(id);
    if (deleting) return carrying.move ? { ...p, move: carrying.move } : p;
    const main = {
      ...p.main,
      fields: { ...p.main.fields, ...carriedFields(carrying.carried, `the summary of ${assessmentId}`) },
    };
    return { ...p, main, carried: carrying.carried, ...(carrying.move ? { move: carrying.move } : {}) };
  });
  return carriers.map((p) => (p.event && taken.has(p.event.id) ? { ...p, audit: undefined } : p));
}

function inverseOf(op: WriteOp, p: Planned, marker: string): WriteOp | undefined {
  const target = { itemId: op.itemId, eTag: op.eTag, state: 'pending' as const, commitId: marker };
  if (op.action === 'create') return { list: op.list, entityId: op.entityId, action: 'delete', ...target };
  const before = p.before;
  if (!before) return undefined;
  const fields = {
    ...entityFields(p.change.kind, before.value, before.value.version, marker),
    // What a summary carried goes back with it (when this write changed it, or it is being put back after a delete).
    ...((p.carried ?? p.move) && before.carried
      ? carriedFields(before.carried, `the summary of ${before.value.id}`)
      : {}),
  };
  if (op.action === 'update') return { list: op.list, entityId: op.entityId, action: 'update', fields, ...target };
  return { list: op.list, entityId: op.entityId, action: 'create', fields, state: 'pending', commitId: marker };
}
