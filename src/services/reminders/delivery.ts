import type { ConversationRecord, NotificationRecord } from '../../domain/conversation';
import type { Ports } from '../context';
import { markUnreachable } from '../identity/conversations';
import { usesBell, usesChat } from '../../domain/notification-channels';
import type { ActivityFeed } from './activity-feed';
import { bellFor } from './bell-content';
import type { DeliveryResult, Notifier } from './notifier';
import { payloadOf, withPayload, writeRecord, type DeliveryChannel, type NotificationPayload } from './records';

export type DeliveryOutcome =
  | 'sent'
  /** Teams refused the conversation for good: the conversation is marked and never retried until reinstalled. */
  | 'unreachable'
  /** Not delivered this run (throttled or failing throughout): left pending for the next run. */
  | 'deferred'
  | 'failed'
  /** Another deliverer claimed the record first (it is sending it): nothing to do here. */
  | 'claimed_elsewhere';

/** What the bell did in a run, for the run's summary (and so that administrators see a missing permission). */
export interface BellTally {
  sent: number;
  /** The bell could not carry it (app not installed, permission missing): the chat message carried it instead. */
  fellBackToChat: number;
  /** Throttled or failing throughout: left pending, sent again on a later run. */
  deferred: number;
  /** Refused because TeamsActivity.Send is not granted (each also counted in fellBackToChat). */
  refused: number;
}

export function emptyBellTally(): BellTally {
  return { sent: 0, fellBackToChat: 0, deferred: 0, refused: 0 };
}

/** The Teams bell as a second channel: the activity feed and where to count what it did. */
export interface BellChannel {
  readonly feed: ActivityFeed;
  readonly tally: BellTally;
}

interface BellAttempt {
  readonly delivered: boolean;
  /** The chat must carry it because the bell cannot. */
  readonly needsChat: boolean;
  /** Nothing arrived but it may be sent again later. */
  readonly deferredDetail: string | null;
}

/** Rings the bell for a record if its person chose it and it has not rung yet. */
async function ringBell(
  bell: BellChannel | undefined,
  record: NotificationRecord,
  payload: NotificationPayload,
  conversation: ConversationRecord,
): Promise<BellAttempt> {
  const skip: BellAttempt = { delivered: false, needsChat: false, deferredDetail: null };
  if (!usesBell(payload.channels) || payload.deliveredBy.includes('bell')) return skip;
  const message = payload.content ? bellFor(payload.content) : null;
  // No bell configured, no Entra identity on the chat, or content the bell does not show: the chat carries it.
  if (!bell || !message || conversation.objectId === null) return { ...skip, needsChat: true };
  const result = await bell.feed.notify({
    notificationId: record.id,
    tenantId: conversation.tenantId,
    objectId: conversation.objectId,
    activity: message.activity,
    previewText: message.previewText,
    target: message.target,
  });
  switch (result.outcome) {
    case 'sent':
    case 'unknown': // It may have arrived: never rung twice.
      if (result.outcome === 'sent') bell.tally.sent += 1;
      return { ...skip, delivered: true };
    case 'forbidden':
      bell.tally.refused += 1;
      bell.tally.fellBackToChat += 1;
      return { ...skip, needsChat: true };
    case 'not_installed':
    case 'rejected':
      bell.tally.fellBackToChat += 1;
      return { ...skip, needsChat: true };
    case 'failed':
      bell.tally.deferred += 1;
      return { ...skip, deferredDetail: `Teams activity feed: ${result.detail}` };
  }
}

/**
 * Sends one decided notification through the channels its person chose (chat, the Teams bell, or both). The
 * record (already stored as `pending`) is first CLAIMED by writing `attemptedAt` with the version it was read at:
 * of two deliverers only one can claim it, and a record found claimed after a crash is known to be possibly
 * delivered, so it is never sent again. Then the message goes out, then the outcome is written. When the bell cannot
 * reach the person (the app is not installed for them, or the permission is missing) the chat carries it; when one
 * channel is throttled throughout, the record stays pending with the channels that did carry it, so a later run
 * sends only what is missing.
 */
