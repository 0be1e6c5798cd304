import type { ConversationRecord, NotificationRecord } from '../../domain/conversation';
import type { Ports } from '../context';
import { markUnreachable } from '../identity/conversations';
import type { Notifier } from './notifier';
import { payloadOf, withPayload, writeRecord } from './records';

export type DeliveryOutcome =
  | 'sent'
  /** Teams refused the conversation for good: the conversation is marked and never retried until reinstalled. */
  | 'unreachable'
  /** Not delivered this run (throttled or failing throughout): left pending for the next run. */
  | 'deferred'
  | 'failed'
  /** Another deliverer claimed the record first (it is sending it): nothing to do here. */
  | 'claimed_elsewhere';

/**
 * Sends one decided notification. The record (already stored as `pending`) is first CLAIMED by writing
 * `attemptedAt` with the version it was read at: of two deliverers only one can claim it, and a record found
 * claimed after a crash is known to be possibly delivered, so it is never sent again. Then the message goes out,
 * then the outcome is written.
 */
export async function deliverRecord(
  ports: Ports,
  notifier: Notifier,
  record: NotificationRecord,
  conversation: ConversationRecord,
  maxDeliveryRuns: number,
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

  const result = await notifier.deliver({ notificationId: record.id, conversation, content: payload.content });

  if (result.outcome === 'sent') {
    await writeRecord(ports, { ...claimed, status: 'sent', sentAt: now(), error: null }, claimed.version);
    return 'sent';
  }
  if (result.outcome === 'unreachable') {
    await markUnreachable(ports, conversation.id);
    const error = `Teams refused the conversation (${result.status}): ${result.detail}`;
    await writeRecord(ports, { ...claimed, status: 'failed', error }, claimed.version);
    return 'unreachable';
  }
  if (result.outcome === 'unknown') {
    const error = `Delivery outcome unknown (${result.detail}); not resent, so that nobody gets it twice.`;
    await writeRecord(ports, { ...claimed, status: 'failed', error }, claimed.version);
    return 'failed';
  }
  // Nothing arrived (the channel answered with an error every time): safe to try again on a later run.
  const attempts = payload.attempts + 1;
  if (attempts < maxDeliveryRuns) {
    await writeRecord(ports, { ...withPayload(claimed, { attemptedAt: null }), error: result.detail }, claimed.version);
    return 'deferred';
  }
  await writeRecord(
    ports,
    { ...claimed, status: 'failed', error: `Gave up after ${attempts} runs: ${result.detail}` },
    claimed.version,
  );
  return 'failed';
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
