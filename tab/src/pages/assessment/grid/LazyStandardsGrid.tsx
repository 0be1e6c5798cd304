import { lazy, Suspense } from 'react';
import { Loading } from '../../../ui/Loading';
import type { StandardsGridProps } from './StandardsGrid';

// The grid is its own chunk: people who rate card by card never download it.
const StandardsGrid = lazy(() => import('./StandardsGrid').then((m) => ({ default: m.StandardsGrid })));

export function LazyStandardsGrid(props: StandardsGridProps) {
  return (
    <Suspense fallback={<Loading label="Opening the grid…" />}>
      <StandardsGrid {...props} />
    </Suspense>
  );
}
