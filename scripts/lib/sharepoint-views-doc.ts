import { LIST_VIEWS } from '../../src/adapters/sharepoint/list-views';
import { DEFAULT_LIST_PREFIX, entityListSpec } from '../../src/adapters/sharepoint/schema';
import { unindexedColumnsOf, viewSettingsInWords } from '../../src/adapters/sharepoint/view-words';

/*
 * The views table of docs/sharepoint.md, written from the declaration of the views (list-views.ts) that
 * `npm run provision` makes, so the doc says what provisioning makes. Rewritten with the lists and columns by
 * `npx tsx scripts/sharepoint-columns-doc.ts`; test/sharepoint/columns-doc.test.ts fails when it is out of date.
 */

export const VIEWS_START_MARKER = '<!-- list-views:start (generated: npx tsx scripts/sharepoint-columns-doc.ts) -->';
export const VIEWS_END_MARKER = '<!-- list-views:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function listViewsMarkdown(): string {
  const out = ['| List | View | What it shows | Settings | On a large list |', '|---|---|---|---|---|'];
  for (const view of LIST_VIEWS) {
    const list = entityListSpec(view.kind, DEFAULT_LIST_PREFIX);
    const unindexed = unindexedColumnsOf(view, list);
    const shown = (name: string) => list.columns.find((c) => c.name === name)?.displayName ?? name;
    const first = view.filter?.[0];
    const large =
      unindexed.length > 0
        ? `May be refused once the list holds more than 5,000 items: it filters, sorts or groups on ${unindexed.map(shown).join(', ')} (not indexed).`
        : first
          ? `Indexed columns only: shown at any size while its filter on ${shown(first.column)} matches 5,000 items or fewer.`
          : 'Works at any size (indexed columns only).';
    out.push(
      `| ${cell(list.displayName)} | ${cell(view.name)} | ${cell(view.purpose)} | ${cell(viewSettingsInWords(view, list, 'markdown'))} | ${cell(large)} |`,
    );
  }
  return out.join('\n');
}

/** The doc with its views table replaced. */
export function withViewsPart(doc: string): string {
  const start = doc.indexOf(VIEWS_START_MARKER);
  const end = doc.indexOf(VIEWS_END_MARKER);
  if (start < 0 || end < start) throw new Error('docs/sharepoint.md lacks the markers of its views table');
  return `${doc.slice(0, start + VIEWS_START_MARKER.length)}\n\n${listViewsMarkdown()}\n\n${doc.slice(end)}`;
}
