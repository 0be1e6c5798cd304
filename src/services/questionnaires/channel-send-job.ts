import type { NotificationRecord } from '../../domain/conversation';
import { DomainError } from '../../domain/errors';
import {
  NO_COUNTS,
  runningMessage,
  type ChannelSendCounts,
  type ChannelSendProgress,
  type ChannelSendState,
} from '../../domain/questionnaires/channel-send-progress';
import { isRunOpen } from '../../domain/questionnaires/questionnaire-run';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { writeRecord } from '../reminders/records';
import {
  channelAudienceRefusal,
  channelOfService,
  deliverToChannel,
  TeamsRosterError,
  type ChannelMessenger,
} from './channel-audience';
import { runOfService, serviceOfAssessment } from './questionnaire-runs';

/*
 * The job is kept as a notification record (id `channel-send:<run id>`), like the reminders' day plan: a decision of
 * a job that needs no store kind of its own. Its status stays `skipped` so the reminder run's recovery of pending
 * messages never takes it for one; its state is in the payload. One lease per run makes one instance send at a time.
 */

/** Who the job's records are filed under: one indexed query finds every job, to resume those a restart cut short. */
export const CHANNEL_SEND_OWNER = 'system:channel-send';
/** How long a sending instance holds the run's lease between renewals; a stopped one lets go after this. */
export const CHANNEL_SEND_LEASE_MS = 120_000;
/** Progress is written after this many members (and when the roster is read, and at the end). */
const PROGRESS_EVERY = 10;

export function channelSendId(runId: string): string {
  return `channel-send:${runId}`;
}

function leaseName(runId: string): string {
  return `jobs:channel-send:${runId}`;
}

/** A second press while the job runs: it starts nothing, and says how far the running one has got. */
export class ChannelSendRunningError extends Error {
  constructor(readonly progress: ChannelSendProgress) {
    super(
      "This questionnaire is being sent to the channel's members already " +
        `(${progress.message.replace(/^Sending: /, '').replace(/\.$/, '')}). Wait for it to finish: its progress shows on this page.`,
    );
    this.name = 'ChannelSendRunningError';
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The progress a job record holds (read defensively: the payload is stored JSON). */
export function progressOf(record: NotificationRecord): ChannelSendProgress {
  const p = record.payload;
  const state: ChannelSendState = p['state'] === 'completed' || p['state'] === 'failed' ? p['state'] : 'running';
  const counts: ChannelSendCounts = {
    total: typeof p['total'] === 'number' ? p['total'] : null,
    sent: numberOr(p['sent'], 0),
    couldNotReach: numberOr(p['couldNotReach'], 0),
    couldNotReachButListed: numberOr(p['couldNotReachButListed'], 0),
    sentBefore: numberOr(p['sentBefore'], 0),
  };
  return {
    ...counts,
    runId: record.period,
    state,
    startedAt: record.createdAt,
    finishedAt: typeof p['finishedAt'] === 'string' ? p['finishedAt'] : null,
    message: typeof p['message'] === 'string' && state !== 'running' ? p['message'] : runningMessage(counts),
  };
}

function jobRecord(
  runId: string,
  at: string,
  version: number,
  payload: Readonly<Record<string, unknown>>,
): NotificationRecord {
  return {
    id: channelSendId(runId),
    version,
    personId: CHANNEL_SEND_OWNER,
    kind: 'channel_send',
    period: runId,
    status: 'skipped',
    payload,
    createdAt: at,
    sentAt: null,
    error: null,
  };
}

/** The job of a run, if it was ever sent to its channel. */
export async function channelSendOfRun(ports: Ports, runId: string): Promise<ChannelSendProgress | null> {
  const record = await ports.store.get('notification', channelSendId(runId));
  return record ? progressOf(record) : null;
}

/** GET …/channel-send: how far the sending has got (null before it was ever sent), for the run's lead. */
export async function channelSendProgress(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
): Promise<ChannelSendProgress | null> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.run', service.resource);
  const run = await runOfService(ports, service, runId);
  return channelSendOfRun(ports, run.id);
}

/**
 * The lead presses "Send to the channel's members": checks they may and that it can be sent, and records the job as
 * running (under the run's lease, taken as `holder`), to be carried out by runChannelSend. While another job of the
 * run is going (its lease held) nothing new starts: ChannelSendRunningError. A job whose instance stopped (its lease
 * lapsed) is taken over where it stopped rather than started again.
 */
export async function startChannelSend(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  runId: string,
  holder: string,
): Promise<ChannelSendProgress> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.run', service.resource);
  const run = await runOfService(ports, service, runId);
  const now = ports.clock.now();
  const channel = await channelOfService(ports, run.serviceId);
  const refusal = channelAudienceRefusal({ audience: run.audience, open: isRunOpen(run, now.toISOString()) }, channel);
  if (refusal) throw new DomainError('run_not_possible', refusal);
  const until = new Date(now.getTime() + CHANNEL_SEND_LEASE_MS).toISOString();
  const running = async (): Promise<never> => {
    const current = await ports.store.get('notification', channelSendId(run.id));
    throw new ChannelSendRunningError(
      current
        ? progressOf(current)
        : {
            ...NO_COUNTS,
            runId: run.id,
            state: 'running',
            startedAt: now.toISOString(),
            finishedAt: null,
            message: runningMessage(NO_COUNTS),
          },
    );
  };
  if (!(await ports.store.tryAcquireLease(leaseName(run.id), holder, now.toISOString(), until))) return running();
  const existing = await ports.store.get('notification', channelSendId(run.id));
  if (existing && progressOf(existing).state === 'running') return progressOf(existing);
  const at = now.toISOString();
  const written = await writeRecord(
    ports,
    jobRecord(run.id, at, existing?.version ?? 0, {
      state: 'running',
      // Each press is its own job: the members' records it writes carry this, so a restart knows them as its own.
      jobId: holder,
      requestedBy: principal.person.id,
      ...NO_COUNTS,
    }),
    existing?.version ?? 0,
  );
  if (!written) {
    await ports.store.releaseLease(leaseName(run.id), holder);
    return running();
  }
  return progressOf(written);
}

