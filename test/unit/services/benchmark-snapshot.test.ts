import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { seedDemoNetwork } from '../../../src/cli/seed-demo';
import type { Principal } from '../../../src/services/access-policy';
import type { Ports } from '../../../src/services/context';
import { prepareBenchmarks } from '../../../src/services/network/prepare-benchmarks';
import { networkScores } from '../../../src/services/network/scores';
import type { Store } from '../../../src/services/ports';

const CYCLE = 'cycle-current';

describe('the anonymised network benchmarks', () => {
  let store: Store;
  let now: Date;
  let reads: number;
  /** An assessment the store no longer lists, as if it had left the cycle. */
  let leaving: string | undefined;

  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    await seedDemoNetwork(store, new Date('2026-11-26T10:00:00Z'));
    now = new Date('2027-01-10T10:00:00Z');
    reads = 0;
    leaving = undefined;
  });
  afterEach(() => store.close());

  /** Ports whose store counts the reads of the cycle's responses (the costly part of the benchmarks). */
  function portsWith(snapshotMs: number | undefined): Ports {
    const counting: Store = new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== 'query' || typeof value !== 'function') return value;
        return (kind: string, ...rest: unknown[]) => {
          if (kind !== 'assessment') return (value as (...args: unknown[]) => unknown).call(target, kind, ...rest);
          reads++;
          return (value as (...args: unknown[]) => Promise<{ id: string }[]>)
            .call(target, kind, ...rest)
            .then((found) => found.filter((a) => a.id !== leaving));
        };
      },
    });
    return {
      store: counting,
      evidence: {} as Ports['evidence'],
      clock: { now: () => now },
      ids: { newId: () => 'id-1' },
      ...(snapshotMs === undefined ? {} : { benchmarkSnapshotMs: snapshotMs }),
    };
  }

  async function as(personId: string): Promise<Principal> {
    const person = await store.get('person', personId);
    if (!person) throw new Error(`demo person ${personId} missing`);
    return { person, roles: await store.query('roleAssignment', { personId }) };
  }

  it("are worked out once for every service lead's dashboard within the snapshot's life, then again", async () => {
    const ports = portsWith(60_000);
    const [coast, cardio] = [await as('p-sl-coast'), await as('p-sl-cardio')];
    const first = await Promise.all([networkScores(ports, coast, CYCLE), networkScores(ports, cardio, CYCLE)]);
    expect(first[0]).toEqual(first[1]);
    expect(first[0].anonymised).toBe(true);
    expect(reads).toBe(1);

    now = new Date(now.getTime() + 59_000);
    await networkScores(ports, coast, CYCLE);
    expect(reads).toBe(1);

    now = new Date(now.getTime() + 2_000);
    await networkScores(ports, coast, CYCLE);
    expect(reads).toBe(2);
  });

  it('answer at once with the figures kept once their life is over, while new ones are worked out for the next dashboard', async () => {
    const ports = portsWith(60_000);
    const coast = await as('p-sl-coast');
    const before = await networkScores(ports, coast, CYCLE);
    // A service leaves the cycle: the next figures are drawn from one service fewer.
    leaving = (await store.query('assessment', { cycleId: CYCLE })).find((a) => a.subject.kind === 'service')?.id;
    reads = 0;

    now = new Date(now.getTime() + 61_000);
    const late = await networkScores(ports, coast, CYCLE);
    expect(late).toEqual(before);
    expect(reads).toBe(1);

    // What start-up does: waits for the working-out under way rather than starting another.
    await prepareBenchmarks(ports);
    const next = await networkScores(ports, coast, CYCLE);
    expect(reads).toBe(1);
    expect(next.assessmentCount).toBe(before.assessmentCount - 1);
  });

  it('are ready for the first dashboard when prepared at start, for the cycle open today', async () => {
    const ports = portsWith(60_000);
    await prepareBenchmarks(ports);
    expect(reads).toBe(1);
    await networkScores(ports, await as('p-sl-coast'), CYCLE);
    expect(reads).toBe(1);
  });

  it('are worked out afresh for a network admin, who sees each service named', async () => {
    const ports = portsWith(60_000);
    const admin = await as('p-admin');
    const named = await networkScores(ports, admin, CYCLE);
    await networkScores(ports, admin, CYCLE);
    expect(named.anonymised).toBe(false);
    expect(reads).toBe(2);
  });

  it('are worked out on every request when no snapshot life is set', async () => {
    const ports = portsWith(undefined);
    const coast = await as('p-sl-coast');
    await networkScores(ports, coast, CYCLE);
    await networkScores(ports, coast, CYCLE);
    expect(reads).toBe(2);
  });

  it('still refuse someone who may not see benchmarks, even with figures kept', async () => {
    const ports = portsWith(60_000);
    await networkScores(ports, await as('p-sl-coast'), CYCLE);
    const nobody: Principal = { person: (await as('p-sl-coast')).person, roles: [] };
    await expect(networkScores(ports, nobody, CYCLE)).rejects.toThrow();
  });
});
