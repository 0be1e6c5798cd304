import { useCallback, useState } from 'react';
import { safeLocalStorage } from '../../shared/autosave/draft-persistence';

/** How a person sees the standards: one card each, a grid of the theme shown, or a grid of every theme. */
export const STANDARDS_LAYOUTS = ['cards', 'theme-grid', 'all-grid'] as const;
export type StandardsLayout = (typeof STANDARDS_LAYOUTS)[number];

export const STANDARDS_LAYOUT_LABELS: Readonly<Record<StandardsLayout, string>> = {
  cards: 'Cards, one standard at a time',
  'theme-grid': 'Grid of this theme',
  'all-grid': 'Grid of every theme',
};

function keyOf(personId: string): string {
  return `mbqin.standards-layout.${personId}`;
}

/** The layout this person chose last on this device; cards until they choose (they explain each standard). */
export function loadStandardsLayout(storage: Storage | undefined, personId: string): StandardsLayout {
  try {
    const stored = storage?.getItem(keyOf(personId)) ?? null;
    return STANDARDS_LAYOUTS.find((layout) => layout === stored) ?? 'cards';
  } catch {
    return 'cards';
  }
}

export function saveStandardsLayout(storage: Storage | undefined, personId: string, layout: StandardsLayout): void {
  try {
    storage?.setItem(keyOf(personId), layout);
  } catch {
    // Storage full or blocked: the choice holds until the page is left.
  }
}

/** The person's layout, remembered for them (each person signed in on a shared device keeps their own). */
export function useStandardsLayout(personId: string): [StandardsLayout, (layout: StandardsLayout) => void] {
  const [layout, setLayout] = useState(() => loadStandardsLayout(safeLocalStorage(), personId));
  const choose = useCallback(
    (next: StandardsLayout) => {
      saveStandardsLayout(safeLocalStorage(), personId, next);
      setLayout(next);
    },
    [personId],
  );
  return [layout, choose];
}
