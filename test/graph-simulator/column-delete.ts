import { graphError, notFound, type SimResponse } from './sim-http';
import type { SimList } from './state';
import { listChanged } from './column-index';

/**
 * DELETE /sites/{site}/lists/{list}/columns/{column}: as Graph v1.0 does (204), the column and every item's value
 * in it go; SharePoint's own read-only columns cannot be removed.
 */
export function deleteColumn(list: SimList, columnId: string): SimResponse {
  const index = list.columns.findIndex((c) => c.id === columnId);
  const column = list.columns[index];
  if (!column) return notFound(`Column ${columnId}`);
  if (column.readOnly) return graphError(400, 'invalidRequest', `Column ${column.name} cannot be deleted`);
  list.columns.splice(index, 1);
  for (const item of list.items.values()) delete item.fields[column.name];
  listChanged(list);
  return { status: 204 };
}
