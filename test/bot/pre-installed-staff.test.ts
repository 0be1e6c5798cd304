import { FakeBotConnector } from '../../src/cli/fake-bot-connector';
import type { Person } from '../../src/domain/network';
import { EMAILS, request, startHarness, type Harness } from '../api/harness';

/**
 * The usual NHS roll-out: a trust installs the app for its staff, so the bot hears an installation event for people
 * who never write to it. The whole app as `npm start` wires it, with Teams' roster served by a fake Bot Connector.
 */
describe('staff whose trust installed the app for them', () => {
  let h: Harness;
  let connector: FakeBotConnector;
  const roster = new Map<string, { email: string }>();
  beforeEach(async () => {
    roster.clear();
    h = await startHarness();
    connector = await FakeBotConnector.start({ members: roster });
  });
  afterEach(async () => {
    await h.close();
    await connector.close();
  });

  /** Jamal, as if invited by e-mail and never signed in: no tenant or object id yet. */
  async function invitedJamal(): Promise<Person & { tenantId: string }> {
    const [jamal] = await h.app.ports.store.query('person', { email: EMAILS.coastContributorTheme4 });
    if (!jamal?.tenantId) throw new Error('no Jamal');
    await h.app.ports.store.commit({ actorId: 'test', at: '2026-11-26T09:00:00Z' }, [
      {
        op: 'put',
        kind: 'person',
        value: { ...jamal, tenantId: null, objectId: null },
        expectedVersion: jamal.version,
      },
    ]);
    return jamal as Person & { tenantId: string };
  }

  const install = (tenantId: string, objectId: string) =>
    request(h.baseUrl, 'POST', '/api/messages', {
      body: {
        type: 'installationUpdate',
        action: 'add',
        channelId: 'msteams',
        serviceUrl: connector.url,
        id: `install-${objectId}`,
        from: { id: `29:${objectId}`, aadObjectId: objectId },
        recipient: { id: '28:bot', name: 'QIN' },
        conversation: { id: `a:${objectId}`, conversationType: 'personal', tenantId },
        channelData: { tenant: { id: tenantId } },
      },
    });

  async function runReminders() {
    const admin = await h.signIn(EMAILS.admin);
    return admin.send<{ planned: number; chatsLinked: number; outcomes: { sent: number } }>(
      'POST',
      '/api/v1/jobs/reminders',
    );
  }

  it('links an invited member at install, from the roster, and their reminder reaches them', async () => {
    const jamal = await invitedJamal();
    roster.set('29:oid-jamal', { email: jamal.email });
    expect((await install(jamal.tenantId, 'oid-jamal')).status).toBe(200);
    expect(await h.app.ports.store.get('person', jamal.id)).toMatchObject({
      tenantId: jamal.tenantId,
      objectId: 'oid-jamal',
    });
    const run = await runReminders();
    expect(run.body).toMatchObject({ planned: 1, outcomes: { sent: 1 } });
    expect(connector.accepted().some((r) => r.conversationId === 'a:oid-jamal')).toBe(true);
  });

  it('links an invitation made after the install when the reminders run, and sends the reminder then', async () => {
    const jamal = await invitedJamal();
    await install(jamal.tenantId, 'oid-jamal'); // the roster does not know him yet: the chat stays unmatched
    expect(await h.app.ports.store.get('person', jamal.id)).toMatchObject({ objectId: null });
    roster.set('29:oid-jamal', { email: jamal.email });
    const run = await runReminders();
    expect(run.body).toMatchObject({ chatsLinked: 1, planned: 1, outcomes: { sent: 1 } });
    expect(await h.app.ports.store.get('person', jamal.id)).toMatchObject({ objectId: 'oid-jamal' });
    expect(connector.accepted().some((r) => r.conversationId === 'a:oid-jamal')).toBe(true);
  });

  it('does not link an invitation to a member of another trust’s tenant, at install or later', async () => {
    const jamal = await invitedJamal();
    const gstt = await h.app.ports.store.get('organisation', 'org-gstt');
    roster.set('29:oid-at-gstt', { email: jamal.email });
    await install(gstt?.tenantId ?? '', 'oid-at-gstt');
    await runReminders();
    expect(await h.app.ports.store.get('person', jamal.id)).toMatchObject({ tenantId: null, objectId: null });
    expect(
      connector
        .accepted()
        .some((r) => r.conversationId === 'a:oid-at-gstt' && JSON.stringify(r.activity).includes('4.3')),
    ).toBe(false);
  });
});
