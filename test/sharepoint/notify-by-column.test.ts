import type { Person } from '../../src/domain/network';
import { provisionedStore, sharedHarness } from './harness';

/** The People list shows each person's choice of chat, the Teams bell or both, for people reading the list. */
const harness = sharedHarness();
const AT = '2026-12-04T10:00:00.000Z';

describe('the People list on SharePoint', () => {
  it('has a NotifyBy column holding the choice, empty until the person chooses', async () => {
    const h = await harness();
    const { store, site } = await provisionedStore(h);
    const person: Person = {
      id: 'p-ella',
      version: 0,
      displayName: 'Ella Morgan',
      email: 'ella.morgan@slam.nhs.example',
      organisationId: 'org-slam',
      jobTitle: 'Service lead',
      profession: 'mental_health',
      tenantId: null,
      objectId: null,
    };
    const [stored] = await store.commit({ actorId: 'test', at: AT }, [
      { op: 'put', kind: 'person', value: person, expectedVersion: 0 },
    ]);
    const people = [...site.lists.values()].find((l) => l.displayName === 'QIN People');
    const fieldsOf = () => [...(people?.items.values() ?? [])].map((i) => i.fields['NotifyBy'] ?? null);
    expect(fieldsOf()).toEqual([null]);

    await store.commit({ actorId: 'p-ella', at: AT }, [
      { op: 'put', kind: 'person', value: { ...stored, notifyBy: 'both' }, expectedVersion: stored.version },
    ]);
    expect(fieldsOf()).toEqual(['both']);
    expect((await store.get('person', 'p-ella'))?.notifyBy).toBe('both');
  });
});
