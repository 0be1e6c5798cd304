/** Every stored entity carries an id and the version it was read at (optimistic concurrency). */
export interface Versioned {
  readonly id: string;
  /** Incremented by the store on every write; 0 for a value that has never been stored. */
  readonly version: number;
}

/** ISO-8601 timestamp in UTC, e.g. 2026-11-26T09:30:00.000Z. */
export type IsoDateTime = string;
/** Calendar date, e.g. 2026-12-31. */
export type IsoDate = string;
