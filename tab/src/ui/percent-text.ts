/** A score as people read it: a whole percentage, or a plain sentence while nothing is rated. */
export function percentText(percent: number | null): string {
  return percent === null ? 'Not scored yet' : `${percent}%`;
}
