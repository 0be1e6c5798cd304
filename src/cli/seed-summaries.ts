import type { Store } from '../services/ports';
import { publishedFrameworks } from '../services/summaries/summary-builder';
import { keepingSummaries } from '../services/summaries/summary-keeper';

/** The store a seeder writes through: every seeded assessment gets its summary in the same commit. */
export function withSummaries(store: Store): Store {
  return keepingSummaries(store, publishedFrameworks(store));
}
