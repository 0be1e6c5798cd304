import { createHash } from 'node:crypto';
import type { EntityKind, IndexField } from '../../services/ports';

/*
 * Partition columns: SharePoint refuses a query whose indexed filter matches more than 5,000 items (the list view
 * threshold), and a few network-wide reads filter on a column that matches one item per assessment of a cycle (or
 * one per action of a status, across every cycle). Beside each such column the list keeps a partition column, e.g.
 * CyclePart = "cycle-current~07": the value and a bucket worked out from the item's own id. A query on the field
 * alone becomes one query per bucket, sent together in one `$batch`, so each part matches about an eighth of the
 * items and the whole read supports about 8 x 4,000 items (a margin under 5,000 in each part): ten times the bench's
 * 2,000 services. Eight, not more: a cycle's assessments and summaries (8 + 8 parts) and the few reads beside them
 * still fit in one `$batch` of at most 20 parts, so network scores stay one Graph request.
 * Declared once here; the schema, the writer, the reader and provisioning's fill all come from this.
 */

/** Buckets per value: each part of a partitioned read matches about 1/8 of the items. */
export const PARTITION_BUCKETS = 8;

/** What SharePoint's threshold allows each part, with the margin the bench keeps (4,000 of 5,000). */
export const PARTITION_PART_LIMIT = 4000;

/** A text or yes/no column as schema.ts's ColumnSpec declares one (not imported from there: schema.ts reads this file). */
interface PartitionColumnSpec {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly type: 'text' | 'yesNo';
  readonly indexed?: boolean;
}

export interface Partition<K extends EntityKind> {
  /** The filter field whose queries are split (an IndexMap field of the kind). */
  readonly field: IndexField<K>;
  /** The indexed column holding `<value>~<bucket>`. */
  readonly column: PartitionColumnSpec;
}

const partitionColumn = (name: string, of: string): PartitionColumnSpec => ({
  name,
  displayName: `${of} part`,
  description: `The ${of.toLowerCase()} and a bucket (00-${String(PARTITION_BUCKETS - 1).padStart(2, '0')}), for network views. Set by the app.`,
  type: 'text',
  indexed: true,
});

/** The partitioned (kind, field) pairs: the reads that grow with the whole network. */
const PARTITIONS: { readonly [K in EntityKind]?: Partition<K> } = {
  assessment: { field: 'cycleId', column: partitionColumn('CyclePart', 'Cycle') },
  assessmentSummary: { field: 'cycleId', column: partitionColumn('CyclePart', 'Cycle') },
  action: { field: 'status', column: partitionColumn('StatusPart', 'Status') },
};

/** The kind's partition, if its list has one. */
export function partitionOf<K extends EntityKind>(kind: K): Partition<K> | undefined {
  const partition: Partition<K> | undefined = PARTITIONS[kind];
  return partition;
}

/** The kinds whose lists carry a partition column. */
export function partitionedKinds(): EntityKind[] {
  return (Object.keys(PARTITIONS) as EntityKind[]).filter((kind) => partitionOf(kind) !== undefined);
}

/** The bucket of an item: a stable hash of its id (the same on every instance, Node version and run). */
export function bucketOf(entityId: string): number {
  return createHash('sha256').update(entityId, 'utf8').digest().readUInt32BE(0) % PARTITION_BUCKETS;
}

/** The partition value of one bucket of a field value, e.g. "cycle-current~07". */
export function partitionValue(value: string, bucket: number): string {
  return `${value}~${String(bucket).padStart(2, '0')}`;
}

/** The partition value an item with this id and field value is filed under (null when the field is empty). */
export function partitionValueOf(value: string | null, entityId: string): string | null {
  return value === null ? null : partitionValue(value, bucketOf(entityId));
}

/** Every bucket's partition value of a field value: one query each. */
export function partitionValues(value: string): string[] {
  return Array.from({ length: PARTITION_BUCKETS }, (_, bucket) => partitionValue(value, bucket));
}

/**
 * Added to a list once every item's partition column is filled in (by `npm run provision`), so the app knows the
 * partitioned reads see every item; a list without it is refused until provisioning has filled it.
 */
export const PARTITIONS_FILLED_MARKER: PartitionColumnSpec = {
  name: 'PartitionsFilled',
  displayName: 'Partitions filled',
  description:
    'Every item’s partition column was filled in by `npm run provision`, so the app’s network-wide views see every ' +
    'item. Do not remove it (the app would ask for provisioning to run again).',
  type: 'yesNo',
};

/** What the store says on a site whose partition columns are not filled in yet. */
export function partitionsUnfilledMessage(site: string, lists: readonly string[]): string {
  return (
    `The SharePoint site ${site} has lists whose partition columns are not filled in yet (${lists.join(', ')}), ` +
    'so network-wide views would miss items; the app will not read it until they are. Fill them: run ' +
    `\`npm run provision -- --site ${site}\` (safe to run again; it carries on where it stopped).`
  );
}
