import { GraphMeetingScheduler } from '../../src/adapters/graph/meeting-scheduler';
import { MeetingUnavailableError, type MeetingRequest } from '../../src/services/ports';
import { ConsentRequiredError } from '../../src/services/user-files';
import { sharedHarness } from './harness';

/** The visit put in the lead reviewer's own calendar with THEIR token (on-behalf-of, Calendars.ReadWrite). */
const harness = sharedHarness();

const request: MeetingRequest = {
  subject: 'Peer review visit: COAST',
  body: 'The agenda is on the visit page.',
  start: '2027-01-27T09:30',
  end: '2027-01-27T17:00',
  timeZone: 'Europe/London',
  attendees: [
    { name: 'Kwame Asante', email: 'kwame.asante@slam.nhs.example' },
    { name: 'Ella Morgan', email: 'ella.morgan@slam.nhs.example' },
  ],
  transactionId: 'mbqin-visit:a-1-v0',
};

async function scheduler() {
  const h = await harness();
  // Stands in for msal's on-behalf-of exchange: the simulator issues the delegated token Entra ID would.
  const obo = {
    getGraphToken: async (assertion: string, scopes: string[]) => {
      if (assertion === 'no-consent') throw new ConsentRequiredError(scopes);
      const granted = assertion === 'files-only' ? ['Files.Read.All'] : scopes;
      return h.sim.tokens.issueDelegated(assertion, granted);
    },
  };
  return { h, meetings: new GraphMeetingScheduler(h.graph, obo) };
}

afterEach(async () => (await harness()).sim.faults.clear());

describe('GraphMeetingScheduler on the Graph simulator', () => {
  it('creates a Teams meeting in the person’s calendar at the visit’s UK time, inviting the team and the service lead', async () => {
    const { h, meetings } = await scheduler();
    const scheduled = await meetings.schedule('lead-1', request, null);
    expect(scheduled.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const [event] = h.sim.calendars.eventsOf('lead-1');
    expect(event?.id).toBe(scheduled.eventId);
    expect(event?.body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      start: { dateTime: '2027-01-27T09:30:00', timeZone: 'Europe/London' },
      end: { dateTime: '2027-01-27T17:00:00', timeZone: 'Europe/London' },
    });
    expect(
      (event?.body['attendees'] as { emailAddress: { address: string } }[]).map((a) => a.emailAddress.address),
    ).toEqual(['kwame.asante@slam.nhs.example', 'ella.morgan@slam.nhs.example']);
  });

  it('re-scheduling changes the same event rather than sending a second invitation', async () => {
    const { h, meetings } = await scheduler();
    const first = await meetings.schedule('lead-2', request, null);
    const again = await meetings.schedule('lead-2', { ...request, start: '2027-01-28T10:00' }, first.eventId);
    expect(again).toEqual(first);
    const events = h.sim.calendars.eventsOf('lead-2');
    expect(events).toHaveLength(1);
    expect(events[0]?.changes).toBe(1);
    expect(events[0]?.body['start']).toEqual({ dateTime: '2027-01-28T10:00:00', timeZone: 'Europe/London' });
  });

  it('waits out a throttled answer (429 with Retry-After) and schedules once', async () => {
    const { h, meetings } = await scheduler();
    h.sim.faults.script({ fault: 'throttle', when: (r) => r.path === '/me/events', times: 2 });
    const scheduled = await meetings.schedule('lead-3', request, null);
    expect(h.sim.faults.stats.throttled).toBe(2);
    expect(h.sim.calendars.eventsOf('lead-3').map((e) => e.id)).toEqual([scheduled.eventId]);
  });

  it('asks for consent when the person has not given it, saying what for', async () => {
    const { meetings } = await scheduler();
    const refused = meetings.schedule('no-consent', request, null);
    await expect(refused).rejects.toBeInstanceOf(ConsentRequiredError);
    await expect(refused).rejects.toMatchObject({ purpose: 'add the visit to your Teams calendar' });
  });

  it('asks for consent when Graph refuses a token without Calendars.ReadWrite', async () => {
    const { h, meetings } = await scheduler();
    await expect(meetings.schedule('files-only', request, null)).rejects.toBeInstanceOf(ConsentRequiredError);
    expect(h.sim.calendars.eventsOf('files-only')).toEqual([]);
  });

  it('says Graph is unavailable, having created nothing, when it keeps failing', async () => {
    const { h, meetings } = await scheduler();
    h.sim.faults.script({ fault: 'unavailable', when: (r) => r.path === '/me/events', times: 50 });
    await expect(meetings.schedule('lead-4', request, null)).rejects.toBeInstanceOf(MeetingUnavailableError);
    expect(h.sim.calendars.eventsOf('lead-4')).toEqual([]);
  });

  it('makes a new event when the old one was deleted from the calendar', async () => {
    const { h, meetings } = await scheduler();
    const scheduled = await meetings.schedule('lead-5', request, 'AAMk-deleted-event');
    expect(h.sim.calendars.eventsOf('lead-5').map((e) => e.id)).toEqual([scheduled.eventId]);
  });
});
