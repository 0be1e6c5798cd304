/**
 * Sending a staff questionnaire to the members of a service's Teams channel is a job that runs in the background
 * (a large channel takes minutes at Teams' pace): how far it has got, as the lead sees it.
 */

export type ChannelSendState = 'running' | 'completed' | 'failed';

export interface ChannelSendCounts {
  /** The members it is for, once Teams has listed them all; null while the roster is still being read. */
  readonly total: number | null;
  readonly sent: number;
  readonly couldNotReach: number;
  /** Of those not reached, the ones the service lists as its staff (they can answer in the tab). */
  readonly couldNotReachButListed: number;
  /** Had it from an earlier send: not sent again. */
  readonly sentBefore: number;
}

export interface ChannelSendProgress extends ChannelSendCounts {
  readonly runId: string;
  readonly state: ChannelSendState;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** What the lead is told: how far it has got, or how it ended. */
  readonly message: string;
}

export const NO_COUNTS: ChannelSendCounts = {
  total: null,
  sent: 0,
  couldNotReach: 0,
  couldNotReachButListed: 0,
  sentBefore: 0,
};

/** "Sending: 120 of 340 sent; 2 could not be reached." while the job runs. */
export function runningMessage(counts: ChannelSendCounts): string {
  if (counts.total === null) return "Sending: reading the list of the channel's members from Teams.";
  let message = `Sending: ${counts.sent} of ${counts.total} sent`;
  if (counts.couldNotReach > 0) message += `; ${counts.couldNotReach} could not be reached`;
  if (counts.sentBefore > 0) message += `; ${counts.sentBefore} had it already`;
  return `${message}.`;
}
