import { legacyEntityFromItem } from '../../src/adapters/sharepoint/legacy-layout';
import { provisionSharePoint } from '../../src/adapters/sharepoint/provisioner';
import { allListSpecs, DEFAULT_LIST_PREFIX } from '../../src/adapters/sharepoint/schema';
import { openSharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { StoreUnavailableError } from '../../src/services/ports';
import { organisation } from '../contract/fixtures';
import { columnFromDefinition, type SimColumn, type SimSite } from '../graph-simulator/state';
import { sharedHarness, type Harness } from './harness';

const harness = sharedHarness();

function column(name: string, text: Record<string, unknown>, flags: Record<string, unknown> = {}): SimColumn {
  const made = columnFromDefinition({ name, text, ...flags });
  if (typeof made === 'string') throw new Error(made);
  return made;
}

/** A site as the earlier layout provisioned it: each entity as JSON beside its id, version and commit. */
function siteInEarlierLayout(h: Harness): SimSite {
  const site = h.addSite();
  for (const [key, spec] of allListSpecs(DEFAULT_LIST_PREFIX)) {
    const entity = key !== 'audit' && key !== 'lease';
    h.sim.state.createList(site, {
      displayName: spec.displayName,
      template: 'genericList',
      columns: [
        column('EntityId', { maxLength: 255 }, { indexed: true, enforceUniqueValues: true }),
        ...(entity
          ? [column('EntityJson', { allowMultipleLines: true }), column('EntityJson2', { allowMultipleLines: true })]
          : []),
      ],
    });
  }
  return site;
}

describe('a site still in the earlier (all JSON) layout', () => {
  it('is refused by the store, saying to convert it with provision --migrate', async () => {
    const h = await harness();
    const site = siteInEarlierLayout(h);
    const open = openSharePointStore({ graph: h.graph.app, site: site.id });
    await expect(open).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(openSharePointStore({ graph: h.graph.app, site: site.id })).rejects.toThrow(
      new RegExp(`earlier layout.*npm run provision -- --site ${site.id} --migrate`),
    );
  });

  it('is left untouched by provisioning, which says the same', async () => {
    const h = await harness();
    const site = siteInEarlierLayout(h);
    const writesBefore = h.sim.graphCalls().filter((c) => c.method !== 'GET').length;
    await expect(provisionSharePoint({ graph: h.graph.app, site: site.id })).rejects.toThrow(/--migrate/);
    expect(h.sim.graphCalls().filter((c) => c.method !== 'GET').length).toBe(writesBefore);
  });

  it('can still be read item by item, for the migration', () => {
    const { id, version: _version, ...rest } = organisation();
    const item = {
      id: '7',
      eTag: '"abc,3"',
      fields: { EntityId: id, EntityVersion: 3, CommitId: 'c-1', EntityJson: JSON.stringify(rest) },
    };
    expect(legacyEntityFromItem('organisation', item)).toEqual({
      itemId: '7',
      eTag: '"abc,3"',
      value: { ...organisation(), version: 3 },
      commitId: 'c-1',
    });
  });
});
