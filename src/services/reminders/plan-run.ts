import type { ConversationRecord } from '../../domain/conversation';
import type { Person } from '../../domain/network';
import { today, type Ports } from '../context';
import { personalConversationsByPerson } from '../identity/conversations';
import {
  finalisePlan,
  intentId,
  peopleWithWork,
  reminderIntents,
  type PlanStats,
  type PlannedMessage,
} from './planner';
import { loadSnapshotOfPeople } from './reachable-snapshot';
import type { ReminderSettings } from './settings';
import { snoozesFor } from './snooze';
import { staffQuestionnaireIntents } from './staff-questionnaires';

/*
 * Deciding who gets what in one reminder run (nothing is written here): runReminders in run.ts writes the plan and
 * sends it.
 */

const NOBODY_REACHED: PlanStats = { peopleWithWork: 0, snoozed: 0, switchedOff: 0, noConversation: 0, unreachable: 0 };

export interface RunPlan {
  readonly plan: PlannedMessage[];
  readonly stats: PlanStats;
  readonly unreached: Person[];
  readonly alreadyDecided: number;
  readonly planMs: number;
}

/** Which people without a chat with the bot the caller wants planned for, to reach them another way. */
export interface UnreachedWanted {
  /** Invited people not yet linked: Teams' roster may link them to an unmatched chat (see linkUnmatchedChats). */
  readonly invited: boolean;
  /** People who signed in but have no chat: the app can be installed for them (see requestInstalls). */
  readonly uninstalled: boolean;
}

const NONE_UNREACHED: UnreachedWanted = { invited: false, uninstalled: false };

/** The people the plan is for: everyone with a personal chat, and those without one the caller wants reached. */
async function peopleToPlanFor(
  ports: Ports,
  personal: readonly ConversationRecord[],
  wanted: UnreachedWanted,
): Promise<Person[]> {
  const store = ports.store;
  const linked = [...new Set(personal.flatMap((r) => (r.personId ? [r.personId] : [])))];
  // A chat installed before its person first signed in is theirs through tenant + object id.
  const identities = [
    ...new Set(personal.flatMap((r) => (r.personId === null && r.objectId ? [`${r.tenantId}:${r.objectId}`] : []))),
  ];
  const [withChat, byIdentity] = await Promise.all([
    store.getMany('person', linked),
    Promise.all(identities.map((identity) => store.query('person', { identity }))).then((l) => l.flat()),
  ]);
  const people = new Map([...withChat, ...byIdentity].map((p) => [p.id, p]));
  if (wanted.invited || wanted.uninstalled) {
    // The whole list of people, unfiltered (any size can be paged through); only those who might be reached stay.
    for (const p of await store.query('person', {})) {
      const invited = p.tenantId === null;
      if (!people.has(p.id) && ((wanted.invited && invited) || (wanted.uninstalled && !invited && p.objectId))) {
        people.set(p.id, p);
      }
    }
  }
  return [...people.values()];
}

/**
 * Reads the store and decides who gets what this run (nothing is written). Only the people the bot can reach are
 * read for (and those without a chat the caller wants reached): measured by the bench (10,000 people on the embedded
 * default in well under 2 s).
 */
export async function planRun(
  ports: Ports,
  settings: ReminderSettings,
  wanted: UnreachedWanted = NONE_UNREACHED,
): Promise<RunPlan> {
  const started = performance.now();
  const records = await ports.store.query('conversation', {});
  const personal = records.filter((r) => r.scope === 'personal');
  const unmatchedChats = personal.some((r) => r.personId === null && r.objectId !== null && r.status === 'active');
  // Invited people can only be linked through a chat nobody is matched to yet.
  const reallyWanted = { invited: wanted.invited && unmatchedChats, uninstalled: wanted.uninstalled };
  // Nobody has a chat with the app and nobody is to be offered one: nobody can be reminded, so the network is
  // not read at all.
  if (!reallyWanted.invited && !reallyWanted.uninstalled && !personal.some((r) => r.status === 'active')) {
    return { plan: [], stats: NOBODY_REACHED, unreached: [], alreadyDecided: 0, planMs: 0 };
  }
  const people = await peopleToPlanFor(ports, personal, reallyWanted);
  const snapshot = await loadSnapshotOfPeople(ports, people, today(ports));
  const conversations = personalConversationsByPerson(records, snapshot.people.values());
  const due = peopleWithWork(snapshot, settings);
  const snoozes = await snoozesFor(
    ports,
    [...due.keys()].filter((id) => conversations.has(id)),
  );
  const planned = reminderIntents(due, snapshot, conversations, snoozes, settings);
  const { stats, unreached } = planned;
  const intents = [...planned.intents, ...(await staffQuestionnaireIntents(ports, snapshot, conversations))];
  const existing = await ports.store.getMany('notification', intents.map(intentId));
  const plan = finalisePlan(intents, new Set(existing.map((r) => r.id)), ports.clock.now().toISOString());
  return { plan, stats, unreached, alreadyDecided: existing.length, planMs: Math.round(performance.now() - started) };
}
