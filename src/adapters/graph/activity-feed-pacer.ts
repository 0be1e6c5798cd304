/**
 * Keeps activity-feed notifications within Graph's limit for them: 5 a second per app per tenant. Sends to one
 * tenant leave evenly spaced (one every 200 ms), so bursts never reach Graph however many reminders are due at
 * once; a throttled answer's Retry-After holds back every send to that tenant until it has passed. Tenants are
 * independent (each trust's tenant counts its own).
 */
export interface PacerClock {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_PACER_CLOCK: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Graph's documented limit for sendActivityNotification, per app per tenant. */
export const ACTIVITY_FEED_PER_SECOND = 5;

export class ActivityFeedPacer {
  /** Per tenant: the earliest moment the next send may leave. */
  private readonly nextSlot = new Map<string, number>();
  /** Per tenant: no send before this moment (Graph said so with Retry-After). */
  private readonly heldUntil = new Map<string, number>();
  private readonly spacingMs: number;

  constructor(
    perSecond: number = ACTIVITY_FEED_PER_SECOND,
    private readonly clock: PacerClock = REAL_PACER_CLOCK,
  ) {
    if (!(perSecond > 0)) throw new Error('The activity feed pace must be above 0 a second.');
    this.spacingMs = 1000 / perSecond;
  }

  /** Resolves when a send to `tenantId` may leave; each call takes the next free slot. */
  async slot(tenantId: string): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const held = this.heldUntil.get(tenantId) ?? 0;
      if (held > now) {
        await this.clock.sleep(held - now);
        continue;
      }
      const at = Math.max(now, this.nextSlot.get(tenantId) ?? 0);
      this.nextSlot.set(tenantId, at + this.spacingMs);
      if (at > now) await this.clock.sleep(at - now);
      // Throttled while waiting for the slot: wait out the Retry-After like everyone else.
      if ((this.heldUntil.get(tenantId) ?? 0) > this.clock.now()) continue;
      return;
    }
  }

  /** Graph throttled a send to `tenantId`: nothing more goes to it for `ms`. */
  holdOff(tenantId: string, ms: number): void {
    const until = this.clock.now() + Math.max(0, ms);
    this.heldUntil.set(tenantId, Math.max(until, this.heldUntil.get(tenantId) ?? 0));
  }
}
