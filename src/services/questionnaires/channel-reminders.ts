import type { ConversationRecord } from '../../domain/conversation';
import { membersToInvite } from '../../domain/questionnaires/channel-members';
import { isRunOpen, type QuestionnaireRun } from '../../domain/questionnaires/questionnaire-run';
import type { Ports } from '../context';
import { newRecord, notificationId, withPayload, writeRecord } from '../reminders/records';
import { STAFF_REMINDER_DAYS_BEFORE_CLOSING, staffQuestionnairePeriod } from '../reminders/staff-questionnaires';
import {
  channelMemberCard,
  channelMemberKey,
  invitedThroughChannel,
  recipientKey,
  TeamsRosterError,
  type ChannelMessenger,
} from './channel-audience';
import { questionnaireOfRun } from './questionnaire-answers';

const DAY_MS = 86_400_000;

/** What the reminder run asks of each send: to keep its lease, and whether the sending window is still open. */
export interface ChannelReminderPacing {
  /** Renews the reminder run's lease; throws when another instance took it over. */
  readonly keepLease: () => Promise<void>;
  /** Whether a message may still go now (the sending window). */
  readonly mayStillSend: () => boolean;
}

export interface ChannelReminderTally {
  sent: number;
  couldNotReach: number;
  /** The window closed before they were reached: the next run in the window reminds them. */
  deferred: number;
  /** Channels whose roster Teams did not list this run. */
  rosterUnavailable: number;
}

/** The staff runs of the channel's service whose last days have come: their reminders are due. */
async function runsClosingSoon(ports: Ports, channel: ConversationRecord, now: Date): Promise<QuestionnaireRun[]> {
  if (!channel.serviceId) return [];
  const runs = await ports.store.query('questionnaireRun', { serviceId: channel.serviceId });
  return runs.filter(
    (run) =>
      run.audience === 'staff' &&
      isRunOpen(run, now.toISOString()) &&
      Math.ceil((Date.parse(run.closesAt) - now.getTime()) / DAY_MS) <= STAFF_REMINDER_DAYS_BEFORE_CLOSING,
  );
}

/** A person the network knows who switched their reminders off hears nothing more, whichever way they were sent it. */
async function switchedRemindersOff(ports: Ports, key: string, tenantId: string, objectId: string): Promise<boolean> {
  if (key === channelMemberKey(tenantId, objectId)) return false;
  const chats = await ports.store.query('conversation', { personId: key });
  return chats.some((c) => c.scope === 'personal' && c.remindersOff === true);
}

/**
 * The "closes soon" reminder for the members of a service's Teams channel who were sent its staff questionnaire as
 * members (those the network has no record of among them, who have no chat of their own the reminder pipeline knows):
 * once per run, in the last days before it closes, only to those whose "has answered" marker is missing. The
 * reminder's record has the same dedupe key as a listed member of staff's reminder, written before it is sent, so
 * nobody hears twice whichever way reaches them first. Only the marker is read: nothing about what anyone answered.
 * Members who have left the channel since are not reminded: the roster is read afresh.
 */
export async function remindChannelMembers(
  ports: Ports,
  messenger: ChannelMessenger,
  pacing: ChannelReminderPacing,
): Promise<ChannelReminderTally> {
  const tally: ChannelReminderTally = { sent: 0, couldNotReach: 0, deferred: 0, rosterUnavailable: 0 };
  const now = ports.clock.now();
  const channels = (await ports.store.query('conversation', {})).filter(
    (c) => c.scope === 'team' && c.status === 'active' && c.serviceId,
  );
  for (const channel of channels) {
    const runs = await runsClosingSoon(ports, channel, now);
    for (const run of runs) {
      try {
        await remindForRun(ports, messenger, pacing, channel, run, tally);
      } catch (error) {
        // Teams did not list this channel today: its members are reminded by a later run, the others go on.
        if (!(error instanceof TeamsRosterError)) throw error;
        tally.rosterUnavailable += 1;
      }
    }
  }
  return tally;
}

async function remindForRun(
  ports: Ports,
  messenger: ChannelMessenger,
  pacing: ChannelReminderPacing,
  channel: ConversationRecord,
  run: QuestionnaireRun,
  tally: ChannelReminderTally,
): Promise<void> {
  const answered = new Set((await ports.store.query('questionnaireMarker', { runId: run.id })).map((m) => m.personId));
  const [questionnaire, service] = await Promise.all([
    questionnaireOfRun(ports, run),
    ports.store.get('service', run.serviceId),
  ]);
  const period = staffQuestionnairePeriod(run.id, true);
  const seen = new Set<string>();
  for await (const page of messenger.memberPages(channel)) {
    for (const member of membersToInvite(page)) {
      const objectId = member.objectId ?? '';
      if (seen.has(objectId)) continue;
      seen.add(objectId);
      const key = await recipientKey(ports, channel.tenantId, objectId);
      if (answered.has(key)) continue;
      if (!(await invitedThroughChannel(ports, run.id, key))) continue;
      if (await ports.store.get('notification', notificationId('staff_questionnaire', key, period))) continue;
      if (await switchedRemindersOff(ports, key, channel.tenantId, objectId)) continue;
      await pacing.keepLease();
      if (!pacing.mayStillSend()) {
        tally.deferred += 1;
        continue;
      }
      const content = channelMemberCard(
        { name: member.name, tenantId: channel.tenantId, objectId, key },
        run,
        { title: questionnaire.title, serviceName: service?.name ?? '' },
        true,
      );
      const at = ports.clock.now().toISOString();
      // Written first, and claimed (in flight) as it is written: a crash after this point never sends the reminder a
      // second time, and the reminder run's recovery never posts it to the channel the record names.
      const claimed = await writeRecord(
        ports,
        withPayload(
          newRecord({ kind: 'staff_questionnaire', personId: key, period, content, conversationId: channel.id, at }),
          { attemptedAt: at },
        ),
        0,
      );
      if (!claimed) continue;
      const outcome = await messenger.invite(channel, member, content);
      if (outcome === 'sent') tally.sent += 1;
      else tally.couldNotReach += 1;
      await writeRecord(
        ports,
        {
          ...withPayload(claimed, { deliveredBy: outcome === 'sent' ? ['chat'] : [] }),
          status: outcome === 'sent' ? 'sent' : 'failed',
          sentAt: outcome === 'sent' ? ports.clock.now().toISOString() : null,
          error: outcome === 'sent' ? null : 'Teams would not let the bot reach this member of the channel.',
        },
        claimed.version,
      );
    }
  }
}
