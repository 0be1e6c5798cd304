import { retryDelayMs, parseRetryAfter, DEFAULT_RETRY } from '../../bot/sender/backoff';
import { Pacer } from '../../bot/sender/pacer';
import { TEAMS_PER_CONVERSATION } from '../../bot/sender/proactive-sender';
import { maxInWindow } from '../../src/cli/fake-bot-connector';
import { VirtualClock } from './virtual-clock';

describe('the pacer (virtual time)', () => {
  it("holds one conversation to Teams' 7 per second and 60 per 30 seconds", async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer(clock);
    const granted: number[] = [];
    const keys = [{ key: 'conversation:a', limits: TEAMS_PER_CONVERSATION }];
    const all = Array.from({ length: 130 }, () => pacer.acquire(keys).then(() => granted.push(clock.now())));
    await clock.runAll();
    await Promise.all(all);
    expect(granted).toHaveLength(130);
    expect(maxInWindow(granted, 1_000)).toBe(7);
    expect(maxInWindow(granted, 30_000)).toBe(60);
    // As fast as allowed: 7 at once, then the 60-in-30-s window decides.
    expect(granted.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(granted[60]).toBeGreaterThanOrEqual(30_000);
    expect(granted[60]).toBeLessThan(30_010);
  });

  it('does not let a busy conversation hold back others, but the tenant limit holds everyone', async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer(clock);
    const tenant = { key: 'tenant:t', limits: [{ limit: 10, windowMs: 1_000 }] };
    const busy = { key: 'conversation:busy', limits: [{ limit: 2, windowMs: 1_000 }] };
    const times: Record<string, number[]> = { busy: [], others: [] };
    const work = [
      ...Array.from({ length: 6 }, () => pacer.acquire([busy, tenant]).then(() => times['busy']?.push(clock.now()))),
      ...Array.from({ length: 20 }, (_, i) =>
        pacer
          .acquire([{ key: `conversation:${i}`, limits: [{ limit: 2, windowMs: 1_000 }] }, tenant])
          .then(() => times['others']?.push(clock.now())),
      ),
    ];
    await clock.runAll();
    await Promise.all(work);
    expect(times['busy']).toEqual([0, 0, 1_001, 1_001, 2_002, 2_002]);
    // 8 others fill the tenant's first second beside the busy conversation's 2.
    expect(times['others']?.filter((t) => t === 0)).toHaveLength(8);
    expect(maxInWindow([...(times['busy'] ?? []), ...(times['others'] ?? [])], 1_000)).toBeLessThanOrEqual(10);
  });

  it('holds a conversation back when told to (429 with Retry-After)', async () => {
    const clock = new VirtualClock();
    const pacer = new Pacer(clock);
    pacer.pause('conversation:a', 2_500);
    let at = -1;
    const done = pacer
      .acquire([{ key: 'conversation:a', limits: TEAMS_PER_CONVERSATION }])
      .then(() => (at = clock.now()));
    await clock.runAll();
    await done;
    expect(at).toBeGreaterThanOrEqual(2_500);
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter, within its cap, and never sooner than Retry-After', () => {
    const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(retryDelayMs(1, null, policy, () => 0)).toBe(50);
    expect(retryDelayMs(1, null, policy, () => 1)).toBe(100);
    expect(retryDelayMs(3, null, policy, () => 1)).toBe(400);
    expect(retryDelayMs(10, null, policy, () => 1)).toBe(1_000);
    expect(retryDelayMs(1, 2_000, policy, () => 0.5)).toBe(2_000);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('2')).toBe(2_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:05 GMT', Date.parse('2026-11-26T09:00:00Z'))).toBe(5_000);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
