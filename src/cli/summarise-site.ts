import type { GraphHttp } from '../adapters/graph/graph-http';
import { openSharePointStore } from '../adapters/sharepoint/sharepoint-store';
import { summariseMissing } from '../services/summaries/summary-reads';

export interface SummariseSiteOptions {
  readonly graph: GraphHttp;
  /** Site URL or Graph site id. */
  readonly site: string;
  readonly listPrefix?: string;
  readonly log: (line: string) => void;
  /** When each summary is written (the audit time). */
  readonly now?: () => string;
}

/**
 * `--summarise`: builds the summary of every assessment saved before summaries were kept (network views,
 * benchmarks and reports read summaries). Safe to run again and beside the running app: an assessment that already
 * has a summary is left alone, and a save that writes one meanwhile wins.
 */
export async function summariseSite(options: SummariseSiteOptions): Promise<number> {
  const { log } = options;
  log('Building the summaries of assessments saved before summaries were kept ...');
  const store = await openSharePointStore({
    graph: options.graph,
    site: options.site,
    ...(options.listPrefix ? { listPrefix: options.listPrefix } : {}),
  });
  try {
    const built = await summariseMissing(store, options.now ?? (() => new Date().toISOString()));
    log(
      built === 0
        ? 'Summaries: every assessment already had one; nothing changed.'
        : `Summaries: built ${built} missing ${built === 1 ? 'summary' : 'summaries'}.`,
    );
    return built;
  } finally {
    await store.close();
  }
}
