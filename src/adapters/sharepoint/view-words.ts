import { columnsViewNarrowsOn, type ListViewSpec, type ViewCondition } from './list-views';
import type { ListSpec } from './schema';

/*
 * A declared view in plain words, with the columns' names as people see them in SharePoint: for docs/sharepoint.md
 * and for the steps `npm run provision` prints when it cannot make the views itself.
 */

/** `markdown` marks operators and values as docs/sharepoint.md does; `plain` is for a terminal. */
export function viewSettingsInWords(view: ListViewSpec, list: ListSpec, style: 'markdown' | 'plain'): string {
  const words = viewSettingsMarkdown(view, list);
  return style === 'markdown' ? words : words.replace(/(^|\s)_([^_]+)_/g, '$1$2').replace(/[`*]/g, '');
}

function viewSettingsMarkdown(view: ListViewSpec, list: ListSpec): string {
  const shown = (name: string): string => list.columns.find((c) => c.name === name)?.displayName ?? name;
  const parts: string[] = [`Columns: ${view.columns.map(shown).join(', ')}.`];
  if (view.filter && view.filter.length > 0) {
    parts.push(`Filter: ${view.filter.map((c) => conditionInWords(c, shown(c.column))).join(' **and** ')}.`);
  }
  if (view.sort && view.sort.length > 0) {
    const sorts = view.sort.map((s) => `${shown(s.column)}${s.descending === true ? ', descending' : ''}`);
    parts.push(`Sort by ${sorts.join(', then ')}.`);
  }
  if (view.groupBy) parts.push(`Group by ${shown(view.groupBy)} (collapsed).`);
  return parts.join(' ');
}

function conditionInWords(condition: ViewCondition, column: string): string {
  switch (condition.is) {
    case 'empty':
      return `${column} _is equal to_ (empty)`;
    case 'before today':
      return `${column} _is less than_ \`[Today]\``;
    case 'on or before today':
      return `${column} _is less than or equal to_ \`[Today]\``;
    case 'on or after today':
      return `${column} _is greater than or equal to_ \`[Today]\``;
    case 'one of':
      return condition.values.length === 1
        ? `${column} _is equal to_ \`${condition.values[0] ?? ''}\``
        : `${column} _is equal to_ ${condition.values.map((v) => `\`${v}\``).join(' or ')} (one "or" condition each)`;
  }
}

/** The columns a view filters, sorts or groups on that are not indexed (SharePoint's threshold applies to them). */
export function unindexedColumnsOf(view: ListViewSpec, list: ListSpec): string[] {
  const indexed = new Set(list.columns.filter((c) => c.indexed === true).map((c) => c.name));
  return columnsViewNarrowsOn(view).filter((name) => !indexed.has(name));
}
