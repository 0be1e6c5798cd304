import type { Assessment } from '../../domain/assessment';
import type { AssessmentSummary } from '../../domain/assessment-summary';
import type { Ports } from '../context';
import { ConflictError, type Store } from '../ports';
import { publishedFrameworks, summaryFromStore, withFigures, type FrameworkSource } from './summary-builder';

/** Summaries built per commit when many are missing: a few dozen writes to one `$batch` chain on SharePoint. */
const BUILT_PER_COMMIT = 10;

/** Framework sources per store, so building many summaries reads each framework version once. */
const sources = new WeakMap<Store, FrameworkSource>();

function frameworksOf(store: Store): FrameworkSource {
  let source = sources.get(store);
  if (!source) {
    source = publishedFrameworks(store);
    sources.set(store, source);
  }
  return source;
}

/**
 * The summary of each of these assessments, by assessment id. `found` are the summaries the caller read (in the
 * same round trip as the assessments); an assessment with none (saved before summaries were kept) has its summary
 * built from its responses, agreed ratings and recognition record, and stored, so no view shows wrong figures and
 * the next read finds it.
 */
export function completeSummaries(
  ports: Ports,
  assessments: readonly Assessment[],
  found: readonly AssessmentSummary[],
): Promise<Map<string, AssessmentSummary>> {
  return completeWith(ports.store, () => ports.clock.now().toISOString(), assessments, found);
}

async function completeWith(
  store: Store,
  now: () => string,
  assessments: readonly Assessment[],
  found: readonly AssessmentSummary[],
): Promise<Map<string, AssessmentSummary>> {
  const wanted = new Set(assessments.map((a) => a.id));
  const out = new Map(found.filter((s) => wanted.has(s.id)).map((s) => [s.id, s]));
  const missing = assessments.filter((a) => !out.has(a.id));
  for (let i = 0; i < missing.length; i += BUILT_PER_COMMIT) {
    const built = await Promise.all(missing.slice(i, i + BUILT_PER_COMMIT).map((a) => buildSummary(store, now, a)));
    for (const summary of built) out.set(summary.id, summary);
  }
  return out;
}

/** Builds and stores one missing summary; if a save stored one meanwhile, that one is the truth. */
async function buildSummary(store: Store, now: () => string, assessment: Assessment): Promise<AssessmentSummary> {
  const summary = withFigures(
    await summaryFromStore(store, assessment),
    await frameworksOf(store)(assessment.frameworkVersionId),
  );
  try {
    const [stored] = await store.commit({ actorId: 'system:summaries', at: now() }, [
      { op: 'put', kind: 'assessmentSummary', value: summary, expectedVersion: 0 },
    ]);
    return stored;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const current = await store.get('assessmentSummary', assessment.id);
    if (!current) throw error;
    return current;
  }
}

/**
 * The one-off job for data saved before summaries were kept (and for seeded data): builds every missing summary,
 * cycle by cycle. Returns how many it built. Safe to run again, and beside the app (a save meanwhile wins).
 */
export async function summariseMissing(store: Store, now: () => string): Promise<number> {
  let built = 0;
  for (const cycle of await store.query('cycle', {})) {
    const [assessments, found] = await Promise.all([
      store.query('assessment', { cycleId: cycle.id }),
      store.query('assessmentSummary', { cycleId: cycle.id }),
    ]);
    const have = new Set(found.map((s) => s.id));
    built += assessments.filter((a) => !have.has(a.id)).length;
    await completeWith(store, now, assessments, found);
  }
  return built;
}

/** Every assessment of a cycle with its summary (one round trip when all are summarised already). */
export async function cycleSummaries(
  ports: Ports,
  cycleId: string,
): Promise<{ assessments: Assessment[]; summaries: Map<string, AssessmentSummary> }> {
  // Asked in the same tick, so SharePoint answers both in one `$batch`.
  const [assessments, found] = await Promise.all([
    ports.store.query('assessment', { cycleId }),
    ports.store.query('assessmentSummary', { cycleId }),
  ]);
  return { assessments, summaries: await completeSummaries(ports, assessments, found) };
}

/** The summaries of a few assessments, read by id (one `$batch` on SharePoint). */
export async function summariesOf(
  ports: Ports,
  assessments: readonly Assessment[],
): Promise<Map<string, AssessmentSummary>> {
  if (assessments.length === 0) return new Map();
  const found = await ports.store.getMany(
    'assessmentSummary',
    assessments.map((a) => a.id),
  );
  return completeSummaries(ports, assessments, found);
}

/** Up to this many assessments of a cycle are read by id; more, and one read of the cycle's summaries is cheaper. */
const FEW_ASSESSMENTS = 20;

/**
 * The summaries of these assessments, read the cheaper way cycle by cycle: a cycle with many of them is read whole
 * (one partitioned read, the same number of `$batch` parts however big the network), the few of the other cycles by
 * id together. Asked in the same tick, so SharePoint answers them in one round trip where they fit.
 */
export async function summariesOfCyclesOrFew(
  ports: Ports,
  assessments: readonly Assessment[],
): Promise<Map<string, AssessmentSummary>> {
  const byCycle = new Map<string, string[]>();
  for (const a of assessments) {
    const listed = byCycle.get(a.cycleId);
    if (listed) listed.push(a.id);
    else byCycle.set(a.cycleId, [a.id]);
  }
  const wholeCycles: string[] = [];
  const few: string[] = [];
  for (const [cycleId, ids] of byCycle) {
    if (ids.length > FEW_ASSESSMENTS) wholeCycles.push(cycleId);
    else few.push(...ids);
  }
  const found = await Promise.all([
    ...wholeCycles.map((cycleId) => ports.store.query('assessmentSummary', { cycleId })),
    few.length > 0 ? ports.store.getMany('assessmentSummary', few) : Promise.resolve([]),
  ]);
  return completeSummaries(ports, assessments, found.flat());
}
