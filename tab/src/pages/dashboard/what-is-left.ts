import type { Standard, StandardResponse } from '../../api/types';

export interface LeftForPerson {
  readonly assigneeId: string | null;
  readonly standards: readonly Pick<Standard, 'code' | 'title' | 'themeCode'>[];
}

/** The standards still to rate, grouped by who they are assigned to (unassigned first), in framework order. */
export function whatIsLeft(standards: readonly Standard[], responses: readonly StandardResponse[]): LeftForPerson[] {
  const byCode = new Map(responses.map((r) => [r.standardCode, r]));
  const groups = new Map<string | null, Standard[]>();
  for (const standard of standards) {
    const response = byCode.get(standard.code);
    if (!response || response.rating !== null) continue;
    const list = groups.get(response.assigneeId) ?? [];
    list.push(standard);
    groups.set(response.assigneeId, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
    .map(([assigneeId, list]) => ({
      assigneeId,
      standards: list.map(({ code, title, themeCode }) => ({ code, title, themeCode })),
    }));
}
