/**
 * Injected failures, by rate (seeded, so a failing run can be replayed) or scripted for one request.
 * `drop-before` closes the connection without doing anything; `drop-after` does the work and then closes
 * the connection, so the client cannot know the request was applied: the case idempotent writes must survive.
 */
export type Fault = 'drop-before' | 'drop-after' | 'throttle' | 'unavailable';

export interface FaultRates {
  /** Share of requests (and `$batch` parts) answered 429 or 503, half each. */
  readonly throttleRate?: number;
  /** Share of connections dropped, half before and half after doing the work. */
  readonly dropRate?: number;
  /** The Retry-After sent with 429/503, in seconds. */
  readonly retryAfterSeconds?: number;
  readonly seed?: number;
}

export interface RequestFacts {
  readonly method: string;
  readonly path: string;
  readonly inBatch: boolean;
}

export interface ScriptedFault {
  readonly fault: Fault;
  /** Applies to requests this says yes to. */
  readonly when: (request: RequestFacts) => boolean;
  /** How many matching requests get the fault (then the script entry is spent). */
  times?: number;
  /** Lets this many matching requests pass first. */
  skip?: number;
}

export interface FaultStats {
  throttled: number;
  unavailable: number;
  droppedBefore: number;
  droppedAfter: number;
}

export class Faults {
  private rates: Required<FaultRates> = { throttleRate: 0, dropRate: 0, retryAfterSeconds: 0, seed: 1 };
  private random = mulberry32(1);
  private scripted: ScriptedFault[] = [];
  readonly stats: FaultStats = { throttled: 0, unavailable: 0, droppedBefore: 0, droppedAfter: 0 };

  setRates(rates: FaultRates): void {
    this.rates = { ...this.rates, ...rates };
    this.random = mulberry32(this.rates.seed);
  }

  script(fault: ScriptedFault): void {
    this.scripted.push({ ...fault, times: fault.times ?? 1, skip: fault.skip ?? 0 });
  }

  /** Back to no faults, and counts from zero. */
  clear(): void {
    this.rates = { throttleRate: 0, dropRate: 0, retryAfterSeconds: 0, seed: 1 };
    this.random = mulberry32(1);
    this.scripted = [];
    Object.assign(this.stats, { throttled: 0, unavailable: 0, droppedBefore: 0, droppedAfter: 0 });
  }

  get retryAfterSeconds(): number {
    return this.rates.retryAfterSeconds;
  }

  /** The fault for this request, if any. Drops only apply to whole connections, not to batch parts. */
  pick(request: RequestFacts): Fault | undefined {
    const fault = this.fromScript(request) ?? this.fromRates(request);
    if (fault === 'throttle') this.stats.throttled += 1;
    if (fault === 'unavailable') this.stats.unavailable += 1;
    if (fault === 'drop-before') this.stats.droppedBefore += 1;
    if (fault === 'drop-after') this.stats.droppedAfter += 1;
    return fault;
  }

  private fromScript(request: RequestFacts): Fault | undefined {
    for (const entry of this.scripted) {
      if ((entry.times ?? 0) <= 0 || !entry.when(request)) continue;
      if ((entry.skip ?? 0) > 0) {
        entry.skip = (entry.skip ?? 0) - 1;
        continue;
      }
      entry.times = (entry.times ?? 0) - 1;
      return entry.fault;
    }
    return undefined;
  }

  private fromRates(request: RequestFacts): Fault | undefined {
    const { throttleRate, dropRate } = this.rates;
    if (throttleRate > 0 && this.random() < throttleRate) return this.random() < 0.5 ? 'throttle' : 'unavailable';
    if (!request.inBatch && dropRate > 0 && this.random() < dropRate) {
      return this.random() < 0.5 ? 'drop-before' : 'drop-after';
    }
    return undefined;
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
