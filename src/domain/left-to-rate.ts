import type { Rating } from './assessment';
import type { Standard } from './framework';

/** The standards one person (or nobody yet) still has to rate. */
export interface LeftForPerson {
  readonly assigneeId: string | null;
  readonly standards: readonly Pick<Standard, 'code' | 'title' | 'themeCode'>[];
}

/** Where a standard stands: its rating so far and who it is assigned to. */
export interface Standing {
  readonly standardCode: string;
  readonly rating: Rating | null;
  readonly assigneeId: string | null;
}

/** The standards still to rate, grouped by who they are assigned to (unassigned first), in framework order. */
export function whatIsLeft(standards: readonly Standard[], standings: readonly Standing[]): LeftForPerson[] {
  const byCode = new Map(standings.map((s) => [s.standardCode, s]));
  const groups = new Map<string | null, Standard[]>();
  for (const standard of standards) {
    const standing = byCode.get(standard.code);
    if (!standing || standing.rating !== null) continue;
    const list = groups.get(standing.assigneeId) ?? [];
    list.push(standard);
    groups.set(standing.assigneeId, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
    .map(([assigneeId, list]) => ({
      assigneeId,
      standards: list.map(({ code, title, themeCode }) => ({ code, title, themeCode })),
    }));
}
