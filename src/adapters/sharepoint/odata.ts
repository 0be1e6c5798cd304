/** Builds list item URLs and `$filter` text; values are escaped here and nowhere else. */

/** Graph's largest page of list items (it caps a larger $top silently). */
export const MAX_PAGE = 5000;

export interface Condition {
  readonly column: string;
  readonly value: string;
}

export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Equality on indexed columns: `all` AND-ed, or `any` OR-ed. */
export function equalsFilter(conditions: readonly Condition[], join: 'and' | 'or'): string {
  return conditions.map((c) => `fields/${c.column} eq ${odataString(c.value)}`).join(` ${join} `);
}

/** A path segment; commas stay readable (site ids are `host,guid,guid`). */
export function segment(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

export function listUrl(siteId: string, listId: string): string {
  return `/sites/${segment(siteId)}/lists/${segment(listId)}`;
}

export function itemsUrl(
  siteId: string,
  listId: string,
  options: { readonly select: readonly string[]; readonly filter?: string; readonly top?: number },
): string {
  const query = [`expand=fields(select=${options.select.join(',')})`, `$top=${options.top ?? MAX_PAGE}`];
  if (options.filter) query.push(`$filter=${encodeURIComponent(options.filter)}`);
  return `${listUrl(siteId, listId)}/items?${query.join('&')}`;
}

/** One list item by its id, with the given columns. */
export function itemUrl(siteId: string, listId: string, itemId: string, select: readonly string[]): string {
  return `${listUrl(siteId, listId)}/items/${segment(itemId)}?expand=fields(select=${select.join(',')})`;
}
