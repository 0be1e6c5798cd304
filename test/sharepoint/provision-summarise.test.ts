import { openSharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { parseArgs } from '../../src/cli/provision';
import { summariseSite } from '../../src/cli/summarise-site';
import { cycle, framework, put, response, serviceAssessment } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import { provisionedStore, sharedHarness } from './harness';

const harness = sharedHarness();
const at = () => '2026-11-26T10:00:00Z';

describe('npm run provision -- --summarise', () => {
  it('builds the summary of an assessment saved before summaries were kept, once; run again it writes nothing', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    // Written straight to the store, as the app did before it kept summaries.
    await store.commit(ctx, [
      put('framework', framework()),
      put('cycle', cycle()),
      put('assessment', serviceAssessment()),
      put('response', response('as-cardio-2026', '1.1', { rating: 'met' })),
      put('response', response('as-cardio-2026', '1.2')),
    ]);
    expect(await store.get('assessmentSummary', 'as-cardio-2026')).toBeUndefined();

    const lines: string[] = [];
    const built = await summariseSite({ graph: h.graph.app, site: site.id, log: (l) => lines.push(l), now: at });
    expect(built).toBe(1);
    expect(lines).toContain('Summaries: built 1 missing summary.');
    const reopened = await openSharePointStore({ graph: h.graph.app, site: site.id });
    const summary = await reopened.get('assessmentSummary', 'as-cardio-2026');
    expect(summary?.progress).toEqual({ total: 2, rated: 1, percent: 50 });

    const again: string[] = [];
    expect(await summariseSite({ graph: h.graph.app, site: site.id, log: (l) => again.push(l), now: at })).toBe(0);
    expect(again).toContain('Summaries: every assessment already had one; nothing changed.');
    expect((await reopened.get('assessmentSummary', 'as-cardio-2026'))?.version).toBe(summary?.version);
  });

  it('is a flag of provisioning and of an applied conversion, refused with a dry run', () => {
    expect(parseArgs(['--site', 's', '--summarise'])).toEqual({ site: 's', summarise: true });
    expect(parseArgs(['--site', 's', '--migrate', '--apply', '--summarise'])).toEqual({
      site: 's',
      migrate: true,
      apply: true,
      summarise: true,
    });
    expect(() => parseArgs(['--site', 's', '--migrate', '--summarise'])).toThrow(/dry run writes nothing: add --apply/);
  });
});
