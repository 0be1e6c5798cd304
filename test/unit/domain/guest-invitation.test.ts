import { GUEST_STATE_LABELS, guestSignedIn, guestState, invitationResent } from '../../../src/domain/guest-invitation';

const INVITED = {
  guest: {
    tenantId: 'host',
    objectId: 'guest-oid',
    firstSentAt: '2026-12-01T10:00:00.000Z',
    lastSentAt: '2026-12-01T10:00:00.000Z',
    timesSent: 1,
    signedInAt: null,
  },
};

describe('a guest invitation', () => {
  it('reads "Invitation sent, not accepted yet" until the first sign-in, then "Signed in"', () => {
    expect(GUEST_STATE_LABELS[guestState(INVITED) ?? 'signed_in']).toBe('Invitation sent, not accepted yet');
    const signedIn = guestSignedIn(INVITED, '2026-12-02T09:00:00.000Z');
    expect(GUEST_STATE_LABELS[guestState(signedIn) ?? 'invitation_sent']).toBe('Signed in');
    // Later sign-ins keep the first.
    expect(guestSignedIn(signedIn, '2026-12-09T09:00:00.000Z').guest.signedInAt).toBe('2026-12-02T09:00:00.000Z');
  });

  it('counts each sending and keeps the same account', () => {
    const again = invitationResent(INVITED, '2026-12-03T10:00:00.000Z');
    expect(again.guest).toMatchObject({ objectId: 'guest-oid', timesSent: 2, lastSentAt: '2026-12-03T10:00:00.000Z' });
  });

  it('is nothing for a person who was not invited as a guest', () => {
    expect(guestState({})).toBeNull();
  });
});
