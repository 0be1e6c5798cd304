import type { NotificationRecord } from '../../domain/conversation';
import type { Person } from '../../domain/network';
import type { Ports } from '../context';
import type { AppInstaller } from './notifier';
import { ConflictError } from '../ports';
import { newRecord, notificationId } from './records';

const ACTOR = 'system:reminders';

/**
 * Asks Graph to install the app for people who have work but no conversation with the bot, once per person per
 * period (an `install` record is the dedupe key). Teams then sends the installation event, the conversation is
 * stored, and the next run reaches them. Only people who have signed in (tenant + object id known) can be targeted.
 */
export async function requestInstalls(
  ports: Ports,
  installer: AppInstaller,
  people: readonly Person[],
  period: string,
): Promise<number> {
  const targets = people.filter((p) => p.tenantId !== null && p.objectId !== null);
  const existing = new Set(
    (
      await ports.store.getMany(
        'notification',
        targets.map((p) => notificationId('install', p.id, period)),
      )
    ).map((r) => r.id),
  );
  let requested = 0;
  for (const person of targets) {
    const decided = newRecord({
      kind: 'install',
      personId: person.id,
      period,
      content: null,
      conversationId: null,
      at: ports.clock.now().toISOString(),
      status: 'skipped',
    });
    if (existing.has(decided.id)) continue;
    let stored: NotificationRecord;
    try {
      const [s] = await ports.store.commit({ actorId: ACTOR, at: decided.createdAt }, [
        { op: 'put', kind: 'notification', value: decided, expectedVersion: 0 },
      ]);
      stored = s;
    } catch (error) {
      if (error instanceof ConflictError) continue;
      throw error;
    }
    const outcome = await installer.installFor({ tenantId: person.tenantId ?? '', objectId: person.objectId ?? '' });
    const status = outcome === 'failed' ? 'failed' : 'sent';
    await ports.store.commit({ actorId: ACTOR, at: ports.clock.now().toISOString() }, [
      {
        op: 'put',
        kind: 'notification',
        value: {
          ...stored,
          status,
          sentAt: ports.clock.now().toISOString(),
          error: outcome === 'failed' ? 'Graph refused the installation.' : null,
        },
        expectedVersion: stored.version,
      },
    ]);
    requested += 1;
  }
  return requested;
}
