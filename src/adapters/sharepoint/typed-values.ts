import type { FieldColumn } from './column-types';

/*
 * How one field value goes into its typed column and comes back, exactly as Graph gives it back: a date-only column
 * answers "2027-01-18T00:00:00Z" for "2027-01-18", a date and time column keeps whole seconds in UTC, text columns
 * give an empty value back as nothing. When the column cannot give the exact value back (milliseconds, an empty
 * string, text longer than the column), the writer keeps the exact value in the item's JSON as well.
 */

export type ColumnValue = string | number | boolean | null;

/** Single line of text: SharePoint's limit. */
export const SINGLE_LINE_CHARS = 255;
/** Multiple lines of plain text: what SharePoint's forms accept. */
export const MULTI_LINE_CHARS = 63_999;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_ONLY_AS_GRAPH_GIVES_IT = /^(\d{4}-\d{2}-\d{2})T00:00:00Z$/;
const WHOLE_SECONDS_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export interface Encoded {
  /** What the column holds (null: empty). */
  readonly column: ColumnValue;
  /** True when reading the column gives back exactly the value; otherwise the JSON keeps it too. */
  readonly exact: boolean;
}

/** The column value for a field value (never null or undefined: those stay in the JSON). */
export function encodeValue(column: FieldColumn, value: unknown): Encoded {
  switch (column.type) {
    case 'text':
    case 'note': {
      if (typeof value !== 'string') return { column: null, exact: false };
      const max = column.type === 'text' ? SINGLE_LINE_CHARS : MULTI_LINE_CHARS;
      if (value === '') return { column: null, exact: false };
      // A longer value is shown cut short for people and kept whole in the JSON.
      return value.length <= max
        ? { column: value, exact: true }
        : { column: `${value.slice(0, max - 1)}…`, exact: false };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? { column: value, exact: true }
        : { column: null, exact: false };
    case 'yesNo':
      return typeof value === 'boolean' ? { column: value, exact: true } : { column: null, exact: false };
    case 'choice':
      return typeof value === 'string' && column.choices.includes(value)
        ? { column: value, exact: true }
        : { column: null, exact: false };
    case 'date':
      return typeof value === 'string' && DATE_ONLY.test(value)
        ? { column: `${value}T00:00:00Z`, exact: true }
        : { column: null, exact: false };
    case 'dateTime': {
      if (typeof value !== 'string') return { column: null, exact: false };
      const time = Date.parse(value);
      if (Number.isNaN(time)) return { column: null, exact: false };
      const seconds = `${new Date(time).toISOString().slice(0, 19)}Z`;
      return { column: seconds, exact: seconds === value };
    }
  }
}

/** Why a column's value cannot be read back as a field value, or the value. */
export type Decoded =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly expected: string };

/** The field value a column holds, as Graph returns it. */
export function decodeValue(column: FieldColumn, raw: unknown): Decoded {
  switch (column.type) {
    case 'text':
    case 'note':
      return typeof raw === 'string' ? { ok: true, value: raw } : { ok: false, expected: 'text' };
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { ok: true, value: raw }
        : { ok: false, expected: 'a number' };
    case 'yesNo':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, expected: 'yes or no' };
    case 'choice':
      return typeof raw === 'string' && column.choices.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, expected: `one of ${column.choices.join(', ')}` };
    case 'date': {
      const match = typeof raw === 'string' ? DATE_ONLY_AS_GRAPH_GIVES_IT.exec(raw) : null;
      return match?.[1] ? { ok: true, value: match[1] } : { ok: false, expected: 'a date such as 2027-01-18' };
    }
    case 'dateTime':
      return typeof raw === 'string' && WHOLE_SECONDS_UTC.test(raw) && !Number.isNaN(Date.parse(raw))
        ? { ok: true, value: raw }
        : { ok: false, expected: 'a date and time such as 2027-01-18T09:30:00Z' };
  }
}