export async function deliverRecord(
  ports: Ports,
  notifier: Notifier,
  record: NotificationRecord,
  conversation: ConversationRecord,
  maxDeliveryRuns: number,
  bell?: BellChannel,
): Promise<DeliveryOutcome> {
  const payload = payloadOf(record);
  const now = () => ports.clock.now().toISOString();
  if (payload.content === null) {
    await writeRecord(
      ports,
      { ...record, status: 'failed', error: 'Nothing to send: the record has no content.' },
      record.version,
    );
    return 'failed';
  }
  const claimed = await writeRecord(
    ports,
    withPayload(record, { attemptedAt: now(), attempts: payload.attempts + 1 }),
    record.version,
  );
  if (!claimed) return 'claimed_elsewhere';

  const deliveredBy = new Set<DeliveryChannel>(payload.deliveredBy);
  const rung = await ringBell(bell, record, payload, conversation);
  if (rung.delivered) deliveredBy.add('bell');
  const chatWanted = (usesChat(payload.channels) || rung.needsChat) && !deliveredBy.has('chat');
  const result: DeliveryResult | null = chatWanted
    ? await notifier.deliver({ notificationId: record.id, conversation, content: payload.content })
    : null;
  if (result?.outcome === 'sent') deliveredBy.add('chat');
  const carried = { deliveredBy: [...deliveredBy] };

  if (result?.outcome === 'unreachable') {
    await markUnreachable(ports, conversation.id);
    const error = `Teams refused the conversation (${result.status}): ${result.detail}`;
    // The bell may have carried it all the same.
    const status = deliveredBy.size > 0 ? 'sent' : 'failed';
    await writeRecord(
      ports,
      { ...withPayload(claimed, carried), status, sentAt: status === 'sent' ? now() : null, error },
      claimed.version,
    );
    return 'unreachable';
  }
  if (result?.outcome === 'unknown') {
    const error = `Delivery outcome unknown (${result.detail}); not resent, so that nobody gets it twice.`;
    await writeRecord(ports, { ...withPayload(claimed, carried), status: 'failed', error }, claimed.version);
    return 'failed';
  }
  const failures = [result?.outcome === 'failed' ? result.detail : null, rung.deferredDetail].filter(
    (d): d is string => d !== null,
  );
  if (failures.length === 0) {
    await writeRecord(
      ports,
      { ...withPayload(claimed, carried), status: 'sent', sentAt: now(), error: null },
      claimed.version,
    );
    return 'sent';
  }
  // Nothing arrived on a channel (it answered with an error every time): safe to try that one again on a later run.
  const detail = failures.join('; ');
  const attempts = payload.attempts + 1;
  if (attempts < maxDeliveryRuns) {
    await writeRecord(
      ports,
      { ...withPayload(claimed, { ...carried, attemptedAt: null }), error: detail },
      claimed.version,
    );
    return 'deferred';
  }
  const status = deliveredBy.size > 0 ? 'sent' : 'failed';
  await writeRecord(
    ports,
    {
      ...withPayload(claimed, carried),
      status,
      sentAt: status === 'sent' ? now() : null,
      error: `Gave up after ${attempts} runs: ${detail}`,
    },
    claimed.version,
  );
  return status === 'sent' ? 'sent' : 'failed';
}

export interface RecoveryResult {
  /** Decided by a run that stopped before sending them: to send now. */
  readonly toSend: { readonly record: NotificationRecord; readonly conversation: ConversationRecord }[];
  /** Claimed by a run that stopped mid-send long ago: given up, never resent (it may have arrived). */
  readonly interrupted: number;
  /** Their conversation is gone or refused: closed without sending. */
  readonly undeliverable: number;
  /** Decided more than `staleAfterMs` ago (a long outage, a closed window): newer reminders supersede them. */
  readonly stale: number;
}

/**
 * Picks up what earlier runs left pending, so a crash neither repeats nor skips anyone: records not yet claimed
 * are sent; records claimed more than `inFlightTimeoutMs` ago are closed as interrupted (at most once).
 */
export async function recoverPending(
  ports: Ports,
  limits: { readonly inFlightTimeoutMs: number; readonly staleAfterMs: number },
): Promise<RecoveryResult> {
  const pending = await ports.store.query('notification', { status: 'pending' });
  const nowMs = ports.clock.now().getTime();
  const toSend: RecoveryResult['toSend'] = [];
  let interrupted = 0;
  let undeliverable = 0;
  let stale = 0;
  const conversationIds = [...new Set(pending.map((r) => payloadOf(r).conversationId ?? ''))].filter((id) => id !== '');
  const conversations = new Map((await ports.store.getMany('conversation', conversationIds)).map((c) => [c.id, c]));
  for (const record of pending) {
    const payload = payloadOf(record);
    if (payload.attemptedAt !== null) {
      if (nowMs - Date.parse(payload.attemptedAt) < limits.inFlightTimeoutMs) continue;
      const error = 'Interrupted while sending; not resent, so that nobody gets it twice.';
      if (await writeRecord(ports, { ...record, status: 'failed', error }, record.version)) interrupted += 1;
      continue;
    }
    if (nowMs - Date.parse(record.createdAt) > limits.staleAfterMs) {
      // After an outage, last week's digest arriving with today's would only confuse: the next run decides afresh.
      const error = `Not sent: decided at ${record.createdAt} and stale by the time it could go.`;
      if (await writeRecord(ports, { ...record, status: 'skipped', error }, record.version)) stale += 1;
      continue;
    }
    const conversation = payload.conversationId ? conversations.get(payload.conversationId) : undefined;
    if (!conversation || conversation.status !== 'active') {
      const error = conversation
        ? 'The conversation was refused by Teams.'
        : 'The conversation no longer exists (uninstalled).';
      if (await writeRecord(ports, { ...record, status: 'failed', error }, record.version)) undeliverable += 1;
      continue;
    }
    toSend.push({ record, conversation });
  }
  return { toSend, interrupted, undeliverable, stale };
}
