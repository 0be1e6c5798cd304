/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { Person } from '../../tab/src/api/types';
import { PeopleAdmin } from '../../tab/src/pages/admin/PeopleAdmin';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const GUEST: Person = {
  id: 'p-guest',
  version: 1,
  displayName: 'Rosa Ahmed',
  email: 'rosa@example.org',
  organisationId: null,
  jobTitle: 'Expert by experience',
  profession: 'lived_experience',
  tenantId: 'host',
  objectId: 'guest-oid',
  guest: {
    tenantId: 'host',
    objectId: 'guest-oid',
    firstSentAt: '2026-12-01T10:00:00.000Z',
    lastSentAt: '2026-12-01T10:00:00.000Z',
    timesSent: 1,
    signedInAt: null,
  },
};

function api(people: Person[], inviteGuest: jest.Mock, resendInvitation = jest.fn()) {
  return {
    people: jest.fn(async () => people),
    roleAssignments: jest.fn(async () => []),
    organisations: jest.fn(async () => []),
    services: jest.fn(async () => []),
    inviteGuest,
    resendInvitation,
  };
}

describe('inviting an expert by experience from People admin', () => {
  it('sends the name and e-mail, then says the invitation went and shows them as not accepted yet', async () => {
    const user = userEvent.setup();
    const people: Person[] = [];
    const inviteGuest = jest.fn(async (body: { displayName: string; email: string }) => {
      const invited = { ...GUEST, displayName: body.displayName, email: body.email };
      people.push(invited);
      return invited;
    });
    renderWithApp(<PeopleAdmin />, api(people, inviteGuest), me());
    await user.click(await screen.findByRole('button', { name: 'Invite an expert by experience' }));
    const form = screen.getByRole('form', { name: 'Invite an expert by experience' });
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Rosa Ahmed');
    await user.type(within(form).getByRole('textbox', { name: /E-mail/ }), 'rosa@example.org');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    expect(inviteGuest).toHaveBeenCalledWith({ displayName: 'Rosa Ahmed', email: 'rosa@example.org' });
    expect(await screen.findByText(/Invitation sent to Rosa Ahmed at rosa@example.org/)).toBeTruthy();
    const row = (await screen.findByText('rosa@example.org')).closest('tr');
    expect(row && within(row).getByText('Invitation sent, not accepted yet')).toBeTruthy();
  });

  it("shows the API's refusal naming the member, beside the e-mail field", async () => {
    const user = userEvent.setup();
    const refusal = new ApiProblemError({
      type: 'https://mindbody-qin.nhs.example/problems/already_a_member',
      title: 'Changed by someone else',
      status: 409,
      code: 'already_a_member',
      field: 'email',
      detail: 'kwame@slam.nhs.example already belongs to Kwame Asante, who is in the network.',
    });
    renderWithApp(
      <PeopleAdmin />,
      api(
        [],
        jest.fn(async () => Promise.reject(refusal)),
      ),
      me(),
    );
    await user.click(await screen.findByRole('button', { name: 'Invite an expert by experience' }));
    const form = screen.getByRole('form', { name: 'Invite an expert by experience' });
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Kwame');
    await user.type(within(form).getByRole('textbox', { name: /E-mail/ }), 'kwame@slam.nhs.example');
    await user.click(within(form).getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText(/already belongs to Kwame Asante/)).toBeTruthy();
  });

  it('re-sends an invitation not accepted yet, and shows "Signed in" for a guest who has signed in', async () => {
    const user = userEvent.setup();
    const signedIn: Person = {
      ...GUEST,
      id: 'p-other',
      email: 'sam@example.org',
      displayName: 'Sam Lee',
      guest: { ...GUEST.guest!, signedInAt: '2026-12-02T09:00:00.000Z' },
    };
    const resend = jest.fn(async () => ({ ...GUEST, version: 2 }));
    renderWithApp(<PeopleAdmin />, api([GUEST, signedIn], jest.fn(), resend), me());
    const samRow = (await screen.findByText('sam@example.org')).closest('tr');
    expect(samRow && within(samRow).getByText('Signed in')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Re-send the invitation to Sam Lee' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Re-send the invitation to Rosa Ahmed' }));
    expect(resend).toHaveBeenCalledWith('p-guest', 1);
    expect(await screen.findByText('Invitation sent again to Rosa Ahmed at rosa@example.org.')).toBeTruthy();
  });
});
