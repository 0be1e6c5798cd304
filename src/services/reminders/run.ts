import type { ConversationRecord, NotificationRecord } from '../../domain/conversation';
import type { IsoDateTime } from '../../domain/ids';
import type { Person } from '../../domain/network';
import { today, type Ports } from '../context';
import type { AppInstaller, MemberDirectory, Notifier } from './notifier';
import { ConflictError, type PutChange } from '../ports';
import type { ActivityFeed } from './activity-feed';
import { readDayPlan, recordDayPlanned, type DayPlan, type ReminderPlanning } from './day-plan';
import { deliverRecord, emptyBellTally, recoverPending, type BellTally, type DeliveryOutcome } from './delivery';
import { periodKey } from './period';
import type { PlannedMessage } from './planner';
import { planRun, type UnreachedWanted } from './plan-run';
import { requestInstalls } from './installs';
import type { ReminderSettings } from './settings';
import { isInSendingWindow } from './sending-window';
import { linkUnmatchedChats } from './unmatched-chats';
import type { ChannelMessenger } from '../questionnaires/channel-audience';
import { remindChannelMembers } from '../questionnaires/channel-reminders';

export const REMINDER_LEASE = 'jobs:reminders';
/** Records per commit when the plan is written: one transaction per batch keeps 10,000 people fast. */
const WRITE_BATCH = 400;

export interface ReminderRunSummary {
  /** `nothing_due`: a scheduled tick found today planned and nothing pending, so it read nothing more. */
  readonly outcome: 'completed' | 'lease_held' | 'outside_window' | 'lease_lost' | 'nothing_due';
  readonly holder: string;
  readonly startedAt: IsoDateTime;
  readonly finishedAt: IsoDateTime;
  readonly period: string;
  readonly peopleWithWork: number;
  /** Messages decided this run (their dedupe keys were written before sending). */
  readonly planned: number;
  /** Due, but decided (and sent) by an earlier run of this period. */
  readonly alreadyDecided: number;
  readonly snoozed: number;
  readonly switchedOff: number;
  readonly noConversation: number;
  readonly unreachable: number;
  readonly recovered: number;
  readonly interrupted: number;
  /** Left over from earlier runs but too old to send (see staleAfterMs): closed unsent. */
  readonly stale: number;
  readonly installsRequested: number;
  /** Invited people linked this run through an unmatched chat (see linkUnmatchedChats). */
  readonly chatsLinked: number;
  /** Members of services' Teams channels reminded that a staff questionnaire closes soon (see remindChannelMembers). */
  readonly channelMembersReminded: number;
  readonly outcomes: Readonly<Record<DeliveryOutcome, number>>;
  /** What the Teams bell did (all zero when it is not configured). */
  readonly bell: Readonly<BellTally>;
  /** Time to read the store and decide who gets what (the bench's figure). */
  readonly planMs: number;
}

export interface ReminderRunOptions {
  readonly notifier: Notifier;
  readonly settings: ReminderSettings;
  /** Who runs it (instance id): the lease holder. */
  readonly holder: string;
  readonly installer?: AppInstaller;
  /** Teams' roster, to link invited people whose app was installed before they were invited. */
  readonly members?: MemberDirectory;
  /** The Teams activity feed (the bell), for people who chose it; without it everything goes by chat. */
  readonly bell?: ActivityFeed;
  /**
   * `once_a_day` (the schedule): the network is read once a day, and later ticks that day only send what is pending.
   * `every_run` (on demand, the default): decides afresh, e.g. right after a questionnaire was opened.
   */
  readonly planning?: ReminderPlanning;
  /** Teams for the members of services' channels, who are reminded of a staff questionnaire in their chat with the bot. */
  readonly channelMessenger?: ChannelMessenger;
}

class LeaseLostError extends Error {}

function emptyOutcomes(): Record<DeliveryOutcome, number> {
  return { sent: 0, unreachable: 0, deferred: 0, failed: 0, claimed_elsewhere: 0 };
}

