import type { EntityKind, EntityMap, Filter, Page, PageRequest, Store } from './ports';

/**
 * One page of a query: through the store's own paging when it has it (SQLite, SharePoint), otherwise the whole
 * query cut to the page, with the position as the cursor (stores in tests that wrap another store).
 */
export async function pageOf<K extends EntityKind>(
  store: Store,
  kind: K,
  filter: Filter<K>,
  page: PageRequest,
): Promise<Page<EntityMap[K]>> {
  if (store.queryPage) return store.queryPage(kind, filter, page);
  const all = await store.query(kind, filter);
  const start = page.cursor === undefined ? 0 : Number.parseInt(page.cursor, 10) || 0;
  const end = start + page.limit;
  return { items: all.slice(start, end), next: end < all.length ? String(end) : null };
}
