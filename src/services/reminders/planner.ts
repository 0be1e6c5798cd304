import type { ConversationRecord, NotificationRecord } from '../../domain/conversation';
import type { IsoDate, IsoDateTime } from '../../domain/ids';
import type { Person } from '../../domain/network';
import { channelsFor, type NotificationChannels } from '../../domain/notification-channels';
import type { AssessmentWork, DigestContent, ReminderContent } from './content';
import { deadlineMilestone, dueWorkFor, type DueWork } from './due-work';
import { periodKey } from './period';
import { newRecord, notificationId, type ReminderKind } from './records';
import type { ReminderSettings } from './settings';
import type { ReminderSnapshot } from './snapshot';
import { teamNewsByPerson, type TeamNews } from './team-news';

/** Cards list a few standards per assessment and say how many more there are; the payload stays small. */
export const ITEMS_PER_ASSESSMENT = 5;

/** Something a person is due this run, before we know whether it was already sent. */
export interface Intent {
  readonly kind: Exclude<ReminderKind, 'not_mine' | 'install'>;
  readonly personId: string;
  readonly period: string;
  readonly content: ReminderContent;
  readonly conversation: ConversationRecord;
  /** Chat, the Teams bell or both, as the person chose (both by default: their chat shows the app is installed). */
  readonly channels: NotificationChannels;
}

/** One message to send: its record (the dedupe key) and the records of decisions folded into it. */
export interface PlannedMessage {
  readonly record: NotificationRecord;
  readonly merged: readonly NotificationRecord[];
  readonly conversation: ConversationRecord;
}

export interface PlanStats {
  readonly peopleWithWork: number;
  readonly snoozed: number;
  /** People who switched their reminders off. */
  readonly switchedOff: number;
  readonly noConversation: number;
  readonly unreachable: number;
}

/** What a person is due this run: their work, and the news of review teams they are on or host. */
export interface PlannedWork extends DueWork {
  readonly teamNews: readonly TeamNews[];
}

/** Everyone with something due today, with what it is. */
export function peopleWithWork(snapshot: ReminderSnapshot, settings: ReminderSettings): Map<string, PlannedWork> {
  const out = new Map<string, PlannedWork>();
  const news = teamNewsByPerson(snapshot);
  for (const personId of snapshot.people.keys()) {
    const due = dueWorkFor(personId, snapshot, settings.actionLookaheadDays);
    const teamNews = news.get(personId) ?? [];
    if (due.work.length + due.reviews.length + due.actions.length + teamNews.length > 0) {
      out.set(personId, { ...due, teamNews });
    }
  }
  return out;
}

function trimmed(work: readonly AssessmentWork[]): AssessmentWork[] {
  return work.map((w) => ({ ...w, toRate: w.toRate.slice(0, ITEMS_PER_ASSESSMENT) }));
}

function intentsOf(
  person: Person,
  due: PlannedWork,
  conversation: ConversationRecord,
  snapshot: ReminderSnapshot,
  settings: ReminderSettings,
): Intent[] {
  const period = periodKey(settings.digestPeriod, snapshot.today);
  // Planned only for people with a personal chat, which exists once the app is installed for them.
  const base = { personId: person.id, conversation, channels: channelsFor(person.notifyBy, true) };
  const intents: Intent[] = [];
  if (due.work.length > 0) {
    const digest: DigestContent = {
      kind: 'digest',
      personName: person.displayName,
      period,
      deadline: null,
      work: trimmed(due.work),
    };
    intents.push({ ...base, kind: 'digest', period, content: digest });
    // Work is sorted by days left: the first item carries the nearest deadline.
    const nearest = due.work[0];
    const milestone = nearest ? deadlineMilestone(nearest.daysLeft, settings.deadlineMilestones) : null;
    if (nearest && milestone !== null) {
      intents.push({
        ...base,
        kind: 'deadline',
        period: `${nearest.cycleId}:${milestone}d`,
        content: { ...digest, deadline: { date: nearest.deadline, daysLeft: nearest.daysLeft } },
      });
    }
  }
  if (due.reviews.length > 0) {
    intents.push({
      ...base,
      kind: 'review',
      period,
      content: { kind: 'review', personName: person.displayName, period, reviews: due.reviews },
    });
  }
  if (due.actions.length > 0) {
    intents.push({
      ...base,
      kind: 'action',
      period,
      content: { kind: 'action', personName: person.displayName, period, actions: due.actions },
    });
  }
  // Not periodic: each announcement's period is the visit it announces, so it goes out once per visit details.
  for (const news of due.teamNews) {
    intents.push({ ...base, kind: 'review_team', period: news.period, content: news.content });
  }
  return intents;
}

/**
 * What each reachable, not snoozed person with work is due. People who cannot be reached are counted, not
 * planned: nothing is written for them, so they get the reminder once they install the app (or unblock it).
 */
export function reminderIntents(
  due: ReadonlyMap<string, PlannedWork>,
  snapshot: ReminderSnapshot,
  conversations: ReadonlyMap<string, ConversationRecord>,
  snoozedUntil: ReadonlyMap<string, IsoDate>,
  settings: ReminderSettings,
): { intents: Intent[]; stats: PlanStats; unreached: Person[] } {
  const intents: Intent[] = [];
  const unreached: Person[] = [];
  let snoozed = 0;
  let switchedOff = 0;
  let unreachable = 0;
  for (const [personId, work] of due) {
    const person = snapshot.people.get(personId);
    if (!person) continue;
    const conversation = conversations.get(personId);
    if (!conversation) {
      unreached.push(person);
      continue;
    }
    if (conversation.status !== 'active') {
      unreachable += 1;
      continue;
    }
    if (conversation.remindersOff) {
      switchedOff += 1;
      continue;
    }
    const until = snoozedUntil.get(personId);
    if (until !== undefined && snapshot.today < until) {
      snoozed += 1;
      continue;
    }
    intents.push(...intentsOf(person, work, conversation, snapshot, settings));
  }
  return {
    intents,
    stats: { peopleWithWork: due.size, snoozed, switchedOff, noConversation: unreached.length, unreachable },
    unreached,
  };
}

export function intentId(intent: Intent): string {
  return notificationId(intent.kind, intent.personId, intent.period);
}

/**
 * Drops what was already decided in an earlier run and makes the records to write. A digest and a deadline
 * reminder due on the same day go out as ONE message (the deadline one) and both keys are written with it.
 */
export function finalisePlan(
  intents: readonly Intent[],
  existingIds: ReadonlySet<string>,
  at: IsoDateTime,
): PlannedMessage[] {
  const fresh = intents.filter((i) => !existingIds.has(intentId(i)));
  const deadlines = new Map(fresh.filter((i) => i.kind === 'deadline').map((i) => [i.personId, i]));
  const messages: PlannedMessage[] = [];
  for (const intent of fresh) {
    if (intent.kind === 'digest' && deadlines.has(intent.personId)) continue;
    const record = newRecord({ ...intent, conversationId: intent.conversation.id, at });
    const merged: NotificationRecord[] = [];
    if (intent.kind === 'deadline') {
      const digest = fresh.find((i) => i.kind === 'digest' && i.personId === intent.personId);
      if (digest) {
        merged.push(
          newRecord({
            ...digest,
            content: null,
            conversationId: intent.conversation.id,
            at,
            status: 'skipped',
            mergedInto: record.id,
          }),
        );
      }
    }
    messages.push({ record, merged, conversation: intent.conversation });
  }
  return messages;
}
