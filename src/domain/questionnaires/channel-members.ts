/**
 * The members of a service's Teams channel, as the audience of its staff questionnaire: who is sent the card, and
 * what the service lead is told afterwards.
 */

/** One member of the channel as Teams lists it (the Bot Framework's paged roster). */
export interface ChannelMember {
  /** The member's id in Teams' conversations (`29:…`; a bot's starts with `28:`). */
  readonly memberId: string;
  /** Their Entra object id: what keeps them to one card, however often the roster is read. */
  readonly objectId: string | null;
  readonly name: string;
  /** Teams' `userRole`: `user`, `guest` (from another organisation) or `anonymous`. */
  readonly userRole: string | null;
}

/** A bot's id in Teams starts with "28:"; a person's with "29:". */
function isBot(member: ChannelMember): boolean {
  return member.memberId.startsWith('28:');
}

/**
 * The members who are sent the staff questionnaire: the organisation's own people. Guests and anonymous members
 * are not the service's staff, and bots answer nothing; each person once, by their object id.
 */
export function membersToInvite(members: readonly ChannelMember[]): ChannelMember[] {
  const seen = new Set<string>();
  const out: ChannelMember[] = [];
  for (const member of members) {
    if (isBot(member) || !member.objectId) continue;
    if (member.userRole === 'guest' || member.userRole === 'anonymous') continue;
    if (seen.has(member.objectId)) continue;
    seen.add(member.objectId);
    out.push(member);
  }
  return out;
}

/** What came of sending the questionnaire to the channel's members. */
export interface ChannelSendSummary {
  readonly sent: number;
  /** Teams refused a chat with them (the app blocked or not allowed for them) or did not take the message. */
  readonly couldNotReach: number;
  /** Sent an earlier time: not sent again. */
  readonly sentBefore: number;
  /** Of those not reached, the ones the service lists as its staff. */
  readonly couldNotReachButListed: number;
  /** The same, said to the service lead. */
  readonly message: string;
}

function people(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

/**
 * "12 sent; 3 could not be reached.", with any sent before said too. Only the service's listed staff can answer in
 * the tab (the others cannot sign in to it, or are not its staff there), so only they are told of as able to.
 */
export function channelSendSummary(
  sent: number,
  couldNotReach: number,
  sentBefore: number,
  couldNotReachButListed = 0,
): ChannelSendSummary {
  let message = `${sent} sent`;
  if (couldNotReach > 0) {
    message += `; ${couldNotReach} could not be reached`;
    if (couldNotReachButListed > 0) {
      const who = couldNotReachButListed === 1 ? '1 of them is' : `${couldNotReachButListed} of them are`;
      message += ` (${who} listed as the service's staff and can answer in the tab, under My work)`;
    }
  }
  message += '.';
  if (sentBefore > 0) {
    message += ` ${people(sentBefore)} had it already and ${sentBefore === 1 ? 'was' : 'were'} not sent it again.`;
  }
  return { sent, couldNotReach, sentBefore, couldNotReachButListed, message };
}
