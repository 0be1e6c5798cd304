import type { ConversationRecord } from '../../domain/conversation';
import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/network';
import {
  channelSendSummary,
  membersToInvite,
  type ChannelMember,
  type ChannelSendSummary,
} from '../../domain/questionnaires/channel-members';
import type { ChannelSendCounts } from '../../domain/questionnaires/channel-send-progress';
import { isRunOpen, type QuestionnaireRun } from '../../domain/questionnaires/questionnaire-run';
import { authorize, type Principal } from '../access-policy';
import { SERVICE_STAFF_ROLES } from '../access-table';
import type { Ports } from '../context';
import type { StaffQuestionnaireContent } from '../reminders/content';
import { newRecord, notificationId, payloadOf, withPayload, writeRecord } from '../reminders/records';
import { staffQuestionnairePeriod } from '../reminders/staff-questionnaires';
import { questionnaireOfRun } from './questionnaire-answers';
import { runOfService, serviceOfAssessment } from './questionnaire-runs';

/**
 * Teams, as the channel audience needs it (the bot implements it through the Bot Connector): the channel's members
 * a page at a time, and the invitation sent to one member in a one-to-one chat the bot opens with them.
 */
export interface ChannelMessenger {
  /** Every page of the channel's roster, in turn, until Teams says there is no more. */
  memberPages(channel: ConversationRecord): AsyncIterable<readonly ChannelMember[]>;
  /** Opens (or finds) the bot's chat with the member and sends the invitation; `unreachable` when Teams refuses. */
  invite(
    channel: ConversationRecord,
    member: ChannelMember,
    content: StaffQuestionnaireContent,
  ): Promise<'sent' | 'unreachable'>;
}

/** Why the channel cannot be the audience, said so the lead knows what to do; null when it can. */
export function channelAudienceRefusal(
  run: { readonly audience: QuestionnaireRun['audience']; readonly open: boolean },
  channel: ConversationRecord | null,
): string | null {
  if (run.audience !== 'staff') {
    return 'Only a staff questionnaire is sent in Teams: patients and carers answer through its link or QR code.';
  }
  if (!run.open) return 'This questionnaire has closed, so it is not sent any more.';
  if (!channel) {
    return (
      "No Teams channel is linked to this service yet: add the app to the service's team channel (as the " +
      "service's lead), then send it again. Staff can answer in the tab meanwhile, under My work."
    );
  }
  return null;
}

/** The service's team channel the bot was added to (bound to the service by its lead), if it can still be reached. */
export async function channelOfService(ports: Ports, serviceId: string): Promise<ConversationRecord | null> {
  const records = await ports.store.query('conversation', { serviceId });
  return records.find((r) => r.scope === 'team' && r.status === 'active') ?? null;
}

/**
 * What a card sent to a member the network has no record of is recorded against: their verified Entra identity
 * (tenant and object id, as Teams' authenticated activities carry them), never a name or an e-mail address. Their
 * answer's "has answered" marker is kept under the same key.
 */
export function channelMemberKey(tenantId: string, objectId: string): string {
  return `aad:${tenantId.toLowerCase()}:${objectId.toLowerCase()}`;
}

/**
 * The staff questionnaire card for one channel member, as first sent or as the "closes soon" reminder. A member
 * recorded under their Entra identity alone (no record in the network) cannot sign in to the tab: their card is
 * answered in chat only.
 */
export function channelMemberCard(
  member: { readonly name: string; readonly tenantId: string; readonly objectId: string; readonly key: string },
  run: Pick<QuestionnaireRun, 'id' | 'closesAt'>,
  about: { readonly title: string; readonly serviceName: string },
  reminder: boolean,
): StaffQuestionnaireContent {
  return {
    kind: 'staff_questionnaire',
    personName: member.name,
    runId: run.id,
    title: about.title,
    serviceName: about.serviceName,
    closesAt: run.closesAt,
    reminder,
    ...(member.key === channelMemberKey(member.tenantId, member.objectId) ? { chatOnly: true } : {}),
  };
}

/**
 * Whom a member's card is recorded against: the person the network knows by that Entra identity (so the listed
 * staff's own send, which uses the same record, never sends them a second card), or the member's identity.
 */
export async function recipientKey(ports: Ports, tenantId: string, objectId: string): Promise<string> {
  const [person] = await ports.store.query('person', { identity: `${tenantId}:${objectId}` });
  return person?.id ?? channelMemberKey(tenantId, objectId);
}

/** The people the service lists as its staff: the only ones who can answer in the tab when Teams cannot reach them. */
async function listedStaffOf(ports: Ports, serviceId: string): Promise<Set<string>> {
  const staffRoles: readonly Role[] = SERVICE_STAFF_ROLES;
  const assignments = await ports.store.query('roleAssignment', { scopeId: serviceId });
  return new Set(
    assignments.filter((a) => a.scope.kind === 'service' && staffRoles.includes(a.role)).map((a) => a.personId),
  );
}

/**
 * Sends the staff questionnaire to the members of the service's Teams channel, each once, within the lead's request
 * (the tab starts it as a background job instead: see channel-send-job.ts). Kept for small channels and the tests.
 */
export async function sendToChannelMembers(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
  messenger: ChannelMessenger,
): Promise<ChannelSendSummary> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.run', service.resource);
  const run = await runOfService(ports, service, runId);
  const now = ports.clock.now().toISOString();
  const channel = await channelOfService(ports, run.serviceId);
  const refusal = channelAudienceRefusal({ audience: run.audience, open: isRunOpen(run, now) }, channel);
  if (refusal || !channel) throw new DomainError('run_not_possible', refusal ?? '');
  return deliverToChannel(ports, run, channel, messenger);
}

