import { writeCsv } from '../csv';
import { readCsvTable, sortByLine } from '../csv-table';
import type { FieldError } from '../framework-draft';
import type { QuestionnaireDraft } from './questionnaire';
import type { QuestionnaireParseResult } from './questionnaire-import';
import { toTypedQuestionnaire, validateQuestionnaire, type LooseQuestionnaireItem } from './questionnaire-rules';

/** One row per item. What is not an item (title, audience, language, option wording) comes from `base`. */
export const QUESTIONNAIRE_CSV_COLUMNS = ['code', 'text', 'scale', 'required', 'standards'] as const;
export type QuestionnaireCsvColumn = (typeof QUESTIONNAIRE_CSV_COLUMNS)[number];

/** The standards an item informs share one cell, like a framework's evidence examples. */
export const STANDARDS_SEPARATOR = ' | ';

/** The questionnaire's fields that do not fit a row: chosen on import, as a framework's name and levels are. */
export type QuestionnaireCsvBase = Omit<QuestionnaireDraft, 'items'>;

const YES = ['yes', 'y', 'true'];
const NO = ['no', 'n', 'false', ''];

export function exportQuestionnaireCsv(questionnaire: QuestionnaireDraft): string {
  const rows = questionnaire.items.map((i) => [
    i.code,
    i.text,
    i.scale,
    i.required ? 'yes' : 'no',
    i.standards.join(STANDARDS_SEPARATOR),
  ]);
  return writeCsv([QUESTIONNAIRE_CSV_COLUMNS, ...rows]);
}

/**
 * Reads a questionnaire's items from CSV, reporting every problem with its line (the header is line 1) and column,
 * so a whole spreadsheet can be fixed in one pass. `standardCodes` are the framework version's standards.
 */
export function parseQuestionnaireCsv(
  text: string,
  base: QuestionnaireCsvBase,
  standardCodes: ReadonlySet<string>,
): QuestionnaireParseResult {
  const { table, errors } = readCsvTable(text, QUESTIONNAIRE_CSV_COLUMNS, []);
  if (table === undefined) return { ok: false, errors };
  const items: LooseQuestionnaireItem[] = [];
  const itemLines: number[] = [];
  for (const row of table.rows) {
    const required = row.cell('required').toLowerCase();
    if (!YES.includes(required) && !NO.includes(required)) {
      errors.push({ line: row.line, field: 'required', message: 'Write yes or no (an empty cell means no).' });
    }
    items.push({
      code: row.cell('code'),
      text: row.cell('text'),
      scale: row.cell('scale').toLowerCase(),
      required: YES.includes(required),
      standards: row
        .cell('standards')
        .split('|')
        .map((code) => code.trim())
        .filter((code) => code !== ''),
    });
    itemLines.push(row.line);
  }
  const loose = { ...base, items };
  for (const e of validateQuestionnaire(loose, standardCodes)) {
    const located = locate(e, itemLines);
    // A missing column is reported once in the header, not again on every row.
    if (!(table.missing as readonly string[]).includes(located.field)) errors.push(located);
  }
  if (errors.length > 0) return { ok: false, errors: sortByLine(errors) };
  const draft = toTypedQuestionnaire(loose);
  if (draft === undefined) throw new Error('A validated CSV questionnaire still has invalid values');
  return { ok: true, draft };
}

/** Turns a draft path (`items[4].scale`) into the row and column it came from. */
function locate(error: FieldError, itemLines: readonly number[]): FieldError {
  const item = /^items\[(\d+)\]\.([A-Za-z]+)/.exec(error.field);
  if (item !== null) {
    return { line: itemLines[Number(item[1])] ?? null, field: item[2] ?? error.field, message: error.message };
  }
  if (error.field === 'items') {
    return { line: null, field: 'items', message: 'The file has no items: add one row per item.' };
  }
  return error;
}
