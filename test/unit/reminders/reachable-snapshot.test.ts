import { DEMO_PEOPLE } from '../../../src/cli/demo-network-data';
import { peopleWithWork } from '../../../src/services/reminders/planner';
import { loadSnapshotOfPeople } from '../../../src/services/reminders/reachable-snapshot';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { demoNetwork } from './harness';

/**
 * The daily plan reads person by person for a few people and pages through whole lists for many: either way each
 * person is due exactly the same, in self-assessment (standards, deadlines, actions) and in peer review (reviews,
 * the review team's announcements).
 */
describe("the reminder plan's reads for the people the bot can reach", () => {
  it.each(['2026-11-26', '2027-01-20'])(
    'finds the same work person by person as from whole lists (%s)',
    async (day) => {
      const { ports, store } = await demoNetwork();
      const people = await store.getMany(
        'person',
        DEMO_PEOPLE.map((p) => p.id),
      );
      const settings = reminderSettings();
      const dueOf = async (upTo: number) =>
        [...peopleWithWork(await loadSnapshotOfPeople(ports, people, day, upTo), settings)].sort(([a], [b]) =>
          a.localeCompare(b),
        );
      const oneByOne = await dueOf(1000);
      expect(oneByOne.length).toBeGreaterThan(0);
      expect(await dueOf(0)).toEqual(oneByOne);
      await store.close();
    },
  );
});

describe('the reminder plan for many people', () => {
  it('reads open actions by cycle and status, never every action the network has finished', async () => {
    const { ports, store } = await demoNetwork();
    const people = await store.getMany(
      'person',
      DEMO_PEOPLE.map((p) => p.id),
    );
    const query = jest.spyOn(ports.store, 'query');
    await loadSnapshotOfPeople(ports, people, '2027-01-20', 0);
    const actionFilters = query.mock.calls.filter(([kind]) => kind === 'action').map(([, filter]) => filter);
    expect(actionFilters.length).toBeGreaterThan(0);
    for (const filter of actionFilters) {
      expect(filter).toEqual({
        cycleId: expect.any(String),
        status: expect.stringMatching(/^(proposed|agreed|in_progress)$/),
      });
    }
    await store.close();
  });
});