export interface DeliveryOptions {
  /**
   * The job doing this (kept on each member's record): a member whose card it recorded before a restart counts as
   * sent by it (their card is not sent again), not as had from an earlier send.
   */
  readonly jobId?: string;
  /** Told after the roster is read (`rosterRead`) and after each member, with the counts so far. */
  readonly onProgress?: (counts: ChannelSendCounts, rosterRead: boolean) => Promise<void>;
}

/**
 * Sends the run's card to the members of the channel, each once (a record per member and run, written before the
 * card goes, as the reminders do), guests and bots left out; counts those Teams would not let the bot reach, and
 * which of them the service lists as its staff (they can answer in the tab instead). The whole roster is read first,
 * so that progress can say "of how many".
 */
export async function deliverToChannel(
  ports: Ports,
  run: QuestionnaireRun,
  channel: ConversationRecord,
  messenger: ChannelMessenger,
  options: DeliveryOptions = {},
): Promise<ChannelSendSummary & { readonly total: number }> {
  const [questionnaire, serviceRecord, listedStaff] = await Promise.all([
    questionnaireOfRun(ports, run),
    ports.store.get('service', run.serviceId),
    listedStaffOf(ports, run.serviceId),
  ]);
  const period = staffQuestionnairePeriod(run.id, false);
  const members: ChannelMember[] = [];
  const seen = new Set<string>();
  for await (const page of messenger.memberPages(channel)) {
    for (const member of membersToInvite(page)) {
      // membersToInvite keeps only members with an object id; one roster can list a person on two pages.
      if (seen.has(member.objectId ?? '')) continue;
      seen.add(member.objectId ?? '');
      members.push(member);
    }
  }
  let sent = 0;
  let couldNotReach = 0;
  let couldNotReachButListed = 0;
  let sentBefore = 0;
  const counts = (): ChannelSendCounts => ({
    total: members.length,
    sent,
    couldNotReach,
    couldNotReachButListed,
    sentBefore,
  });
  const jobId = options.jobId ?? null;
  await options.onProgress?.(counts(), true);
  for (const member of members) {
    const objectId = member.objectId ?? '';
    const now = ports.clock.now().toISOString();
    const key = await recipientKey(ports, channel.tenantId, objectId);
    const earlier = await ports.store.get('notification', notificationId('staff_questionnaire', key, period));
    // Someone Teams would not let the bot reach last time is tried again (they may have unblocked the app); a card
    // whose send was cut short (still claimed) may have arrived, so it is not.
    if (earlier && !(earlier.status === 'failed' && payloadOf(earlier).attemptedAt === null)) {
      // Recorded by this job before a restart: it counts as this job's.
      if (jobId !== null && earlier.payload['job'] === jobId) sent += 1;
      else sentBefore += 1;
      await options.onProgress?.(counts(), false);
      continue;
    }
    const content = channelMemberCard(
      { name: member.name, tenantId: channel.tenantId, objectId, key },
      run,
      { title: questionnaire.title, serviceName: serviceRecord?.name ?? '' },
      false,
    );
    const record = newRecord({
      kind: 'staff_questionnaire',
      personId: key,
      period,
      content,
      conversationId: channel.id,
      at: now,
    });
    // Written first, and claimed (in flight) as it is written: should another send run at the same moment, only one
    // of them sends this member the card; and the reminder run's recovery of pending records never posts a card
    // left by a send cut short to the channel this record names.
    const claim = withPayload(earlier ? { ...record, version: earlier.version } : record, { attemptedAt: now });
    const claimed = await writeRecord(
      ports,
      jobId === null ? claim : { ...claim, payload: { ...claim.payload, job: jobId } },
      earlier?.version ?? 0,
    );
    if (!claimed) {
      sentBefore += 1;
      await options.onProgress?.(counts(), false);
      continue;
    }
    const outcome = await messenger.invite(channel, member, content);
    if (outcome === 'sent') sent += 1;
    else {
      couldNotReach += 1;
      if (listedStaff.has(key)) couldNotReachButListed += 1;
    }
    await writeRecord(
      ports,
      {
        // Not reached: nothing arrived, so the claim is let go and a later send may try them again.
        ...withPayload(claimed, {
          deliveredBy: outcome === 'sent' ? ['chat'] : [],
          attemptedAt: outcome === 'sent' ? now : null,
        }),
        status: outcome === 'sent' ? 'sent' : 'failed',
        sentAt: outcome === 'sent' ? ports.clock.now().toISOString() : null,
        error: outcome === 'sent' ? null : 'Teams would not let the bot reach this member of the channel.',
      },
      claimed.version,
    );
    await options.onProgress?.(counts(), false);
  }
  return { ...channelSendSummary(sent, couldNotReach, sentBefore, couldNotReachButListed), total: members.length };
}

/**
 * Whether the person (by their id, or by channelMemberKey when the network has no record of them) was sent this
 * run's card as a member of the service's Teams channel: that makes them one of the staff it asks, whatever roles
 * the network lists for them on the service.
 */
export async function invitedThroughChannel(ports: Ports, runId: string, recipient: string): Promise<boolean> {
  const record = await ports.store.get(
    'notification',
    notificationId('staff_questionnaire', recipient, staffQuestionnairePeriod(runId, false)),
  );
  return (
    record !== undefined && record.status === 'sent' && (payloadOf(record).conversationId ?? '').startsWith('team:')
  );
}

/** Teams did not list the channel's members (unreachable, refused, or the stored channel is unusable). */
export class TeamsRosterError extends Error {
  constructor(detail: string) {
    super(`Teams did not list the members of the service's channel (${detail}).`);
    this.name = 'TeamsRosterError';
  }
}
