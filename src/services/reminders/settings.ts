import type { DigestPeriod } from './period';
import { DEFAULT_SENDING_WINDOW, type SendingWindow } from './sending-window';

export interface ReminderSettings {
  /** One digest (and at most one review and one action reminder) per person per period. */
  readonly digestPeriod: DigestPeriod;
  /** Days before the self-assessment deadline on which a deadline reminder goes out. */
  readonly deadlineMilestones: readonly number[];
  /** Actions due within this many days (or overdue) are reminded. */
  readonly actionLookaheadDays: number;
  /** Reminders go out only in this window (working days and hours, UK time); outside it a run sends nothing. */
  readonly window: SendingWindow;
  /** How long the run's lease lasts; it is renewed while the run goes on. */
  readonly leaseMs: number;
  /** A delivery claimed longer ago than this by a run that died is given up (never resent: no duplicates). */
  readonly inFlightTimeoutMs: number;
  /** A decided reminder still unsent this long after it was decided is stale (superseded by newer ones): not sent. */
  readonly staleAfterMs: number;
  /** Deliveries in flight at once; the sender paces them to Teams' limits. */
  readonly concurrency: number;
  /** A notification not delivered (throttled, failing) is tried again on this many runs, then marked failed. */
  readonly maxDeliveryRuns: number;
  /** Ask Graph to install the app for assigned people who have not installed it (needs the Graph permission). */
  readonly proactiveInstall: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  digestPeriod: 'weekly',
  deadlineMilestones: [14, 7, 2],
  actionLookaheadDays: 14,
  window: DEFAULT_SENDING_WINDOW,
  leaseMs: 5 * 60_000,
  inFlightTimeoutMs: 15 * 60_000,
  staleAfterMs: 20 * 3_600_000,
  concurrency: 32,
  maxDeliveryRuns: 3,
  proactiveInstall: false,
};

export function reminderSettings(overrides: Partial<ReminderSettings> = {}): ReminderSettings {
  const merged = { ...DEFAULT_REMINDER_SETTINGS, ...overrides };
  const milestones = [...new Set(merged.deadlineMilestones)].filter((d) => d >= 0).sort((a, b) => b - a);
  return { ...merged, deadlineMilestones: milestones };
}
