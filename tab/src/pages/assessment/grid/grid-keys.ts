import type { Rating } from '../../../api/types';
import { RATINGS } from '../ratings';

/** A cell of the standards grid: row 0 is the first standard (the header row is not navigable). */
export interface GridCell {
  readonly row: number;
  readonly column: number;
}

/**
 * Where a key moves focus in a grid of `rows` x `columns` (the ARIA grid pattern): arrows one cell, Home and End
 * to the ends of the row, Ctrl+Home and Ctrl+End to the first and last cell, Page Up and Page Down by `page` rows.
 * Undefined when the key does not move focus. Focus stops at the edges rather than wrapping.
 */
export function moveInGrid(
  from: GridCell,
  key: string,
  withCtrl: boolean,
  rows: number,
  columns: number,
  page = 5,
): GridCell | undefined {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
  const to = (row: number, column: number) => ({ row: clamp(row, rows), column: clamp(column, columns) });
  switch (key) {
    case 'ArrowUp':
      return to(from.row - 1, from.column);
    case 'ArrowDown':
      return to(from.row + 1, from.column);
    case 'ArrowLeft':
      return to(from.row, from.column - 1);
    case 'ArrowRight':
      return to(from.row, from.column + 1);
    case 'PageUp':
      return to(from.row - page, from.column);
    case 'PageDown':
      return to(from.row + page, from.column);
    case 'Home':
      return withCtrl ? to(0, 0) : to(from.row, 0);
    case 'End':
      return withCtrl ? to(rows - 1, columns - 1) : to(from.row, columns - 1);
    default:
      return undefined;
  }
}

/** The letter and number that set each rating when typed in a rating cell. */
export const RATING_KEYS: Readonly<Record<Rating, { readonly letter: string; readonly digit: string }>> = {
  met: { letter: 'M', digit: '1' },
  partly_met: { letter: 'P', digit: '2' },
  not_met: { letter: 'N', digit: '3' },
  not_applicable: { letter: 'A', digit: '4' },
};

/**
 * The rating a key sets in a rating cell: its letter or number, or (Enter, Space) the next rating in the order
 * they are offered, so pressing Space repeatedly goes round them all. Undefined for any other key.
 */
export function ratingForKey(key: string, current: Rating | null): Rating | undefined {
  const typed = key.toUpperCase();
  const byKey = RATINGS.find((r) => RATING_KEYS[r].letter === typed || RATING_KEYS[r].digit === typed);
  if (byKey) return byKey;
  if (key === 'Enter' || key === ' ') {
    const index = current === null ? -1 : RATINGS.indexOf(current);
    return RATINGS[(index + 1) % RATINGS.length];
  }
  return undefined;
}
