import type { PacerClock } from '../../bot/sender/pacer';

/** Virtual time: timers fire in order when the test runs them; nothing waits on the wall clock. */
export class VirtualClock implements PacerClock {
  private t = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;
  now(): number {
    return this.t;
  }
  setTimer(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  }
  clearTimer(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(resolve, ms));
  }
  /** Runs every timer (and the promise callbacks they release) until nothing is left. */
  async runAll(): Promise<void> {
    for (;;) {
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
      this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = this.timers.shift();
      if (!next) return;
      this.t = Math.max(this.t, next.at);
      next.fn();
    }
  }
}
