import type { Person } from '../../domain/network';
import type { Ports } from '../context';
import type { AppInstaller } from './notifier';
import { newRecord, notificationId, writeRecord } from './records';

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
    const stored = await writeRecord(ports, decided, 0);
    if (!stored) continue;
    const outcome = await installer.installFor({ tenantId: person.tenantId ?? '', objectId: person.objectId ?? '' });
    const status = outcome === 'failed' ? 'failed' : 'sent';
    await writeRecord(
      ports,
      {
        ...stored,
        status,
        sentAt: ports.clock.now().toISOString(),
        error: outcome === 'failed' ? 'Graph refused the installation.' : null,
      },
      stored.version,
    );
    requested += 1;
  }
  return requested;
}
