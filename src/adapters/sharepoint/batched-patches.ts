import { MAX_BATCH_PARTS, retryDelayMs, sendBatch, type BatchPart } from '../graph/batch';
import { isTransientStatus } from '../graph/graph-errors';
import { sleep, type GraphHttp } from '../graph/graph-http';
import type { Fields } from './entity-fields';
import { segment } from './odata';
import { checkOk } from './store-errors';
import { StoreUnavailableError } from '../../services/ports';

/** One item's fields to set, the same whatever the item holds now (so sending it twice is harmless). */
export interface FieldsPatch {
  readonly itemId: string;
  readonly fields: Fields;
}

export interface BatchedPatchOptions {
  readonly graph: GraphHttp;
  /** The list's URL (`/sites/{site}/lists/{list}`). */
  readonly listUrl: string;
  /** The list, for messages. */
  readonly listName: string;
  /** Rounds in a row that may apply nothing (every part throttled) before giving up (default 20). */
  readonly maxRounds?: number;
}

/**
 * Sets the fields of many items, up to 20 to a `$batch` as independent parts. A part throttled inside the batch
 * (429/503) is sent again in the next round with the parts not yet sent, never chained with `dependsOn` (one
 * throttled part would then fail all the later ones with 424). The patches are idempotent, so a batch whose answer
 * was lost with a dropped connection is sent again whole. Returns how many items were set; a refused part stops it.
 */
export async function patchInBatches(patches: readonly FieldsPatch[], options: BatchedPatchOptions): Promise<number> {
  const maxRounds = options.maxRounds ?? 20;
  let waiting = [...patches];
  let stalled = 0;
  while (waiting.length > 0) {
    if (stalled >= maxRounds) {
      throw new StoreUnavailableError(
        `SharePoint kept throttling the writes to "${options.listName}" (${maxRounds} rounds without progress): ` +
          'nothing is lost, and the conversion carries on from here when run again.',
      );
    }
    const batch = waiting.slice(0, MAX_BATCH_PARTS);
    const parts: BatchPart[] = batch.map((patch, i) => ({
      id: String(i + 1),
      method: 'PATCH',
      url: `${options.listUrl}/items/${segment(patch.itemId)}/fields`,
      body: patch.fields,
    }));
    const results = await sendBatch(options.graph, parts, { idempotent: true });
    const again: FieldsPatch[] = [];
    for (const [i, patch] of batch.entries()) {
      const result = results.get(String(i + 1));
      if (!result || result.status === 424 || isTransientStatus(result.status)) {
        again.push(patch);
        continue;
      }
      checkOk(result, `converting item ${patch.itemId} of "${options.listName}"`);
    }
    const applied = batch.length - again.length;
    stalled = applied > 0 ? 0 : stalled + 1;
    waiting = [...again, ...waiting.slice(batch.length)];
    // As long as SharePoint's Retry-After says (1 s when a throttled part gives none).
    const delay = retryDelayMs(results.values());
    if (delay > 0) await sleep(delay);
  }
  return patches.length;
}
