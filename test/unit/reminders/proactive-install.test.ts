import { GraphTeamsAppInstaller } from '../../../src/adapters/graph/teams-app-installer';
import type { GraphCall } from '../../../src/adapters/graph/graph-http';
import type { AppInstaller } from '../../../src/services/reminders/notifier';
import { runReminders } from '../../../src/services/reminders/run';
import { reminderSettings } from '../../../src/services/reminders/settings';
import { demoNetwork, RecordingNotifier } from './harness';

describe('proactive installation for people who have not installed the app', () => {
  it('asks once per person per period, only when the setting is on', async () => {
    const { ports, clock, store } = await demoNetwork();
    // Jamal uninstalled: he has work but no conversation.
    const [jamalsChat] = await store.query('conversation', { personId: 'p-contrib-coast-1' });
    await store.commit({ actorId: 't', at: clock.now().toISOString() }, [
      { op: 'delete', kind: 'conversation', id: jamalsChat?.id ?? '', expectedVersion: jamalsChat?.version ?? 0 },
    ]);
    const asked: string[] = [];
    const installer: AppInstaller = {
      installFor: async (p) => {
        asked.push(p.objectId);
        return 'installed';
      },
    };
    const notifier = new RecordingNotifier(clock);
    const off = await runReminders(ports, { notifier, settings: reminderSettings(), holder: 'a', installer });
    expect(off.installsRequested).toBe(0);
    const settings = reminderSettings({ proactiveInstall: true });
    const on = await runReminders(ports, { notifier, settings, holder: 'a', installer });
    expect(on).toMatchObject({ installsRequested: 1, noConversation: 1 });
    const jamal = await store.get('person', 'p-contrib-coast-1');
    expect(asked).toEqual([jamal?.objectId]);
    expect((await runReminders(ports, { notifier, settings, holder: 'a', installer })).installsRequested).toBe(0);
    await store.close();
  });

  it('installs through Graph with the app catalog id, and reads 409 as already installed', async () => {
    const calls: GraphCall[] = [];
    let status = 201;
    const graph = {
      root: 'https://graph.microsoft.com/v1.0',
      call: async (c: GraphCall) => {
        calls.push(c);
        return { status, headers: new Headers(), body: null };
      },
    };
    const installer = new GraphTeamsAppInstaller(() => graph, 'catalog-app-id');
    expect(await installer.installFor({ tenantId: 't', objectId: 'oid-1' })).toBe('installed');
    expect(calls[0]).toEqual({
      method: 'POST',
      url: '/users/oid-1/teamwork/installedApps',
      body: { 'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/catalog-app-id' },
    });
    status = 409;
    expect(await installer.installFor({ tenantId: 't', objectId: 'oid-1' })).toBe('already');
    status = 403;
    expect(await installer.installFor({ tenantId: 't', objectId: 'oid-1' })).toBe('failed');
  });
});
