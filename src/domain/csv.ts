import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * CSV reading and writing over csv-parse and csv-stringify (pure, synchronous, no I/O), with the two things the
 * network's files need on top: the physical line each record starts on (quoted cells may span lines), so every
 * problem can be reported where the user will find it in a spreadsheet or editor; and cells that a spreadsheet
 * would run as a formula written as plain text.
 */

export interface CsvRecord {
  /** 1-based physical line of the file where the record starts. */
  readonly line: number;
  readonly cells: string[];
}

export interface CsvSyntaxError {
  readonly line: number;
  /** 0-based index of the cell the problem is in. */
  readonly cell: number;
  readonly message: string;
}

const UNCLOSED_QUOTE = 'A quoted cell is never closed: add the missing closing quote (").';
const TEXT_AFTER_QUOTE = 'Text follows a closing quote; put the whole cell in quotes and double any quotes inside it.';

/**
 * Reads CSV text: commas between cells, double quotes around cells holding commas, quotes or line breaks,
 * doubled quotes inside quoted cells, CRLF, LF or CR line ends, and a leading byte order mark (Excel writes
 * one). Blank lines are skipped. Lenient where a spreadsheet would be: a quote inside an unquoted cell is kept
 * as text. Problems (an unclosed quote, text after a closing quote) are reported, and reading goes on.
 */
export function parseCsv(text: string): { records: CsvRecord[]; errors: CsvSyntaxError[] } {
  const bytes = Buffer.from(text, 'utf8');
  const lines = new LineIndex(bytes);
  const lenient = read(bytes, { relaxQuotes: true });
  const records = lenient.records.map((r) => ({ line: lines.lineOfRecordAt(r.start), cells: r.cells }));
  const errors: CsvSyntaxError[] = lenient.problems
    .filter((p) => p.code === 'CSV_QUOTE_NOT_CLOSED')
    .map((p) => ({ line: lines.lineOfRecordAt(p.start), cell: p.cell, message: UNCLOSED_QUOTE }));

  // In lenient mode csv-parse keeps `"ab"c` as the text `"ab"c` without a word; a strict pass finds it. Only
  // the first strict problem is trustworthy (a strict reader loses its place after one), so only it is used, and
  // only when it is this one: a quote inside an unquoted cell is fine.
  const [firstStrict] = read(bytes, { relaxQuotes: false }).problems;
  if (firstStrict?.code === 'CSV_INVALID_CLOSING_QUOTE') {
    errors.push({ line: lines.lineOfRecordAt(firstStrict.start), cell: firstStrict.cell, message: TEXT_AFTER_QUOTE });
  }
  return { records, errors: errors.sort((a, b) => a.line - b.line) };
}

interface ReadRecord {
  /** Byte offset where the record begins (blank lines before it included). */
  readonly start: number;
  readonly cells: string[];
}

/** A record csv-parse skipped: its error code, where the record begins and the 0-based cell at fault. */
interface ReadProblem {
  readonly code: string;
  readonly start: number;
  readonly cell: number;
}

function read(bytes: Buffer, mode: { relaxQuotes: boolean }): { records: ReadRecord[]; problems: ReadProblem[] } {
  const records: ReadRecord[] = [];
  const problems: ReadProblem[] = [];
  // Where the record being read begins: the end of the last record read (csv-parse reports the bytes it has
  // read when each record ends, its line end included).
  let nextStart = 0;
  parse(bytes, {
    bom: true,
    relax_quotes: mode.relaxQuotes,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_records_with_error: true,
    on_record: (cells: string[], context) => {
      records.push({ start: nextStart, cells });
      nextStart = context.bytes;
      return cells;
    },
    on_skip: (error) => {
      const cell = (error as unknown as { index?: unknown }).index;
      problems.push({ code: error?.code ?? 'unknown', start: nextStart, cell: typeof cell === 'number' ? cell : 0 });
    },
  });
  return { records, problems };
}

/** Physical line numbers of byte offsets, counting CRLF, LF and CR each as one line end. */
class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly bytes: Buffer) {
    for (let i = 0; i < bytes.length; i += 1) {
      const byte = bytes[i];
      if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) this.lineStarts.push(i + 1);
    }
  }

  /** The line of the first non-blank byte at or after `offset`: blank lines before a record are skipped. */
  lineOfRecordAt(offset: number): number {
    let at = offset;
    while (at < this.bytes.length && (this.bytes[at] === CR || this.bytes[at] === LF)) at += 1;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.lineStarts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

const CR = 0x0d;
const LF = 0x0a;

/** A cell as written to a file: text, or a number (a number is never taken for a formula, even if negative). */
export type CsvCell = string | number;

/**
 * Writes rows as CSV with CRLF line ends, quoting only the cells that need it. Text cells a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or carriage return; OWASP's CSV injection rule) get a single
 * quote in front, so a comment such as `=HYPERLINK(...)` in a downloaded file stays text.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    // Cells with line breaks are quoted whatever the record delimiter (csv-stringify only does so by default
    // when it picks the delimiter itself).
    { record_delimiter: '\r\n', quote_record_delimiter: true, escape_formulas: true },
  );
}

/** The characters after which a written text cell gets a protecting quote (see `writeCsv`). */
const NEUTRALISED = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Undoes `writeCsv`'s protecting quote when a file the network wrote is read back in, so an export followed by
 * an import changes nothing. A text starting with a quote and then a formula character is not something people
 * write on purpose.
 */
export function restoreNeutralisedCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
