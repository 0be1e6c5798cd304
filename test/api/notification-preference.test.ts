import type { NotificationPreferenceView, Problem } from '../../src/api/contracts';
import { recordConversation } from '../../src/services/identity/conversations';
import { EMAILS, startHarness, type Harness } from './harness';

/** Each person chooses how they hear about their work: chat, the Teams bell or both (My work's setting). */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function installAppFor(email: string): Promise<void> {
  const [person] = await h.app.ports.store.query('person', { email });
  if (!person) throw new Error(`no person ${email}`);
  await recordConversation(h.app.ports, {
    scope: 'personal',
    tenantId: person.tenantId ?? '',
    objectId: person.objectId,
    email: null,
    name: person.displayName,
    conversationId: `a:conv-${person.id}`,
    reference: { conversation: { id: `a:conv-${person.id}` }, serviceUrl: 'https://smba.example/' },
  });
}

describe('GET and PUT /api/v1/me/notifications', () => {
  it('defaults to chat, and says how to get the app, for someone who has not got the app installed', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.get<NotificationPreferenceView>('/api/v1/me/notifications');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ notifyBy: 'chat', chosen: false, appInstalled: false });
    expect(res.body.options.map((o) => o.value)).toEqual(['chat', 'bell', 'both']);
    expect(res.body.explanation).toMatch(/not installed for you in Teams/);
  });

  it('defaults to both chat and the bell once the app is installed for them', async () => {
    await installAppFor(EMAILS.coastContributorTheme4);
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const res = await contributor.get<NotificationPreferenceView>('/api/v1/me/notifications');
    expect(res.body).toMatchObject({ notifyBy: 'both', chosen: false, appInstalled: true });
    expect(res.body.explanation).toMatch(/default until you choose/);
  });

  it('keeps the choice on the person, where the reminders read it', async () => {
    await installAppFor(EMAILS.leadReviewer);
    const reviewer = await h.signIn(EMAILS.leadReviewer);
    const put = await reviewer.send<NotificationPreferenceView>('PUT', '/api/v1/me/notifications', {
      notifyBy: 'bell',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ notifyBy: 'bell', chosen: true });
    const again = await reviewer.get<NotificationPreferenceView>('/api/v1/me/notifications');
    expect(again.body).toMatchObject({ notifyBy: 'bell', chosen: true });
    const [person] = await h.app.ports.store.query('person', { email: EMAILS.leadReviewer });
    expect(person?.notifyBy).toBe('bell');
  });

  it('refuses a choice that is not chat, bell or both, naming the field', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.send<Problem>('PUT', '/api/v1/me/notifications', { notifyBy: 'email' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/notifyBy/);
  });
});