/** Runs `work` over the items, `concurrency` at a time; the first error stops new work and is rethrown. */
async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failure) throw failure.error;
}

/** Writes the plan before anything is sent. A batch that meets a record written meanwhile is redone one by one. */
async function writePlan(ports: Ports, plan: readonly PlannedMessage[]): Promise<PlannedMessage[]> {
  const written: PlannedMessage[] = [];
  const context = () => ({ actorId: 'system:reminders', at: ports.clock.now().toISOString() });
  const putNew = (value: NotificationRecord): PutChange<'notification'> => ({
    op: 'put',
    kind: 'notification',
    value,
    expectedVersion: 0,
  });
  const changesOf = (m: PlannedMessage) => [putNew(m.record), ...m.merged.map(putNew)] as const;
  for (let i = 0; i < plan.length; i += WRITE_BATCH) {
    const batch = plan.slice(i, i + WRITE_BATCH);
    try {
      const stored = await ports.store.commit(context(), batch.flatMap(changesOf));
      const byId = new Map(stored.map((s) => [s.id, s]));
      written.push(...batch.map((m) => ({ ...m, record: byId.get(m.record.id) ?? m.record })));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      for (const m of batch) {
        try {
          const [stored] = await ports.store.commit(context(), changesOf(m));
          written.push({ ...m, record: stored });
        } catch (inner) {
          if (!(inner instanceof ConflictError)) throw inner;
        }
      }
    }
  }
  return written;
}

/**
 * One reminder run: takes the lease (so one instance runs it), finishes what a stopped run left, decides who is due
 * what, writes those decisions (the dedupe keys), then sends them through the Notifier. Safe to call as often as
 * you like: a period's reminders go out once.
 */
