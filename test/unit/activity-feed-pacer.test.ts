import { ActivityFeedPacer, type PacerClock } from '../../src/adapters/graph/activity-feed-pacer';

/** The bell's pacer under jest's fake timers: when each send may leave, measured on the faked clock. */
const fakeClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

beforeEach(() => {
  jest.useFakeTimers({ now: new Date('2026-12-28T09:00:00Z') });
});
afterEach(() => {
  jest.useRealTimers();
});

/** Starts `count` sends to a tenant side by side and records when each is let through, relative to the start. */
function burst(pacer: ActivityFeedPacer, tenantId: string, count: number, start: number): number[] {
  const leftAt: number[] = [];
  for (let i = 0; i < count; i += 1) void pacer.slot(tenantId).then(() => leftAt.push(Date.now() - start));
  return leftAt;
}

describe('ActivityFeedPacer', () => {
  it('lets a burst to one tenant through evenly spaced, never more than 5 in any second', async () => {
    const pacer = new ActivityFeedPacer(5, fakeClock);
    const leftAt = burst(pacer, 'tenant-a', 12, Date.now());
    await jest.advanceTimersByTimeAsync(5000);
    expect(leftAt).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000, 2200]);
    for (const t of leftAt) expect(leftAt.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(5);
  });

  it('paces each tenant on its own', async () => {
    const pacer = new ActivityFeedPacer(5, fakeClock);
    const start = Date.now();
    const a = burst(pacer, 'tenant-a', 3, start);
    const b = burst(pacer, 'tenant-b', 3, start);
    await jest.advanceTimersByTimeAsync(1000);
    expect(a).toEqual([0, 200, 400]);
    expect(b).toEqual([0, 200, 400]);
  });

  it("holds every send to a throttled tenant until Graph's Retry-After has passed", async () => {
    const pacer = new ActivityFeedPacer(5, fakeClock);
    const start = Date.now();
    await pacer.slot('tenant-a');
    pacer.holdOff('tenant-a', 3000);
    const held = burst(pacer, 'tenant-a', 2, start);
    const other = burst(pacer, 'tenant-b', 1, start);
    await jest.advanceTimersByTimeAsync(2999);
    expect(held).toEqual([]);
    expect(other).toEqual([0]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(held).toEqual([3000, 3200]);
  });

  it('makes sends already waiting for their slot wait out a Retry-After that arrives meanwhile', async () => {
    const pacer = new ActivityFeedPacer(5, fakeClock);
    const start = Date.now();
    const leftAt = burst(pacer, 'tenant-a', 3, start);
    await jest.advanceTimersByTimeAsync(0);
    expect(leftAt).toEqual([0]);
    pacer.holdOff('tenant-a', 2000);
    await jest.advanceTimersByTimeAsync(5000);
    expect(leftAt[1]).toBeGreaterThanOrEqual(2000);
    expect(leftAt[2]).toBeGreaterThanOrEqual((leftAt[1] ?? 0) + 200);
  });
});
