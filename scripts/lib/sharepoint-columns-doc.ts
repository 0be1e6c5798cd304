import { execFileSync } from 'node:child_process';
import { allListSpecs, DEFAULT_LIST_PREFIX, type ColumnSpec } from '../../src/adapters/sharepoint/schema';
import { withViewsPart } from './sharepoint-views-doc';

/*
 * The "Lists and columns" part of docs/sharepoint.md, written from the schema declaration so that the doc cannot
 * drift from what `npm run provision` creates. `npx tsx scripts/sharepoint-columns-doc.ts` rewrites it;
 * test/sharepoint/columns-doc.test.ts fails when it is out of date.
 */

export const DOC_PATH = 'docs/sharepoint.md';
export const START_MARKER = '<!-- lists-and-columns:start (generated: npx tsx scripts/sharepoint-columns-doc.ts) -->';
export const END_MARKER = '<!-- lists-and-columns:end -->';

const KIND_WORDS: Readonly<Record<ColumnSpec['type'], string>> = {
  text: 'Single line of text',
  note: 'Multiple lines of text',
  number: 'Number',
  date: 'Date only',
  dateTime: 'Date and time (UTC)',
  yesNo: 'Yes/No',
  choice: 'Choice',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function kindOf(column: ColumnSpec): string {
  const flags = [column.unique ? 'indexed, unique' : column.indexed ? 'indexed' : ''].filter(Boolean);
  const choices = column.type === 'choice' ? `: ${column.choices.map((c) => `\`${c}\``).join(', ')}` : '';
  return `${KIND_WORDS[column.type]}${choices}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}

/** Markdown for every list of the schema (with the default prefix) and every column. */
export function listsAndColumnsMarkdown(): string {
  const out: string[] = [];
  for (const spec of allListSpecs(DEFAULT_LIST_PREFIX).values()) {
    out.push(`### ${spec.displayName}`, '', spec.description, '');
    out.push('| Column (internal name) | Shown as | Kind | Meaning |', '|---|---|---|---|');
    out.push('| `Title` | Title | Single line of text | A readable name for the item, written by the app. |');
    for (const column of spec.columns) {
      out.push(
        `| \`${column.name}\` | ${cell(column.displayName)} | ${cell(kindOf(column))} | ${cell(column.description)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** The doc with its generated part replaced by `generated`. */
export function withGeneratedPart(doc: string, generated: string): string {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`${DOC_PATH} lacks the markers of its generated part`);
  return `${doc.slice(0, start + START_MARKER.length)}\n\n${generated}\n${doc.slice(end)}`;
}

/**
 * The whole doc as it should be: the generated part replaced, then formatted as the repository formats Markdown
 * (by the prettier command, which also runs where its ES modules cannot be loaded in-process, as under jest).
 */
export function expectedDoc(doc: string): string {
  return execFileSync('node_modules/.bin/prettier', ['--stdin-filepath', DOC_PATH], {
    input: withViewsPart(withGeneratedPart(doc, listsAndColumnsMarkdown())),
    encoding: 'utf8',
  });
}