export async function runReminders(ports: Ports, options: ReminderRunOptions): Promise<ReminderRunSummary> {
  const { settings, holder, notifier } = options;
  const started = ports.clock.now();
  const nowIso = () => ports.clock.now().toISOString();
  const base = {
    holder,
    startedAt: started.toISOString(),
    period: periodKey(settings.digestPeriod, today(ports)),
    peopleWithWork: 0,
    planned: 0,
    alreadyDecided: 0,
    snoozed: 0,
    switchedOff: 0,
    noConversation: 0,
    unreachable: 0,
    recovered: 0,
    interrupted: 0,
    stale: 0,
    installsRequested: 0,
    chatsLinked: 0,
    channelMembersReminded: 0,
    outcomes: emptyOutcomes(),
    bell: emptyBellTally(),
    planMs: 0,
  };
  if (!isInSendingWindow(started, settings.window)) {
    return { ...base, outcome: 'outside_window', finishedAt: nowIso() };
  }
  const day = today(ports);
  let dayPlan: DayPlan | undefined;
  if (options.planning === 'once_a_day') {
    // A tick: today planned and nothing pending means nothing to do, found in two reads and no lease.
    const [read, pending] = await Promise.all([
      readDayPlan(ports),
      ports.store.query('notification', { status: 'pending' }),
    ]);
    if (read.day === day && pending.length === 0) return { ...base, outcome: 'nothing_due', finishedAt: nowIso() };
    dayPlan = read;
  }
  let replan = dayPlan?.day !== day;
  const leaseUntil = () => new Date(ports.clock.now().getTime() + settings.leaseMs).toISOString();
  if (!(await ports.store.tryAcquireLease(REMINDER_LEASE, holder, nowIso(), leaseUntil()))) {
    return { ...base, outcome: 'lease_held', finishedAt: nowIso() };
  }
  let renewedAt = ports.clock.now().getTime();
  const keepLease = async (): Promise<void> => {
    if (ports.clock.now().getTime() - renewedAt < settings.leaseMs / 3) return;
    if (!(await ports.store.tryAcquireLease(REMINDER_LEASE, holder, nowIso(), leaseUntil())))
      throw new LeaseLostError();
    renewedAt = ports.clock.now().getTime();
  };
  const outcomes = emptyOutcomes();
  const bellTally = emptyBellTally();
  const bell = options.bell ? { feed: options.bell, tally: bellTally } : undefined;
  const send = async (m: { record: NotificationRecord; conversation: ConversationRecord }): Promise<void> => {
    await keepLease();
    // A long run (a large network, throttling) may reach the window's end: what is left waits, unclaimed, for the
    // next window, when it is sent unless it has gone stale by then.
    if (!isInSendingWindow(ports.clock.now(), settings.window)) {
      outcomes.deferred += 1;
      return;
    }
    outcomes[await deliverRecord(ports, notifier, m.record, m.conversation, settings.maxDeliveryRuns, bell)] += 1;
  };
  try {
    if (dayPlan !== undefined && replan) {
      // Another instance may have planned the day between the first read and the lease.
      dayPlan = await readDayPlan(ports);
      replan = dayPlan.day !== day;
    }
    const recovery = await recoverPending(ports, settings);
    await inPool(recovery.toSend, settings.concurrency, send);

    if (!replan) {
      // Today is planned: this tick only sends what earlier runs left pending.
      return {
        ...base,
        outcome: 'completed',
        finishedAt: nowIso(),
        recovered: recovery.toSend.length,
        interrupted: recovery.interrupted,
        stale: recovery.stale,
        outcomes,
        bell: bellTally,
      };
    }
    // Read before planning: a change marked while this run plans makes the record below conflict, so the next
    // tick plans again rather than losing the change.
    const planRead = dayPlan ?? (await readDayPlan(ports));
    const wantsUnreached: UnreachedWanted = {
      invited: options.members !== undefined,
      uninstalled: settings.proactiveInstall && options.installer !== undefined,
    };
    let planned = await planRun(ports, settings, wantsUnreached);
    const chatsLinked = options.members
      ? await linkUnmatchedChats(ports, options.members, planned.unreached, base.period)
      : 0;
    // Newly linked people have a chat now: decide again so their reminders go out in this run.
    if (chatsLinked > 0) planned = await planRun(ports, settings, wantsUnreached);
    const { plan, stats, unreached, alreadyDecided, planMs } = planned;
    const written = await writePlan(ports, plan);
    // Decided and written: later ticks today find the day planned and send only what is left pending.
    await recordDayPlanned(ports, day, planRead);
    await inPool(written, settings.concurrency, send);
    // After the plan: a listed member of staff reached by it already has the reminder's record, and is not sent another.
    const channelReminders = options.channelMessenger
      ? await remindChannelMembers(ports, options.channelMessenger, {
          keepLease,
          mayStillSend: () => isInSendingWindow(ports.clock.now(), settings.window),
        })
      : null;
    const installsRequested = await maybeInstall(ports, options, unreached, base.period);
    return {
      ...base,
      ...stats,
      outcome: 'completed',
      finishedAt: nowIso(),
      planned: written.length,
      alreadyDecided,
      recovered: recovery.toSend.length,
      interrupted: recovery.interrupted,
      stale: recovery.stale,
      installsRequested,
      chatsLinked,
      channelMembersReminded: channelReminders?.sent ?? 0,
      outcomes,
      bell: bellTally,
      planMs,
    };
  } catch (error) {
    if (error instanceof LeaseLostError)
      return { ...base, outcome: 'lease_lost', finishedAt: nowIso(), outcomes, bell: bellTally };
    throw error;
  } finally {
    await ports.store.releaseLease(REMINDER_LEASE, holder).catch(() => undefined);
  }
}

async function maybeInstall(
  ports: Ports,
  options: ReminderRunOptions,
  unreached: readonly Person[],
  period: string,
): Promise<number> {
  if (!options.settings.proactiveInstall || !options.installer) return 0;
  return requestInstalls(ports, options.installer, unreached, period);
}
