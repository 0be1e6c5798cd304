import { provisionResuming } from '../../src/adapters/sharepoint/provision-resume';
import { allListSpecs, DEFAULT_LIST_PREFIX, evidenceLibraryName } from '../../src/adapters/sharepoint/schema';
import { openSharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { organisation, put } from '../contract/fixtures';
import { ctx } from '../contract/store-contract-helpers';
import type { SimSite } from '../graph-simulator/state';
import { sharedHarness } from './harness';

/**
 * `npm run provision` on a connection that drops: what was sent may or may not have been done, so the run reads
 * the site again and carries on from what it finds; when the connection keeps failing, it stops and says plainly
 * that running it again is safe.
 */
const harness = sharedHarness();
const noWait = () => 0;

function listNames(site: SimSite): string[] {
  return [...site.lists.values()].map((l) => l.displayName).sort();
}

const wanted = [...allListSpecs(DEFAULT_LIST_PREFIX).values()].map((s) => s.displayName);

describe('provisioning over a connection that drops', () => {
  afterEach(async () => (await harness()).sim.faults.clear());

  it.each(['drop-after', 'drop-before'] as const)(
    'carries on after a list creation whose connection dropped (%s), making each list once',
    async (fault) => {
      const h = await harness();
      const site = h.addSite();
      h.sim.faults.script({ fault, when: (r) => r.method === 'POST' && r.path.endsWith('/lists'), skip: 3 });
      h.sim.faults.script({ fault, when: (r) => r.method === 'POST' && r.path.endsWith('/columns') });
      const lines: string[] = [];
      await provisionResuming({
        graph: h.graph.app,
        site: site.id,
        log: (l) => lines.push(l),
        waitMs: noWait,
      });

      expect(listNames(site)).toEqual([...wanted, evidenceLibraryName(DEFAULT_LIST_PREFIX)].sort());
      expect(lines.some((l) => /connection to Microsoft Graph dropped.*reading the site again/i.test(l))).toBe(true);
      // The site is what the app needs: the store opens on it and writes.
      const store = await openSharePointStore({ graph: h.graph.app, site: site.id });
      await expect(store.commit(ctx, [put('organisation', organisation())])).resolves.toHaveLength(1);
      await store.close();
    },
    60_000,
  );

  it('stops when the connection keeps dropping, saying that running it again is safe', async () => {
    const h = await harness();
    const site = h.addSite();
    h.sim.faults.script({
      fault: 'drop-before',
      when: (r) => r.method === 'POST' && r.path.endsWith('/lists'),
      times: 99,
    });
    const run = provisionResuming({ graph: h.graph.app, site: site.id, attempts: 3, waitMs: noWait });
    await expect(run).rejects.toThrow(/3 attempts.*safe to run again: run the same command/i);
  });

  it('says the same when throttling outlasts every retry', async () => {
    const h = await harness();
    const site = h.addSite();
    h.sim.faults.setRates({ throttleRate: 1, retryAfterSeconds: 0 });
    const run = provisionResuming({ graph: h.graph.app, site: site.id, attempts: 1, waitMs: noWait });
    await expect(run).rejects.toThrow(/safe to run again/i);
  }, 30_000);
});
