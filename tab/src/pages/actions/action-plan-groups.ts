import type { ActionPlan, ActionView } from '../../api/types';

export interface ActionThemeGroup {
  /** The theme's code, or null for actions that answer no standard. */
  readonly themeCode: string | null;
  readonly title: string;
  readonly actions: readonly ActionView[];
  readonly overdueCount: number;
}

/** Overdue actions first (they need attention now), then by due date, as the API orders them. */
export function overdueFirst(actions: readonly ActionView[]): ActionView[] {
  return [...actions].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate));
}

/**
 * The plan theme by theme: an action belongs to the theme of its finding's standard (a standard's code starts with
 * its theme's code). Themes without actions are left out; free-standing actions come last.
 */
export function groupByTheme(plan: Pick<ActionPlan, 'actions' | 'themes'>): ActionThemeGroup[] {
  const themeOf = (action: ActionView) => action.standardCode?.split('.')[0] ?? null;
  const group = (themeCode: string | null, title: string): ActionThemeGroup => {
    const actions = overdueFirst(plan.actions.filter((a) => themeOf(a) === themeCode));
    return { themeCode, title, actions, overdueCount: actions.filter((a) => a.overdue).length };
  };
  const known = new Set(plan.themes.map((t) => t.code));
  const groups = plan.themes.map((t) => group(t.code, `${t.code}. ${t.title}`));
  // A standard whose theme the framework no longer lists still shows, under its own code.
  const unknownThemes = [...new Set(plan.actions.map(themeOf))].filter(
    (code): code is string => code !== null && !known.has(code),
  );
  return [
    ...groups,
    ...unknownThemes.map((code) => group(code, `Theme ${code}`)),
    group(null, 'Actions not tied to a standard'),
  ].filter((g) => g.actions.length > 0);
}
