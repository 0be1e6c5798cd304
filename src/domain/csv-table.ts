import { parseCsv, restoreNeutralisedCell } from './csv';
import type { FieldError } from './framework-draft';

/**
 * A CSV file read against a known set of columns, for imports that report every problem with its line: the header
 * is checked (unknown, repeated and missing columns), syntax problems are placed on their line and column, and a
 * row with more or fewer cells than the header is reported. Framework and questionnaire imports share it.
 */
export interface CsvTable<C extends string> {
  readonly headerLine: number;
  readonly rows: readonly CsvTableRow<C>[];
  /** Required columns the header lacks: reported once on the header, so a row's rule about them is not repeated. */
  readonly missing: readonly C[];
}

export interface CsvTableRow<C extends string> {
  readonly line: number;
  /** The trimmed cell of a column ('' when the column is absent), with a protecting quote from an export undone. */
  cell(column: C): string;
}

export function readCsvTable<C extends string>(
  text: string,
  columns: readonly C[],
  optional: readonly C[],
): { table: CsvTable<C> | undefined; errors: FieldError[] } {
  const { records, errors: syntaxErrors } = parseCsv(text);
  const errors: FieldError[] = [];
  const [header, ...rows] = records;
  if (header === undefined) {
    return {
      table: undefined,
      errors: [
        {
          line: 1,
          field: 'header',
          message: `The file is empty. Its first line must be the header: ${columns.join(',')}.`,
        },
      ],
    };
  }

  // Columns may come in any order (spreadsheets get rearranged); names are matched case-insensitively.
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const columnIndex = new Map<string, number>();
  names.forEach((name, i) => {
    if (!(columns as readonly string[]).includes(name)) {
      errors.push({
        line: header.line,
        field: name === '' ? `column ${i + 1}` : name,
        message: `Unknown column "${header.cells[i]?.trim() ?? ''}". The columns are ${columns.join(', ')}.`,
      });
    } else if (columnIndex.has(name)) {
      errors.push({ line: header.line, field: name, message: `Column ${name} appears more than once.` });
    } else {
      columnIndex.set(name, i);
    }
  });
  const missing = columns.filter((c) => !columnIndex.has(c) && !optional.includes(c));
  for (const column of missing) {
    errors.push({ line: header.line, field: column, message: `Column ${column} is missing from the header.` });
  }
  for (const e of syntaxErrors) {
    errors.push({ line: e.line, field: names[e.cell] ?? `column ${e.cell + 1}`, message: e.message });
  }
  const tableRows = rows.map((row): CsvTableRow<C> => {
    if (row.cells.length !== header.cells.length) {
      errors.push({
        line: row.line,
        field: 'row',
        message: `This row has ${row.cells.length} cells but the header has ${header.cells.length}; check for an unquoted comma.`,
      });
    }
    return {
      line: row.line,
      cell: (column) => {
        const index = columnIndex.get(column);
        return index === undefined ? '' : restoreNeutralisedCell((row.cells[index] ?? '').trim());
      },
    };
  });
  return { table: { headerLine: header.line, rows: tableRows, missing }, errors };
}

/** File order, with problems of the import settings (no line) last. */
export function sortByLine(errors: readonly FieldError[]): FieldError[] {
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.line ?? Infinity) - (b.e.line ?? Infinity) || a.i - b.i)
    .map(({ e }) => e);
}
