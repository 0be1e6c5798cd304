import type { IsoDate, IsoDateTime, Versioned } from './ids';

export const CYCLE_PHASES = ['self_assessment', 'peer_review', 'reporting', 'action_planning'] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

/** Inclusive calendar window. */
export interface DateWindow {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface Cycle extends Versioned {
  readonly name: string;
  readonly frameworkVersionId: string;
  readonly windows: Readonly<Record<CyclePhase, DateWindow>>;
  readonly createdAt: IsoDateTime;
}
