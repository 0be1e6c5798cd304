import { TeamsInfo } from 'botbuilder';
import type { Person } from '../../src/domain/network';
import { botHarness, cardOf, installation, message, textOf, type BotHarness } from './teams-activities';

/** Someone the network invited by e-mail who has never opened the app: no tenant or object id yet. */
const INVITED: Person = {
  id: 'p-invited-nurse',
  version: 0,
  displayName: 'Priya Shah',
  email: 'priya.shah@slam.nhs.example',
  organisationId: 'org-slam',
  jobTitle: 'Staff nurse',
  profession: 'mental_health',
  tenantId: null,
  objectId: null,
};

describe('invited staff in Teams, before they ever write to the bot', () => {
  let h: BotHarness;
  let rosterEmail: string | undefined;
  beforeEach(async () => {
    h = await botHarness();
    await h.ports.store.commit({ actorId: 'test', at: '2026-11-26T09:00:00Z' }, [
      { op: 'put', kind: 'person', value: INVITED, expectedVersion: 0 },
    ]);
    rosterEmail = INVITED.email;
    // What Teams' roster says about the member (the Bot Connector's conversation members API).
    jest
      .spyOn(TeamsInfo, 'getMember')
      .mockImplementation(async (_context, userId) => ({ id: userId, name: 'Member', email: rosterEmail }));
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await h.close();
  });

  const tenantOf = async (organisationId: string): Promise<string> => {
    const organisation = await h.ports.store.get('organisation', organisationId);
    if (!organisation?.tenantId) throw new Error(`no tenant for ${organisationId}`);
    return organisation.tenantId;
  };

  it('links an invited member when their trust installs the app for them, so reminders can reach them', async () => {
    const member = { ...INVITED, tenantId: await tenantOf('org-slam'), objectId: 'oid-priya' };
    const replies = await h.send(installation(member, 'add'));
    expect(await h.person(INVITED.id)).toMatchObject({ tenantId: member.tenantId, objectId: 'oid-priya' });
    const [chat] = await h.ports.store.query('conversation', { personId: INVITED.id });
    expect(chat).toMatchObject({ scope: 'personal', status: 'active' });
    expect(textOf(cardOf(replies[0]))).toMatch(/I will remind you/);
  });

  it('does not link an invited member from another trust’s tenant, and tells them to ask the network admin', async () => {
    const impostor = { ...INVITED, tenantId: await tenantOf('org-gstt'), objectId: 'oid-someone-at-gstt' };
    await h.send(installation(impostor, 'add'));
    expect(await h.person(INVITED.id)).toMatchObject({ tenantId: null, objectId: null });
    const [reply] = await h.send(message(impostor, 'next'));
    expect(textOf(cardOf(reply))).toMatch(/Ask your network admin/);
    expect(await h.person(INVITED.id)).toMatchObject({ tenantId: null, objectId: null });
    expect(await h.ports.store.query('conversation', { personId: INVITED.id })).toEqual([]);
  });

  it('still tells a member with no invitation that the network does not know them', async () => {
    rosterEmail = 'someone.else@slam.nhs.example';
    const stranger = { ...INVITED, tenantId: await tenantOf('org-slam'), objectId: 'oid-stranger' };
    const replies = await h.send(installation(stranger, 'add'));
    expect(textOf(cardOf(replies[0]))).toMatch(/no record of you/);
  });
});
