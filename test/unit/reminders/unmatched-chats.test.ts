import type { ConversationRecord } from '../../../src/domain/conversation';
import { recordConversation } from '../../../src/services/identity/conversations';
import type { MemberDirectory } from '../../../src/services/reminders/notifier';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { demoNetwork, RecordingNotifier } from './harness';

const JAMAL = 'p-contrib-coast-1';

/**
 * Jamal was invited (no tenant or object id yet) and his trust pre-installed the app for him before the invitation,
 * so his chat was stored unmatched; he has never written to the bot.
 */
async function invitedAfterPreInstall() {
  const network = await demoNetwork();
  const { store, clock, ports } = network;
  const jamal = await store.get('person', JAMAL);
  const [chat] = await store.query('conversation', { personId: JAMAL });
  if (!jamal?.tenantId || !chat) throw new Error('demo network changed');
  const slamTenant = jamal.tenantId;
  await store.commit({ actorId: 't', at: clock.now().toISOString() }, [
    { op: 'delete', kind: 'conversation', id: chat.id, expectedVersion: chat.version },
    { op: 'put', kind: 'person', value: { ...jamal, tenantId: null, objectId: null }, expectedVersion: jamal.version },
  ]);
  const unmatched = (objectId: string) =>
    recordConversation(ports, {
      scope: 'personal',
      tenantId: slamTenant,
      objectId,
      email: null,
      name: null,
      conversationId: `a:pre-installed-${objectId}`,
      reference: { conversation: { id: `a:pre-installed-${objectId}` }, serviceUrl: 'https://smba.example/' },
    });
  await unmatched('oid-jamal-real');
  await unmatched('oid-not-invited');
  const roster = new Map([
    ['oid-jamal-real', jamal.email],
    ['oid-not-invited', 'someone.else@slam.nhs.example'],
  ]);
  const asked: string[] = [];
  const members: MemberDirectory = {
    emailOf: async (c: ConversationRecord) => {
      asked.push(c.objectId ?? '');
      return roster.get(c.objectId ?? '') ?? null;
    },
  };
  return { ...network, members, asked, slamTenant };
}

describe('reminders reach invited staff whose app was installed before they were linked', () => {
  it('looks the member of an unmatched chat up, links the invitation, and sends their reminder in the same run', async () => {
    const { ports, clock, store, members, slamTenant } = await invitedAfterPreInstall();
    const notifier = new RecordingNotifier(clock);
    const summary = await runReminders(ports, { notifier, settings: reminderSettings(), holder: 'a', members });
    expect(await store.get('person', JAMAL)).toMatchObject({ tenantId: slamTenant, objectId: 'oid-jamal-real' });
    expect(notifier.delivered.some((d) => d.personId === JAMAL)).toBe(true);
    expect(summary.noConversation).toBe(0);
    await store.close();
  });

  it('asks Teams about each unmatched chat at most once a period', async () => {
    const { ports, clock, store, members, asked } = await invitedAfterPreInstall();
    const notifier = new RecordingNotifier(clock);
    await runReminders(ports, { notifier, settings: reminderSettings(), holder: 'a', members });
    await runReminders(ports, { notifier, settings: reminderSettings(), holder: 'a', members });
    expect(asked.filter((id) => id === 'oid-not-invited')).toHaveLength(1);
    expect(asked.filter((id) => id === 'oid-jamal-real')).toHaveLength(1);
    await store.close();
  });

  it('does not link an invitation from a chat in another trust’s tenant', async () => {
    const { ports, clock, store } = await invitedAfterPreInstall();
    const gstt = await store.get('organisation', 'org-gstt');
    await recordConversation(ports, {
      scope: 'personal',
      tenantId: gstt?.tenantId ?? '',
      objectId: 'oid-at-gstt',
      email: null,
      name: null,
      conversationId: 'a:gstt-chat',
      reference: { conversation: { id: 'a:gstt-chat' }, serviceUrl: 'https://smba.example/' },
    });
    const jamal = await store.get('person', JAMAL);
    // Only the chat in the other trust's tenant claims Jamal's address.
    const members: MemberDirectory = {
      emailOf: async (c) => (c.objectId === 'oid-at-gstt' ? (jamal?.email ?? null) : null),
    };
    const notifier = new RecordingNotifier(clock);
    await runReminders(ports, { notifier, settings: reminderSettings(), holder: 'a', members });
    expect(await store.get('person', JAMAL)).toMatchObject({ tenantId: null, objectId: null });
    await store.close();
  });
});
