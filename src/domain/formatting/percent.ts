/**
 * Percentages, computed and written one way everywhere (the tab, the bot's cards and the reports): rounded to the
 * nearest tenth, halves up, so two of three reads 66.7% wherever it appears, and a whole figure drops its ".0"
 * (50%, not 50.0%).
 */

/**
 * `part` of `whole` as a percentage to one decimal place; null when there is nothing to divide by. Computed in
 * integers first, so 2 of 3 is 66.7 and not 66.66666666666667, and 1 of 8 (12.5) is never 12.499999.
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** A percentage people read: "66.7%", "50%"; `whenNone` while there is no figure (nothing to divide by). */
export function percentText(percent: number | null, whenNone = 'Not scored yet'): string {
  return percent === null ? whenNone : `${Math.round(percent * 10) / 10}%`;
}
