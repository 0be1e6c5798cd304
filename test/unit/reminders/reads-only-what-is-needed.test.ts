import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { seedDemoNetwork } from '../../../src/cli/seed-demo';
import type { Ports } from '../../../src/services/context';
import type { EntityKind, Store } from '../../../src/services/ports';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { FakeClock, installFor, NO_EVIDENCE, RecordingNotifier, SEED_AT } from './harness';

/** The store, noting which kinds each query or read by ids asked for. */
function noting(store: Store, asked: EntityKind[]): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (kind: EntityKind, filter: object) => {
          asked.push(kind);
          return target.query(kind, filter);
        };
      }
      if (property === 'getMany') {
        return (kind: EntityKind, ids: readonly string[]) => {
          if (ids.length > 0) asked.push(kind);
          return target.getMany(kind, ids);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the reminder job reads only what it needs', () => {
  async function run(installed: readonly string[]): Promise<{ asked: EntityKind[]; sent: number }> {
    const inner = SqliteStore.open(':memory:');
    await seedDemoNetwork(inner, SEED_AT);
    const asked: EntityKind[] = [];
    const clock = new FakeClock(Date.parse('2026-11-26T10:00:00Z'));
    const ports: Ports = { store: noting(inner, asked), evidence: NO_EVIDENCE, clock, ids: { newId: () => 'id' } };
    await installFor(ports, installed);
    asked.length = 0;
    const notifier = new RecordingNotifier(clock);
    await runReminders(ports, { notifier, settings: reminderSettings({ digestPeriod: 'daily' }), holder: 'a' });
    await inner.close();
    return { asked, sent: notifier.delivered.length };
  }

  it('reads no assessment, summary or action when nobody has the app to be reminded in', async () => {
    const { asked, sent } = await run([]);
    expect(sent).toBe(0);
    expect(asked).not.toContain('assessment');
    expect(asked).not.toContain('assessmentSummary');
    expect(asked).not.toContain('action');
  });

  it('never reads responses, only summaries, when someone can be reminded', async () => {
    const { asked, sent } = await run(['p-sl-coast']);
    expect(sent).toBeGreaterThan(0);
    expect(asked).toContain('assessmentSummary');
    expect(asked).not.toContain('response');
  });
});
