import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { DEMO_PEOPLE } from '../../../src/cli/demo-network-data';
import { seedDemoNetwork } from '../../../src/cli/seed-demo';
import { withSummaries } from '../../../src/cli/seed-summaries';
import type { Ports } from '../../../src/services/context';
import { recordConversation } from '../../../src/services/identity/conversations';
import type { DeliveryResult, Notifier, OutgoingNotification } from '../../../src/services/reminders/notifier';
import type { EvidenceStore, Store } from '../../../src/services/ports';

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(private ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  set(date: Date): void {
    this.ms = date.getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface Delivered {
  readonly notificationId: string;
  readonly personId: string | null;
  readonly kind: string;
  readonly at: string;
}

/** Records what would have reached Teams. `answer` can make a delivery fail or be refused. */
export class RecordingNotifier implements Notifier {
  readonly delivered: Delivered[] = [];
  answer: (n: OutgoingNotification) => DeliveryResult | 'deliver' = () => 'deliver';
  constructor(private readonly clock: FakeClock) {}
  async deliver(n: OutgoingNotification): Promise<DeliveryResult> {
    const answer = this.answer(n);
    if (answer !== 'deliver') return answer;
    this.delivered.push({
      notificationId: n.notificationId,
      personId: n.conversation.personId,
      kind: n.notificationId.split(':')[0] ?? '',
      at: this.clock.now().toISOString(),
    });
    return { outcome: 'sent', activityId: `act-${this.delivered.length}`, attempts: 1 };
  }
}

/** The reminder engine and the bot never touch evidence files: any use is a test failure. */
export const NO_EVIDENCE: EvidenceStore = {
  put: () => Promise.reject(new Error('evidence is not used here')),
  get: () => Promise.reject(new Error('evidence is not used here')),
  delete: () => Promise.reject(new Error('evidence is not used here')),
};

export const SEED_AT = new Date('2026-11-26T09:00:00.000Z');

/** The demo network with every demo person having installed the app in personal scope. */
export async function demoNetwork(
  seedAt: Date = SEED_AT,
): Promise<{ store: SqliteStore; clock: FakeClock; ports: Ports }> {
  const store = SqliteStore.open(':memory:');
  const clock = new FakeClock(seedAt.getTime());
  await seedDemoNetwork(store, seedAt);
  let n = 0;
  // Saves go through the summaries, as in the app (src/server.ts), so the reminders see what was rated.
  const ports: Ports = { store: withSummaries(store), evidence: NO_EVIDENCE, clock, ids: { newId: () => `id-${++n}` } };
  await installFor(
    ports,
    DEMO_PEOPLE.map((p) => p.id),
  );
  return { store, clock, ports };
}

export async function installFor(ports: Ports, personIds: readonly string[]): Promise<void> {
  for (const person of await ports.store.getMany('person', personIds)) {
    await recordConversation(ports, {
      scope: 'personal',
      tenantId: person.tenantId ?? '',
      objectId: person.objectId,
      email: null,
      name: person.displayName,
      conversationId: `a:conv-${person.id}`,
      reference: { conversation: { id: `a:conv-${person.id}` }, serviceUrl: 'https://smba.example/' },
    });
  }
}

export class CrashError extends Error {
  constructor(step: number) {
    super(`simulated crash at step ${step}`);
  }
}

/**
 * Wraps a store and a notifier so that the process "dies" at step `crashAt`: that operation and every later one
 * throw. A crash inside `deliver` either happens before the message leaves or just after it arrived.
 */
export function crashing(
  store: Store,
  notifier: RecordingNotifier,
  crashAt: number,
  deliveredBeforeCrash: boolean,
): { store: Store; notifier: Notifier; steps: () => number } {
  let step = 0;
  const tick = () => {
    step += 1;
    if (step >= crashAt) throw new CrashError(crashAt);
  };
  const wrapped: Store = {
    get: (kind, id) => store.get(kind, id),
    getMany: (kind, ids) => store.getMany(kind, ids),
    query: (kind, filter) => store.query(kind, filter),
    auditForAssessment: (id) => store.auditForAssessment(id),
    auditForEntity: (kind, id) => store.auditForEntity(kind, id),
    ping: () => store.ping(),
    close: () => store.close(),
    async commit(context, changes) {
      tick();
      return store.commit(context, changes);
    },
    async tryAcquireLease(name, holder, now, until) {
      tick();
      return store.tryAcquireLease(name, holder, now, until);
    },
    async releaseLease(name, holder) {
      tick();
      return store.releaseLease(name, holder);
    },
  };
  const wrappedNotifier: Notifier = {
    async deliver(n) {
      step += 1;
      if (step >= crashAt) {
        if (deliveredBeforeCrash && step === crashAt) await notifier.deliver(n);
        throw new CrashError(crashAt);
      }
      return notifier.deliver(n);
    },
  };
  return { store: wrapped, notifier: wrappedNotifier, steps: () => step };
}
