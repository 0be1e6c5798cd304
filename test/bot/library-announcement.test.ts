import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { LocalFolderEvidenceStore } from '../../src/adapters/evidence/local-folder-evidence-store';
import { seedDemoNetwork } from '../../src/cli/seed-demo';
import type { ConversationRecord } from '../../src/domain/conversation';
import type { LibraryEntry } from '../../src/domain/library';
import type { Ports } from '../../src/services/context';
import { announceLibraryEntries } from '../../src/services/library/library-announcements';
import type { DeliveryResult, Notifier, OutgoingNotification } from '../../src/services/reminders/notifier';
import type { Change } from '../../src/services/ports';
import { libraryAnnouncementCard } from '../../bot/cards/library-announcement';
import { CONTEXT, LIBRARY_CONTENT } from './card-samples';

const NOW = new Date('2027-04-10T10:00:00Z');

function entry(id: string): LibraryEntry {
  return {
    id,
    version: 0,
    findingId: `f-${id}`,
    assessmentId: 'a-cur-svc-slam-coast',
    cycleId: 'cycle-current',
    organisationId: 'org-slam',
    serviceId: 'svc-slam-coast',
    subjectName: 'COAST early intervention service',
    organisationName: 'South London and Maudsley NHS Foundation Trust',
    standardCode: '1.1',
    standardTitle: 'Physical health checks',
    themeCode: '1',
    themeTitle: 'Integrated patient care',
    title: 'Weekly physical health clinics in the team base',
    whatTheyDo: 'A nurse runs weekly clinics; results go to the GP the same day.',
    contact: { name: 'Ella Morgan', email: 'ella.morgan@slam.nhs.example' },
    attachments: [],
    serviceType: 'early_intervention',
    status: 'published',
    publishedBy: 'p-sl-coast',
    publishedAt: NOW.toISOString(),
    history: [],
    announcement: 'pending',
    announcedAt: null,
    updatedAt: NOW.toISOString(),
  };
}

function channel(id: string): ConversationRecord {
  return {
    id,
    version: 0,
    scope: 'team',
    personId: null,
    tenantId: 'tenant-slam',
    objectId: null,
    serviceId: 'svc-slam-coast',
    reference: { conversation: { id } },
    status: 'active',
    updatedAt: NOW.toISOString(),
  };
}

class RecordingNotifier implements Notifier {
  readonly sent: OutgoingNotification[] = [];
  answer: DeliveryResult['outcome'] = 'sent';
  async deliver(n: OutgoingNotification): Promise<DeliveryResult> {
    if (this.answer === 'failed') return { outcome: 'failed', detail: 'throttled', attempts: 3 };
    this.sent.push(n);
    return { outcome: 'sent', activityId: `act-${this.sent.length}`, attempts: 1 };
  }
}

async function setUp(): Promise<Ports> {
  const store = SqliteStore.open(':memory:');
  await seedDemoNetwork(store, NOW);
  return {
    store,
    evidence: new LocalFolderEvidenceStore('/tmp/qin-library-announce-test'),
    clock: { now: () => NOW },
    ids: { newId: () => Math.random().toString(36).slice(2) },
  };
}

async function put(ports: Ports, changes: Change[]) {
  await ports.store.commit({ actorId: 'test', at: NOW.toISOString() }, changes);
}

describe('announcing new good-practice entries in Teams channels', () => {
  it('sends each new entry once to every channel, then marks it announced; a second run sends nothing', async () => {
    const ports = await setUp();
    await put(ports, [
      { op: 'put', kind: 'libraryEntry', value: entry('lib-1'), expectedVersion: 0 },
      { op: 'put', kind: 'conversation', value: channel('team-a'), expectedVersion: 0 },
      { op: 'put', kind: 'conversation', value: channel('team-b'), expectedVersion: 0 },
    ]);
    const notifier = new RecordingNotifier();
    const first = await announceLibraryEntries(ports, notifier, 'instance-1');
    expect(first).toMatchObject({ entries: 1, channels: 2, sent: 2, stillPending: 0 });
    expect(notifier.sent.map((n) => n.conversation.id).sort()).toEqual(['team-a', 'team-b']);
    expect(notifier.sent[0]?.content).toMatchObject({ kind: 'library', title: entry('lib-1').title });
    expect((await ports.store.get('libraryEntry', 'lib-1'))?.announcement).toBe('sent');
    const second = await announceLibraryEntries(ports, notifier, 'instance-1');
    expect(second.entries).toBe(0);
    expect(notifier.sent).toHaveLength(2);
  });

  it('keeps an entry waiting while no channel has the app, and announces it once one does', async () => {
    const ports = await setUp();
    await put(ports, [{ op: 'put', kind: 'libraryEntry', value: entry('lib-2'), expectedVersion: 0 }]);
    const notifier = new RecordingNotifier();
    expect(await announceLibraryEntries(ports, notifier, 'i')).toMatchObject({ channels: 0, stillPending: 1 });
    await put(ports, [{ op: 'put', kind: 'conversation', value: channel('team-c'), expectedVersion: 0 }]);
    expect(await announceLibraryEntries(ports, notifier, 'i')).toMatchObject({ sent: 1, stillPending: 0 });
  });

  it('runs once across instances: another holder of the lease does nothing', async () => {
    const ports = await setUp();
    await put(ports, [
      { op: 'put', kind: 'libraryEntry', value: entry('lib-3'), expectedVersion: 0 },
      { op: 'put', kind: 'conversation', value: channel('team-d'), expectedVersion: 0 },
    ]);
    await ports.store.tryAcquireLease('jobs:library-announcements', 'other', NOW.toISOString(), '2027-04-10T10:05:00Z');
    const notifier = new RecordingNotifier();
    expect((await announceLibraryEntries(ports, notifier, 'mine')).outcome).toBe('lease_held');
    expect(notifier.sent).toHaveLength(0);
  });
});

describe("the channel announcement's link", () => {
  function urls(card: unknown): string[] {
    return [...JSON.stringify(card).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
  }
  const content = { ...LIBRARY_CONTENT, entryId: 'library:a-1:finding:good_practice' };

  it('opens the entry in the Teams app (sub-entity library:<id>), with its /library/<id> page as the web link', () => {
    const link = urls(libraryAnnouncementCard(content, CONTEXT)).find((u) => u.startsWith('https://teams.microsoft'));
    expect(link).toBeDefined();
    const url = new URL(link ?? '');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({
      subEntityId: 'library:library:a-1:finding:good_practice',
    });
    expect(url.searchParams.get('webUrl')).toBe(
      'https://qin.example.nhs.uk/#/library/library%3Aa-1%3Afinding%3Agood_practice',
    );
  });

  it("opens the entry's page in the browser when the app runs without Teams", () => {
    const local = { ...CONTEXT, links: { ...CONTEXT.links, teamsAppId: null } };
    expect(urls(libraryAnnouncementCard(content, local))).toContain(
      'https://qin.example.nhs.uk/#/library/library%3Aa-1%3Afinding%3Agood_practice',
    );
  });
});
