import type { Person } from '../../src/domain/network';
import { EMAILS, request, startHarness, type Client, type Harness } from './harness';

/** The network admin invites an expert by experience without a trust account (local mode's stand-in for Entra). */
let h: Harness;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(EMAILS.admin);
});
afterAll(() => h.close());

interface Problem {
  readonly code: string;
  readonly detail: string;
  readonly member?: { id: string; displayName: string };
}

describe('inviting experts by experience as guests', () => {
  let invited: Person;

  it('invites a guest, who is recorded with the invitation’s account and waits to accept', async () => {
    const res = await admin.send<Person>('POST', '/api/v1/guests', {
      displayName: 'Rosa Ahmed',
      email: 'Rosa.Ahmed@example.org',
    });
    expect(res.status).toBe(201);
    invited = res.body;
    expect(invited).toMatchObject({
      displayName: 'Rosa Ahmed',
      email: 'rosa.ahmed@example.org',
      organisationId: null,
      profession: 'lived_experience',
      guest: { timesSent: 1, signedInAt: null },
    });
    expect(invited.objectId).toBe(invited.guest?.objectId);
    const roles = await admin.get<{ role: string; scope: { kind: string } }[]>(
      `/api/v1/role-assignments?personId=${invited.id}`,
    );
    expect(roles.body.map((r) => [r.role, r.scope.kind])).toEqual([['expert_by_experience', 'network']]);
  });

  it('refuses to invite an address that already belongs to a member, naming them', async () => {
    const res = await admin.send<Problem>('POST', '/api/v1/guests', {
      displayName: 'Someone',
      email: EMAILS.peerReviewer,
    });
    expect(res.status).toBe(409);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.code).toBe('already_a_member');
    expect(res.body.member).toMatchObject({ id: 'p-peer-mh', displayName: 'Kwame Asante' });
    expect(res.body.detail).toContain('already belongs to Kwame Asante');
  });

  it('refuses anyone but a network admin', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.send<Problem>('POST', '/api/v1/guests', { displayName: 'X', email: 'x@example.org' });
    expect(res.status).toBe(403);
  });

  it('re-sends the invitation, and says so for someone who was not invited as a guest', async () => {
    const res = await admin.send<Person>('POST', `/api/v1/people/${invited.id}/invitation`, {
      version: invited.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.guest?.timesSent).toBe(2);
    invited = res.body;
    const notGuest = await admin.send<Problem>('POST', '/api/v1/people/p-viewer/invitation', { version: 1 });
    expect(notGuest.status).toBe(422);
    expect(notGuest.body.code).toBe('not_a_guest');
  });

  it("keeps the invitation when the admin corrects the guest's details", async () => {
    const res = await admin.send<Person>('PUT', `/api/v1/people/${invited.id}`, {
      displayName: 'Rosa Ahmed-Khan',
      email: invited.email,
      organisationId: null,
      jobTitle: 'Expert by experience',
      profession: 'lived_experience',
      version: invited.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.guest).toEqual(invited.guest);
    invited = res.body;
  });

  it('shows "Signed in" once the guest has signed in with the invitation’s account', async () => {
    const guest = await h.signIn('rosa.ahmed@example.org');
    expect((await guest.get<{ person: { id: string } }>('/api/v1/me')).body.person.id).toBe(invited.id);
    const people = await admin.get<Person[]>('/api/v1/people');
    expect(people.body.find((p) => p.id === invited.id)?.guest?.signedInAt).toBe(h.now.value.toISOString());
  });

  it('offers the demo’s expert by experience as a guest of the host tenant', async () => {
    const people = await request<{ id: string }[]>(h.baseUrl, 'GET', '/api/v1/dev/people');
    expect(people.body.map((p) => p.id)).toContain('p-expert');
    const expert = (await admin.get<Person[]>('/api/v1/people')).body.find((p) => p.id === 'p-expert');
    expect(expert?.guest?.signedInAt).not.toBeNull();
    expect(expert?.tenantId).toBe(expert?.guest?.tenantId);
  });
});
