/**
 * An RFC 4180 CSV reader and writer. Written here rather than taken from a package so the domain stays
 * free of dependencies, and because importers need something most readers do not give: the physical line
 * each record starts on (quoted cells may span lines), so every problem can be reported where the user
 * will find it in a spreadsheet or editor.
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

/**
 * Reads CSV text: commas between cells, double quotes around cells holding commas, quotes or line breaks,
 * doubled quotes inside quoted cells, CRLF, LF or CR line ends, and a leading byte order mark (Excel writes
 * one). Blank lines are skipped. Lenient where a spreadsheet would be: a quote inside an unquoted cell is
 * kept as text. Problems (an unclosed quote, text after a closing quote) are reported, and reading goes on.
 */
export function parseCsv(text: string): { records: CsvRecord[]; errors: CsvSyntaxError[] } {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const n = src.length;
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let i = 0;
  let line = 1;

  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (src[i] === '"') {
        const quoteLine = line;
        i += 1;
        let closed = false;
        while (i < n) {
          const c = src[i];
          if (c === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line += 1;
          value += c;
          i += 1;
        }
        if (!closed) {
          errors.push({
            line: quoteLine,
            cell: cells.length,
            message: 'A quoted cell is never closed: add the missing closing quote (").',
          });
        }
        const afterStart = i;
        while (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') i += 1;
        if (i > afterStart) {
          value += src.slice(afterStart, i);
          errors.push({
            line,
            cell: cells.length,
            message: 'Text follows a closing quote; put the whole cell in quotes and double any quotes inside it.',
          });
        }
      } else {
        const start = i;
        while (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') i += 1;
        value = src.slice(start, i);
      }
      cells.push(value);

      if (i >= n) {
        endOfRecord = true;
      } else if (src[i] === ',') {
        i += 1;
      } else {
        i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line += 1;
        endOfRecord = true;
      }
    }
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) records.push({ line: recordLine, cells });
  }
  return { records, errors };
}

/** Writes rows as CSV with CRLF line ends, quoting only the cells that need it. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join(',') + '\r\n').join('');
}

function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
