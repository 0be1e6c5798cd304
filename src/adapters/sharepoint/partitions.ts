import { createHash } from 'node:crypto';
import type { EntityKind, IndexField } from '../../services/ports';

/*
 * Partition columns: SharePoint refuses a query whose indexed filter matches more than 5,000 items (the list view
 * threshold), and a few network-wide reads filter on columns that match one item per assessment of a cycle, or one
 * per action of a cycle in a status. Beside them the list keeps a partition column, e.g. CyclePart =
 * "cycle-current~07" or CycleStatusPart = "cycle-current|completed~07": the filtered values and a bucket worked out
 * from the item's own id. A query on exactly those fields becomes one query per bucket, sent together in one
 * `$batch`, so each part matches about an eighth of the items and the whole read supports about 8 x 4,000 items (a
 * margin under 5,000 in each part) of one value: ten times the bench's 2,000 services. Every partition key names
 * a cycle, so the largest network is set per cycle, never by all the cycles so far. Eight buckets, not more: a
 * cycle's assessments and summaries (8 + 8 parts) and the few reads beside them still fit in one `$batch` of at
 * most 20 parts, so network scores stay one Graph request.
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
  /**
   * The filter fields whose queries are split (IndexMap fields of the kind): a filter on exactly these, each given,
   * is read by partition; the partition key is their values in this order, joined by "|".
   */
  readonly fields: readonly IndexField<K>[];
  /** The indexed column holding `<key>~<bucket>`. */
  readonly column: PartitionColumnSpec;
  /** The yes/no column provisioning adds once every item's partition column is filled in (see partitionsFilled). */
  readonly filled: PartitionColumnSpec;
  /**
   * Columns of an earlier partition of the list, no longer written or read: provisioning removes them once this
   * one is filled, so that no stale copy is left for people to filter on in SharePoint.
   */
  readonly retired?: readonly string[];
}

const partitionColumn = (name: string, displayName: string, holds: string): PartitionColumnSpec => ({
  name,
  displayName,
  description: `The ${holds} and a bucket (00-${String(PARTITION_BUCKETS - 1).padStart(2, '0')}), for network views. Set by the app.`,
  type: 'text',
  indexed: true,
});

/**
 * Added to a list once every item's partition column is filled in (by `npm run provision`), so the app knows the
 * partitioned reads see every item; a list without it is refused until provisioning has filled it. Each partition
 * column has its own, so a list given a new partition column is filled again even where an earlier one was.
 */
const partitionsFilled = (name: string, displayName: string, column: string): PartitionColumnSpec => ({
  name,
  displayName,
  description:
    `Every item’s ${column} column was filled in by \`npm run provision\`, so the app’s network-wide views see every ` +
    'item. Do not remove it (the app would ask for provisioning to run again).',
  type: 'yesNo',
});

/** The cycle partition's marker keeps the name it was first given, so the sites already filled stay filled. */
const CYCLE_PARTITION = {
  fields: ['cycleId'] as const,
  column: partitionColumn('CyclePart', 'Cycle part', 'cycle'),
  filled: partitionsFilled('PartitionsFilled', 'Partitions filled', 'CyclePart'),
};

/** The partitioned (kind, fields) pairs: the reads that grow with the whole network. */
const PARTITIONS: { readonly [K in EntityKind]?: Partition<K> } = {
  assessment: CYCLE_PARTITION,
  assessmentSummary: CYCLE_PARTITION,
  // By cycle and status: network impact reads a cycle's finished actions, the reminders its open ones. It replaced
  // StatusPart (status alone, across every cycle), which capped the network at about 32,000 actions of a status
  // in all; the earlier marker went with it, as it said that column was filled.
  action: {
    fields: ['cycleId', 'status'],
    column: partitionColumn('CycleStatusPart', 'Cycle and status part', 'cycle, the status'),
    filled: partitionsFilled('CycleStatusPartFilled', 'Cycle and status parts filled', 'CycleStatusPart'),
    retired: ['StatusPart', 'PartitionsFilled'],
  },
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

/** Separates the fields' values in a partition key; the last field (a status) never holds it. */
const KEY_SEPARATOR = '|';

/** The partition key of the partition's fields' values, in its order (null when one is empty or not text). */
export function partitionKey(values: readonly unknown[]): string | null {
  const given = values.filter((value): value is string => typeof value === 'string');
  return given.length === values.length ? given.join(KEY_SEPARATOR) : null;
}

/** The partition value of one bucket of a key, e.g. "cycle-current~07". */
export function partitionValue(key: string, bucket: number): string {
  return `${key}~${String(bucket).padStart(2, '0')}`;
}

/** The partition value an item with this id and partition key is filed under (null when the key is empty). */
export function partitionValueOf(key: string | null, entityId: string): string | null {
  return key === null ? null : partitionValue(key, bucketOf(entityId));
}

/** Every bucket's partition value of a key: one query each. */
export function partitionValues(key: string): string[] {
  return Array.from({ length: PARTITION_BUCKETS }, (_, bucket) => partitionValue(key, bucket));
}

/** What the store says on a site whose partition columns are not filled in yet. */
export function partitionsUnfilledMessage(site: string, lists: readonly string[]): string {
  return (
    `The SharePoint site ${site} has lists whose partition columns are not filled in yet (${lists.join(', ')}), ` +
    'so network-wide views would miss items; the app will not read it until they are. Fill them: run ' +
    `\`npm run provision -- --site ${site}\` (safe to run again; it carries on where it stopped).`
  );
}
