import type { Cycle } from './cycle';

/** The cycle a dashboard opens on: the one whose windows include today, else the latest to start. */
export function currentCycle(cycles: readonly Cycle[], today: string): Cycle | undefined {
  const open = cycles.find((c) => c.windows.self_assessment.start <= today && today <= c.windows.action_planning.end);
  if (open) return open;
  return [...cycles].sort((a, b) => b.windows.self_assessment.start.localeCompare(a.windows.self_assessment.start))[0];
}
