import { writeCsv } from './csv';
import { readCsvTable, sortByLine } from './csv-table';
import type { RecognitionLevel } from './framework';
import type { FieldError, FrameworkDraft, FrameworkParseResult } from './framework-draft';
import { toTypedDraft, validateFramework, type LooseStandard } from './framework-rules';

/** One row per standard. Theme descriptions and recognition levels do not fit a row: they come from `base`. */
export const FRAMEWORK_CSV_COLUMNS = [
  'theme_code',
  'theme_title',
  'code',
  'title',
  'text',
  'guidance',
  'evidence_examples',
  'level',
  'type',
  'plain_english',
  /** The codes of the previous version's standards this one replaces (framework-lineage.ts), separated by "|". */
  'replaces',
] as const;
export type FrameworkCsvColumn = (typeof FRAMEWORK_CSV_COLUMNS)[number];

/** Evidence examples share one cell; a pipe is rare in prose, unlike commas and semicolons. */
export const EVIDENCE_SEPARATOR = ' | ';

/** Columns a file may leave out: files exported before plain English existed still import. */
const OPTIONAL_COLUMNS: readonly FrameworkCsvColumn[] = ['plain_english', 'replaces'];

export interface FrameworkCsvBase {
  readonly key: string;
  readonly name: string;
  readonly versionNumber: number;
  readonly illustrative: boolean;
  readonly recognitionLevels: readonly RecognitionLevel[];
  readonly themeDescriptions?: Readonly<Record<string, string>>;
}

/** Where the draft's fields live in the file, to turn a draft path into a line and a column. */
const COLUMN_OF_STANDARD_FIELD: Readonly<Record<string, FrameworkCsvColumn>> = {
  code: 'code',
  themeCode: 'theme_code',
  title: 'title',
  text: 'text',
  guidance: 'guidance',
  evidenceExamples: 'evidence_examples',
  level: 'level',
  type: 'type',
  plainEnglish: 'plain_english',
  replaces: 'replaces',
};

export function exportFrameworkCsv(framework: FrameworkDraft): string {
  const themeTitle = new Map(framework.themes.map((t) => [t.code, t.title]));
  // Only a revised version names what it replaces: other exports keep the columns they always had.
  const withReplaces = framework.standards.some((s) => (s.replaces ?? []).length > 0);
  const columns = FRAMEWORK_CSV_COLUMNS.filter((c) => c !== 'replaces' || withReplaces);
  const rows = framework.standards.map((s) => [
    s.themeCode,
    themeTitle.get(s.themeCode) ?? '',
    s.code,
    s.title,
    s.text,
    s.guidance,
    s.evidenceExamples.join(EVIDENCE_SEPARATOR),
    s.level,
    s.type,
    s.plainEnglish ?? '',
    ...(withReplaces ? [(s.replaces ?? []).join(EVIDENCE_SEPARATOR)] : []),
  ]);
  return writeCsv([columns, ...rows]);
}

/**
 * Reads a framework from CSV, checking every row and reporting every problem with its line (where the row
 * starts; the header is line 1) and column, so an admin can fix a whole spreadsheet in one pass.
 */
export function parseFrameworkCsv(text: string, base: FrameworkCsvBase): FrameworkParseResult {
  const { table, errors } = readCsvTable(text, FRAMEWORK_CSV_COLUMNS, OPTIONAL_COLUMNS);
  if (table === undefined) return { ok: false, errors };
  const { missing } = table;

  const themes: { code: string; title: string; description: string; line: number }[] = [];
  const standards: LooseStandard[] = [];
  const standardLines: number[] = [];
  for (const row of table.rows) {
    const cell = (column: FrameworkCsvColumn): string => row.cell(column);
    const themeCode = cell('theme_code');
    const themeTitle = cell('theme_title');
    const theme = themes.find((t) => t.code === themeCode);
    if (themeCode !== '' && theme === undefined) {
      const description = base.themeDescriptions?.[themeCode] ?? '';
      themes.push({ code: themeCode, title: themeTitle, description, line: row.line });
    } else if (theme !== undefined && theme.title !== themeTitle) {
      errors.push({
        line: row.line,
        field: 'theme_title',
        message: `Theme ${themeCode} is called "${theme.title}" on line ${theme.line}; use the same title on every row of a theme.`,
      });
    }
    const plainEnglish = cell('plain_english');
    const replaces = cell('replaces')
      .split('|')
      .map((code) => code.trim())
      .filter((code) => code !== '');
    standards.push({
      code: cell('code'),
      themeCode,
      title: cell('title'),
      text: cell('text'),
      ...(plainEnglish === '' ? {} : { plainEnglish }),
      guidance: cell('guidance'),
      evidenceExamples: cell('evidence_examples')
        .split('|')
        .map((e) => e.trim())
        .filter((e) => e !== ''),
      level: cell('level').toLowerCase(),
      type: cell('type').toLowerCase(),
      ...(replaces.length > 0 ? { replaces } : {}),
    });
    standardLines.push(row.line);
  }

  const loose = {
    key: base.key,
    name: base.name,
    versionNumber: base.versionNumber,
    illustrative: base.illustrative,
    themes: themes.map(({ code, title, description }) => ({ code, title, description })),
    standards,
    recognitionLevels: base.recognitionLevels,
  };
  for (const e of validateFramework(loose)) {
    const located = locate(e, standardLines, themes);
    // A missing column is reported once in the header, not again on every row.
    if (!(missing as string[]).includes(located.field)) errors.push(located);
  }

  if (errors.length > 0) return { ok: false, errors: sortByLine(errors) };
  const draft = toTypedDraft(loose);
  if (draft === undefined) throw new Error('A validated CSV framework still has invalid values');
  return { ok: true, draft };
}

/** Turns a draft path (`standards[4].type`, `themes[1].title`) into the row and column it came from. */
function locate(error: FieldError, standardLines: readonly number[], themes: readonly { line: number }[]): FieldError {
  const standard = /^standards\[(\d+)\]\.([A-Za-z]+)/.exec(error.field);
  if (standard !== null) {
    const line = standardLines[Number(standard[1])] ?? null;
    const column = COLUMN_OF_STANDARD_FIELD[standard[2] ?? ''] ?? error.field;
    return { line, field: column, message: error.message };
  }
  const theme = /^themes\[(\d+)\]\.(code|title)$/.exec(error.field);
  if (theme !== null) {
    const line = themes[Number(theme[1])]?.line ?? null;
    return { line, field: theme[2] === 'code' ? 'theme_code' : 'theme_title', message: error.message };
  }
  if (error.field === 'standards') {
    return { line: null, field: 'standards', message: 'The file has no standards: add one row per standard.' };
  }
  return error;
}