export type ChannelSendOutcome = 'completed' | 'failed' | 'lease_held' | 'lease_lost' | 'nothing_to_do';

class LeaseLostError extends Error {}

/**
 * Carries out the run's job (started by startChannelSend, or left running by an instance that stopped): sends the
 * card to each member of the channel who has not had it, at Teams' pace, writing how far it has got as it goes, and
 * how it ended. Safe to run again after a restart: each member's card has its record written before it is sent, so
 * nobody is sent a second one, and those sent by this job before the restart still count as sent by it.
 */
export async function runChannelSend(
  ports: Ports,
  messenger: ChannelMessenger,
  runId: string,
  holder: string,
): Promise<ChannelSendOutcome> {
  const nowIso = () => ports.clock.now().toISOString();
  const leaseUntil = () => new Date(ports.clock.now().getTime() + CHANNEL_SEND_LEASE_MS).toISOString();
  if (!(await ports.store.tryAcquireLease(leaseName(runId), holder, nowIso(), leaseUntil()))) return 'lease_held';
  let renewedAt = ports.clock.now().getTime();
  const keepLease = async (): Promise<void> => {
    if (ports.clock.now().getTime() - renewedAt < CHANNEL_SEND_LEASE_MS / 3) return;
    if (!(await ports.store.tryAcquireLease(leaseName(runId), holder, nowIso(), leaseUntil()))) {
      throw new LeaseLostError();
    }
    renewedAt = ports.clock.now().getTime();
  };
  try {
    let record = await ports.store.get('notification', channelSendId(runId));
    if (!record || progressOf(record).state !== 'running') return 'nothing_to_do';
    const save = async (payload: Record<string, unknown>): Promise<void> => {
      if (!record) return;
      const written = await writeRecord(
        ports,
        { ...record, payload: { ...record.payload, ...payload } },
        record.version,
      );
      if (!written) throw new LeaseLostError();
      record = written;
    };
    const finish = async (state: 'completed' | 'failed', message: string, counts?: ChannelSendCounts) => {
      await save({ ...(counts ?? {}), state, message, finishedAt: nowIso() });
      return state;
    };
    const run = await ports.store.get('questionnaireRun', runId);
    const channel = run ? await channelOfService(ports, run.serviceId) : null;
    const refusal = run
      ? channelAudienceRefusal({ audience: run.audience, open: isRunOpen(run, nowIso()) }, channel)
      : 'The questionnaire no longer exists.';
    if (!run || !channel || refusal) return await finish('failed', `Not sent to everyone: ${refusal ?? ''}`);
    let processed = 0;
    try {
      const summary = await deliverToChannel(ports, run, channel, messenger, {
        jobId: typeof record.payload['jobId'] === 'string' ? record.payload['jobId'] : record.id,
        onProgress: async (counts, rosterRead) => {
          await keepLease();
          processed += 1;
          if (rosterRead || processed % PROGRESS_EVERY === 0) await save({ ...counts });
        },
      });
      return await finish('completed', summary.message, summary);
    } catch (error) {
      if (!(error instanceof TeamsRosterError)) throw error;
      return await finish(
        'failed',
        `${error.message} Send it again in a few minutes: nobody who has it is sent it twice. Staff can answer in the tab, under My work, meanwhile.`,
      );
    }
  } catch (error) {
    if (error instanceof LeaseLostError) return 'lease_lost';
    throw error;
  } finally {
    await ports.store.releaseLease(leaseName(runId), holder).catch(() => undefined);
  }
}

/** Carries on every job a stopped instance left running (those whose lease has lapsed); each with its own holder. */
export async function resumeChannelSends(
  ports: Ports,
  messenger: ChannelMessenger,
  holderOf: (runId: string) => string,
): Promise<ChannelSendOutcome[]> {
  const jobs = await ports.store.query('notification', { personId: CHANNEL_SEND_OWNER });
  const outcomes: ChannelSendOutcome[] = [];
  for (const job of jobs.filter((j) => progressOf(j).state === 'running')) {
    outcomes.push(await runChannelSend(ports, messenger, job.period, holderOf(job.period)));
  }
  return outcomes;
}
