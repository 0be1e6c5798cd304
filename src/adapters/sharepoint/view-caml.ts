import { VIEW_ROW_LIMIT, type ListViewSpec, type ViewCondition } from './list-views';
import type { ColumnSpec, ListSpec } from './schema';

/*
 * A declared view as SharePoint keeps it: CAML (the XML of a view's query) and the list of columns shown. The few
 * elements used are written here; values are the domain's own words, escaped all the same.
 */

/** What a view is on SharePoint, compared as a whole to decide whether it needs changing. */
export interface ViewDefinition {
  readonly title: string;
  /** CAML: GroupBy, OrderBy and Where, as SharePoint's `ViewQuery` holds them. */
  readonly query: string;
  readonly fields: readonly string[];
  readonly rowLimit: number;
}

export function viewDefinition(view: ListViewSpec, list: ListSpec): ViewDefinition {
  const typeOf = (name: string): string => camlType(list.columns.find((c) => c.name === name));
  const parts: string[] = [];
  if (view.groupBy) parts.push(`<GroupBy Collapse="TRUE" GroupLimit="30">${fieldRef(view.groupBy)}</GroupBy>`);
  if (view.sort && view.sort.length > 0) {
    const refs = view.sort.map((s) => fieldRef(s.column, s.descending === true ? 'FALSE' : 'TRUE'));
    parts.push(`<OrderBy>${refs.join('')}</OrderBy>`);
  }
  if (view.filter && view.filter.length > 0) {
    parts.push(`<Where>${all(view.filter.map((c) => condition(c, typeOf(c.column))))}</Where>`);
  }
  return { title: view.name, query: parts.join(''), fields: view.columns, rowLimit: VIEW_ROW_LIMIT };
}

/** CAML's And takes two operands: more are nested. */
function all(conditions: readonly string[]): string {
  const [first, ...rest] = conditions;
  if (first === undefined) return '';
  return rest.length === 0 ? first : `<And>${first}${all(rest)}</And>`;
}

function condition(c: ViewCondition, type: string): string {
  const ref = fieldRef(c.column);
  const today = `<Value Type="DateTime"><Today /></Value>`;
  switch (c.is) {
    case 'empty':
      return `<IsNull>${ref}</IsNull>`;
    case 'before today':
      return `<Lt>${ref}${today}</Lt>`;
    case 'on or before today':
      return `<Leq>${ref}${today}</Leq>`;
    case 'on or after today':
      return `<Geq>${ref}${today}</Geq>`;
    case 'one of': {
      const values = c.values.map((v) => `<Value Type="${type}">${escapeXml(v)}</Value>`);
      return values.length === 1
        ? `<Eq>${ref}${values[0] ?? ''}</Eq>`
        : `<In>${ref}<Values>${values.join('')}</Values></In>`;
    }
  }
}

function fieldRef(name: string, ascending?: 'TRUE' | 'FALSE'): string {
  return `<FieldRef Name="${escapeXml(name)}"${ascending ? ` Ascending="${ascending}"` : ''} />`;
}

function camlType(column: ColumnSpec | undefined): string {
  switch (column?.type) {
    case 'choice':
      return 'Choice';
    case 'number':
      return 'Number';
    case 'date':
    case 'dateTime':
      return 'DateTime';
    case 'yesNo':
      return 'Boolean';
    case 'text':
    case 'note':
    case undefined:
      return 'Text';
  }
}

export function escapeXml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** SharePoint may give a query back with other spacing between elements: compare without it. */
export function sameQuery(a: string, b: string): boolean {
  const norm = (q: string): string =>
    q
      .replace(/>\s+</g, '><')
      .replace(/\s+\/>/g, ' />')
      .trim();
  return norm(a) === norm(b);
}
