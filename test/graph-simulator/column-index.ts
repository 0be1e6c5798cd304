import { normalise, type FilterNode } from './filter-parser';
import type { SimItem, SimList } from './state';

/*
 * Equality lookups on a large list, as SharePoint's own column indexes give it: a query on a list of 290,000
 * responses (the bench at 10,000 services) is answered from the items its `eq` conditions select, not by evaluating
 * the filter on every item of the list, which made one request of the bench take minutes. The index only proposes
 * candidates; the whole filter is still evaluated on each of them, so an answer is never wider than without it.
 *
 * An index holds for one generation of the list. Every write the simulator makes (create, update, delete, a column
 * removed) and the test harness's direct seeding call `listChanged`, and the next lookup builds the index again.
 * Lists under INDEXED_FROM items are always scanned as before, so tests that edit an item's fields by hand in
 * the simulator's state (without a write) see their edit.
 */

/** From this many items a list's queries use the index (the tests' lists are smaller; the bench's far larger). */
export const INDEXED_FROM = 20_000;

type Key = string | number | boolean | null;

interface ListIndexes {
  generation: number;
  readonly byColumn: Map<string, Map<Key, number[]>>;
}

const generations = new WeakMap<SimList, number>();
const indexes = new WeakMap<SimList, ListIndexes>();

/** Called after anything changes a list's items: its indexes are built again when next needed. */
export function listChanged(list: SimList): void {
  generations.set(list, (generations.get(list) ?? 0) + 1);
}

/**
 * The items a filter can match, from the list's indexes, or undefined when the list is small or the filter has no
 * equality to look up (the caller then scans every item).
 */
export function candidateItems(tree: FilterNode, list: SimList): SimItem[] | undefined {
  if (list.items.size < INDEXED_FROM) return undefined;
  const ids = candidateIds(tree, list);
  return ids ? itemsOf(list, ids) : undefined;
}

/** Items whose column holds this value (compared as filters compare: text ignoring case), from the index. */
export function itemsWithValue(list: SimList, column: string, value: unknown): SimItem[] | undefined {
  if (list.items.size < INDEXED_FROM) return undefined;
  return itemsOf(list, columnIndex(list, column).get(normalise(value)) ?? []);
}

function itemsOf(list: SimList, ids: Iterable<number>): SimItem[] {
  return [...ids].flatMap((id) => {
    const item = list.items.get(id);
    return item ? [item] : [];
  });
}

function candidateIds(node: FilterNode, list: SimList): Set<number> | undefined {
  switch (node.kind) {
    case 'compare': {
      if (node.op !== 'eq' || node.value === null || !node.path.startsWith('fields/')) return undefined;
      const column = node.path.slice('fields/'.length);
      return new Set(columnIndex(list, column).get(normalise(node.value)) ?? []);
    }
    case 'and': {
      // Either side narrows the whole: the smaller set of candidates is enough, as every candidate is checked.
      const left = candidateIds(node.left, list);
      const right = candidateIds(node.right, list);
      if (!left) return right;
      if (!right) return left;
      return left.size <= right.size ? left : right;
    }
    case 'or': {
      const left = candidateIds(node.left, list);
      const right = candidateIds(node.right, list);
      return left && right ? new Set([...left, ...right]) : undefined;
    }
    case 'not':
    case 'startswith':
      // Neither names the items it matches by value: scan.
      return undefined;
  }
}

function columnIndex(list: SimList, column: string): Map<Key, number[]> {
  const generation = generations.get(list) ?? 0;
  let held = indexes.get(list);
  if (!held || held.generation !== generation) {
    held = { generation, byColumn: new Map() };
    indexes.set(list, held);
  }
  let index = held.byColumn.get(column);
  if (!index) {
    index = new Map();
    for (const item of list.items.values()) {
      const key = normalise(item.fields[column]);
      const ids = index.get(key);
      if (ids) ids.push(item.id);
      else index.set(key, [item.id]);
    }
    held.byColumn.set(column, index);
  }
  return index;
}
