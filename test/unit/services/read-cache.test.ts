import type { Ports } from '../../../src/services/context';
import type { Store } from '../../../src/services/ports';
import { cachedRead, cachedReadServingStale, forgetCached } from '../../../src/services/read-cache';

/** A read the test finishes when it chooses, counting how often the cache asked for it. */
function controlledRead<T>() {
  let calls = 0;
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = () => {
    calls++;
    return new Promise<T>((resolve, reject) => pending.push({ resolve, reject }));
  };
  return {
    load,
    calls: () => calls,
    finish: (value: T) => pending.shift()?.resolve(value),
    fail: (error: Error) => pending.shift()?.reject(error),
  };
}

describe('the short per-instance read cache', () => {
  let now: Date;
  let ports: Ports;

  beforeEach(() => {
    now = new Date('2027-01-10T10:00:00Z');
    ports = {
      store: {} as Store,
      evidence: {} as Ports['evidence'],
      clock: { now: () => now },
      ids: { newId: () => 'id-1' },
    };
  });

  it('lets two callers at once share one read, and both get its answer', async () => {
    const read = controlledRead<string>();
    const first = cachedRead(ports, 'cycle:c-1', 30_000, read.load);
    const second = cachedRead(ports, 'cycle:c-1', 30_000, read.load);
    read.finish('Cycle 2026/27');
    expect(await Promise.all([first, second])).toEqual(['Cycle 2026/27', 'Cycle 2026/27']);
    expect(read.calls()).toBe(1);
  });

  it('answers from what it read until its life is over, then reads again', async () => {
    let reads = 0;
    const load = async () => `read ${++reads}`;
    expect(await cachedRead(ports, 'k', 30_000, load)).toBe('read 1');
    now = new Date(now.getTime() + 29_000);
    expect(await cachedRead(ports, 'k', 30_000, load)).toBe('read 1');
    now = new Date(now.getTime() + 2_000);
    expect(await cachedRead(ports, 'k', 30_000, load)).toBe('read 2');
  });

  it('gives a failed read to everyone who waited for it, then forgets it so the next caller tries again', async () => {
    const read = controlledRead<string>();
    const first = cachedRead(ports, 'k', 30_000, read.load);
    const second = cachedRead(ports, 'k', 30_000, read.load);
    read.fail(new Error('Graph is busy'));
    await expect(first).rejects.toThrow('Graph is busy');
    await expect(second).rejects.toThrow('Graph is busy');
    const third = cachedRead(ports, 'k', 30_000, read.load);
    read.finish('fresh');
    expect(await third).toBe('fresh');
    expect(read.calls()).toBe(2);
  });

  it('keeps nothing it was told not to keep, and nothing that was not found', async () => {
    let reads = 0;
    const draft = async () => ({ status: 'draft', read: ++reads });
    await cachedRead(ports, 'framework:f', 60_000, draft, (f) => f.status === 'published');
    await cachedRead(ports, 'framework:f', 60_000, draft, (f) => f.status === 'published');
    expect(reads).toBe(2);
    let misses = 0;
    const missing = async () => {
      misses++;
      return undefined;
    };
    await cachedRead(ports, 'cycle:gone', 60_000, missing);
    await cachedRead(ports, 'cycle:gone', 60_000, missing);
    expect(misses).toBe(2);
  });

  it('does not keep what a read in flight brings back once a local change has cleared the key', async () => {
    const read = controlledRead<string>();
    const stale = cachedRead(ports, 'principal:p', 30_000, read.load);
    forgetCached(ports, 'principal:p');
    read.finish('roles before the change');
    expect(await stale).toBe('roles before the change');
    const after = cachedRead(ports, 'principal:p', 30_000, read.load);
    read.finish('roles after the change');
    expect(await after).toBe('roles after the change');
  });

  it('keeps each store apart', async () => {
    const other: Ports = { ...ports, store: {} as Store };
    await cachedRead(ports, 'k', 30_000, async () => 'first store');
    expect(await cachedRead(other, 'k', 30_000, async () => 'second store')).toBe('second store');
  });

  describe('serving the kept answer while a new one is read', () => {
    it('gives the expired answer at once, reads again once in the background, then gives the new one', async () => {
      const read = controlledRead<string>();
      const first = cachedReadServingStale(ports, 'services', 30_000, read.load);
      read.finish('COAST');
      expect(await first).toBe('COAST');
      now = new Date(now.getTime() + 31_000);
      expect(await cachedReadServingStale(ports, 'services', 30_000, read.load)).toBe('COAST');
      expect(await cachedReadServingStale(ports, 'services', 30_000, read.load)).toBe('COAST');
      expect(read.calls()).toBe(2);
      read.finish('COAST (renamed)');
      await new Promise((resolve) => setImmediate(resolve));
      expect(await cachedReadServingStale(ports, 'services', 30_000, read.load)).toBe('COAST (renamed)');
      expect(read.calls()).toBe(2);
    });

    it('keeps the old answer when the new read fails, and the next caller tries again', async () => {
      const read = controlledRead<string>();
      const first = cachedReadServingStale(ports, 'services', 30_000, read.load);
      read.finish('COAST');
      await first;
      now = new Date(now.getTime() + 31_000);
      expect(await cachedReadServingStale(ports, 'services', 30_000, read.load)).toBe('COAST');
      read.fail(new Error('Graph is busy'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(await cachedReadServingStale(ports, 'services', 30_000, read.load)).toBe('COAST');
      expect(read.calls()).toBe(3);
    });

    it('drops a background read when a local change clears the key, and the next caller waits for a fresh one', async () => {
      const read = controlledRead<string>();
      const first = cachedReadServingStale(ports, 'services', 30_000, read.load);
      read.finish('COAST');
      await first;
      now = new Date(now.getTime() + 31_000);
      await cachedReadServingStale(ports, 'services', 30_000, read.load);
      forgetCached(ports, 'services');
      read.finish('read before the rename');
      await new Promise((resolve) => setImmediate(resolve));
      const after = cachedReadServingStale(ports, 'services', 30_000, read.load);
      read.finish('read after the rename');
      expect(await after).toBe('read after the rename');
    });
  });
});
