import { MAX_BATCH_PARTS, retryDelayMs, sendBatch, type BatchPart, type BatchPartResult } from '../graph/batch';
import { GraphNetworkError, GraphResponseError, graphErrorOf, isTransientStatus } from '../graph/graph-errors';
import { backoffMs, sleep, type GraphHttp } from '../graph/graph-http';
import type { Fields } from './entity-fields';
import { etagOf, fieldValueSetSchema, listItemSchema, type ListItemJson } from './graph-json';
import { listUrl } from './odata';
import type { ListKey } from './schema';

/**
 * One list item write of a multi-item change. `commitId` is what the item's CommitId column holds once the
 * write has happened: after a lost response, reading the item tells whether our write went through.
 */
export interface WriteOp {
  readonly list: ListKey;
  readonly entityId: string;
  readonly action: 'create' | 'update' | 'delete';
  readonly fields?: Fields;
  readonly commitId: string;
  itemId?: string;
  eTag?: string;
  /** pending: not sent, or known not applied; unknown: sent, response lost; applied: done. */
  state: 'pending' | 'unknown' | 'applied';
}

export type ChainOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'refused'; readonly op: WriteOp; readonly status: number }
  | { readonly kind: 'failed'; readonly error: Error };

export interface ChainContext {
  readonly graph: GraphHttp;
  readonly siteId: string;
  readonly listId: (key: ListKey) => string;
  /** Reads one item by EntityId (fresh), to recognise our own earlier write. */
  readonly readItem: (list: ListKey, entityId: string) => Promise<ListItemJson | undefined>;
  readonly maxRounds: number;
}

/**
 * Applies the ops, up to 20 to a `$batch`, as independent parts: the ops of one commit touch different items, so
 * none needs another's answer. A part throttled inside the batch (429/503), and the parts of a batch lost with a
 * dropped connection, are sent again in the next round with the ops not yet sent; the parts that went through
 * stay applied. (Chained with `dependsOn`, one throttled part would fail every later part with 424 and all of them
 * would be sent again.) An op sent before whose answer was lost is recognised by reading its item (our CommitId,
 * or gone for a delete), so nothing is applied twice. A refusal (409, 412, 404) stops the chain once the batch's
 * answers are taken in, so the caller can roll back everything applied, whichever part was refused.
 */
export async function runChain(ops: readonly WriteOp[], context: ChainContext): Promise<ChainOutcome> {
  // Rounds in a row that applied nothing (throttled, or the connection dropped); progress resets the count.
  let stalled = 0;
  for (;;) {
    const waiting = ops.filter((op) => op.state !== 'applied');
    if (waiting.length === 0) return { kind: 'done' };
    if (stalled >= context.maxRounds) {
      return { kind: 'failed', error: new Error(`no progress after ${context.maxRounds} attempts (throttling)`) };
    }
    const batch = waiting.slice(0, MAX_BATCH_PARTS);
    let results: Map<string, BatchPartResult>;
    try {
      results = await sendBatch(
        context.graph,
        batch.map((op, i) => partOf(op, i, context)),
        { idempotent: false },
      );
    } catch (error) {
      if (error instanceof GraphNetworkError) {
        if (error.requestSent) for (const op of batch) op.state = 'unknown';
        stalled += 1;
        await sleep(backoffMs(stalled));
        continue;
      }
      if (error instanceof GraphResponseError && isTransientStatus(error.status)) {
        stalled += 1;
        await sleep(backoffMs(stalled));
        continue;
      }
      return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
    let stop: ChainOutcome | undefined;
    let applied = 0;
    for (const [i, op] of batch.entries()) {
      const result = results.get(String(i + 1));
      // Throttled (or, from a server that chained them anyway, failed with a dependency): sent again next round.
      if (!result || result.status === 424 || isTransientStatus(result.status)) continue;
      if (result.status >= 200 && result.status < 300) {
        settle(op, result);
        applied += 1;
        continue;
      }
      const { code, message } = graphErrorOf(result.body);
      // A unique column refusing a duplicate is a conflict, however SharePoint words the status.
      const status = result.status === 400 && /duplicate values/i.test(message) ? 409 : result.status;
      if (await recognised(op, status, context)) {
        applied += 1;
        continue;
      }
      // Once one part is refused, the others' answers are still taken in: what they applied must be rolled back.
      if (stop) continue;
      stop =
        status === 409 || status === 412 || status === 404
          ? { kind: 'refused', op, status }
          : { kind: 'failed', error: new GraphResponseError(result.status, code, message, op.action, op.list) };
    }
    if (stop) return stop;
    stalled = applied > 0 ? 0 : stalled + 1;
    const delay = retryDelayMs(results.values());
    if (delay > 0) await sleep(delay);
  }
}

function partOf(op: WriteOp, index: number, context: ChainContext): BatchPart {
  const base = `${listUrl(context.siteId, context.listId(op.list))}/items`;
  const common = { id: String(index + 1) };
  switch (op.action) {
    case 'create': {
      // A new item has nothing to clear: empty values are left out.
      const fields = Object.fromEntries(Object.entries(op.fields ?? {}).filter(([, v]) => v !== null));
      return { ...common, method: 'POST', url: base, body: { fields } };
    }
    case 'update':
      return {
        ...common,
        method: 'PATCH',
        url: `${base}/${op.itemId ?? ''}/fields`,
        body: op.fields ?? {},
        headers: ifMatch(op),
      };
    case 'delete':
      return { ...common, method: 'DELETE', url: `${base}/${op.itemId ?? ''}`, headers: ifMatch(op) };
  }
}

function ifMatch(op: WriteOp): Record<string, string> {
  if (!op.eTag) throw new Error(`an ${op.action} of ${op.entityId} needs the eTag it read`);
  return { 'If-Match': op.eTag };
}

/** Never throws: the write happened, so it must be tracked; what the answer lacks is read when needed. */
function settle(op: WriteOp, result: BatchPartResult): void {
  op.state = 'applied';
  if (op.action === 'create') {
    const item = listItemSchema.safeParse(result.body);
    op.itemId = item.success ? item.data.id : undefined;
    op.eTag = item.success ? (item.data.eTag ?? item.data['@odata.etag']) : undefined;
  } else if (op.action === 'update') {
    const fields = fieldValueSetSchema.safeParse(result.body);
    op.eTag = fields.success ? fields.data['@odata.etag'] : undefined;
  }
}

/** After a refusal of an op whose earlier answer was lost: did that earlier attempt apply it? */
async function recognised(op: WriteOp, status: number, context: ChainContext): Promise<boolean> {
  if (op.state !== 'unknown' || (status !== 409 && status !== 412 && status !== 404)) return false;
  return resolveUnknown(op, context);
}

/** Reads the item of an op whose answer was lost and marks the op applied or pending accordingly. */
export async function resolveUnknown(op: WriteOp, context: Pick<ChainContext, 'readItem'>): Promise<boolean> {
  const item = await context.readItem(op.list, op.entityId);
  const applied = op.action === 'delete' ? !item : item?.fields?.['CommitId'] === op.commitId;
  if (!applied) {
    op.state = 'pending';
    return false;
  }
  op.state = 'applied';
  if (item) {
    op.itemId = item.id;
    op.eTag = etagOf(item);
  }
  return true;
}
