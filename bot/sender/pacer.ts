/**
 * Paces sends to sliding-window limits such as Teams' "7 per second and 60 per 30 seconds per conversation" and
 * "n per second per app per tenant". Each send names the keys it counts against (its conversation, its tenant);
 * it is let through only when every window of every key has room NOW, so the log of a key only ever holds past
 * sends and checking "fewer than `limit` sends in the last `windowMs`" is exact for every window.
 *
 * Waiting sends are served in arrival order, but one held back by its own busy conversation does not block others
 * (a digest to Ella does not wait for a burst to a team channel); only a full tenant window stops everything.
 */
export interface WindowLimit {
  readonly limit: number;
  readonly windowMs: number;
}

export interface PaceKey {
  readonly key: string;
  readonly limits: readonly WindowLimit[];
  /**
   * Least time between two sends on this key. Sliding windows alone let a window's whole allowance go at once
   * (7 in the same millisecond, then 7 more a second later); network jitter then bunches those bursts where
   * Teams counts them, at arrival, and their edges meet in Teams' windows. Evenly spaced sends keep their distance
   * however the network delays them, so the limits hold where Teams measures them.
   */
  readonly spacingMs?: number;
}

/** The even spacing that keeps a steady stream inside every window: the strictest window's share per send. */
export function evenSpacingMs(limits: readonly WindowLimit[]): number {
  return Math.max(0, ...limits.map((l) => l.windowMs / l.limit));
}

export interface PacerClock {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const REAL_CLOCK: PacerClock = {
  now: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Waiter {
  readonly keys: readonly PaceKey[];
  readonly grant: (slot: Slot) => void;
}

/**
 * A granted send. Its time is counted from the grant; `departed()` moves it to the moment the request really
 * leaves, which under load (many grants released at once, each building its request) can be later: the windows
 * must count when requests leave, not when they were allowed to.
 */
export interface Slot {
  departed(): void;
}

export class Pacer {
  /** Send times per key, oldest first, trimmed to the longest window of that key. */
  private readonly logs = new Map<string, number[]>();
  /** A key told to back off (429 with Retry-After) sends nothing before this time. */
  private readonly pausedUntil = new Map<string, number>();
  private readonly waiting: Waiter[] = [];
  private timer: { handle: unknown; at: number } | undefined;

  constructor(private readonly clock: PacerClock = REAL_CLOCK) {}

  /** Resolves when the send may go; the send is counted from that moment (see `Slot.departed`). */
  acquire(keys: readonly PaceKey[]): Promise<Slot> {
    return new Promise((resolve) => {
      this.waiting.push({ keys, grant: resolve });
      this.pump();
    });
  }

  /** Holds back every send on `key` for `ms` (the service asked us to slow down). */
  pause(key: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, until));
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** When `keys` could all take one more send, given what was sent so far (now if they can). */
  private readyAt(keys: readonly PaceKey[], now: number): number {
    let at = now;
    for (const { key, limits, spacingMs } of keys) {
      at = Math.max(at, this.pausedUntil.get(key) ?? 0);
      const log = this.logs.get(key) ?? [];
      const last = log[log.length - 1];
      if (spacingMs !== undefined && last !== undefined) at = Math.max(at, last + spacingMs);
      for (const { limit, windowMs } of limits) {
        let inWindow = 0;
        for (let i = log.length - 1; i >= 0 && (log[i] as number) > now - windowMs; i -= 1) inWindow += 1;
        // Full: the oldest send still inside the window must leave it first.
        if (inWindow >= limit) at = Math.max(at, (log[log.length - limit] as number) + windowMs);
      }
    }
    return at;
  }

  private record(keys: readonly PaceKey[], now: number): void {
    for (const { key, limits } of keys) {
      const longest = Math.max(...limits.map((l) => l.windowMs));
      const log = (this.logs.get(key) ?? []).filter((t) => t > now - longest);
      log.push(now);
      this.logs.set(key, log);
    }
  }

  /** Re-dates a send granted at `grantedAt` to now, keeping each log in time order. */
  private move(keys: readonly PaceKey[], grantedAt: number): void {
    const now = this.clock.now();
    if (now <= grantedAt) return;
    for (const { key } of keys) {
      const log = this.logs.get(key);
      const index = log ? log.lastIndexOf(grantedAt) : -1;
      if (!log || index < 0) continue;
      log.splice(index, 1);
      let at = log.length;
      while (at > 0 && (log[at - 1] as number) > now) at -= 1;
      log.splice(at, 0, now);
    }
  }

  private pump(): void {
    const now = this.clock.now();
    let next = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.waiting.length;) {
      const waiter = this.waiting[i] as Waiter;
      const at = this.readyAt(waiter.keys, now);
      if (at <= now) {
        this.record(waiter.keys, now);
        this.waiting.splice(i, 1);
        waiter.grant({ departed: () => this.move(waiter.keys, now) });
      } else {
        next = Math.min(next, at);
        i += 1;
      }
    }
    this.schedule(next, now);
  }

  private schedule(at: number, now: number): void {
    if (this.timer && (at === Number.POSITIVE_INFINITY || this.timer.at <= at)) {
      if (at === Number.POSITIVE_INFINITY && this.waiting.length === 0) this.cancelTimer();
      return;
    }
    this.cancelTimer();
    if (at === Number.POSITIVE_INFINITY) return;
    // +1 ms: timers may fire a hair early; the window test must see the old send as out.
    const handle = this.clock.setTimer(
      () => {
        this.timer = undefined;
        this.pump();
      },
      Math.max(0, at - now) + 1,
    );
    this.timer = { handle, at };
  }

  private cancelTimer(): void {
    if (this.timer) this.clock.clearTimer(this.timer.handle);
    this.timer = undefined;
  }
}
