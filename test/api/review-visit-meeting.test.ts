import { GraphMeetingScheduler } from '../../src/adapters/graph/meeting-scheduler';
import type { VisitDay, VisitView } from '../../src/api/contracts';
import { ConsentRequiredError } from '../../src/services/user-files';
import { startHarness as startGraph, type Harness as GraphHarness } from '../sharepoint/harness';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { PEER_REVIEW_DAY, RHEUM } from './review-helpers';

/** The visit scheduled as a Teams meeting through the Graph simulator, on the lead reviewer's behalf. */
let graph: GraphHarness;
let h: Harness;
let lead: Client;
let consented = true;
const V = `/api/v1/assessments/${RHEUM}/review/visit`;

beforeAll(async () => {
  graph = await startGraph();
  // Stands in for msal's on-behalf-of exchange; the simulator issues the delegated token Entra ID would.
  const obo = {
    getGraphToken: async (_assertion: string, scopes: string[]) => {
      if (!consented) throw new ConsentRequiredError(scopes);
      return graph.sim.tokens.issueDelegated('catherine.lowe', scopes);
    },
  };
  h = await startHarness({ meetings: new GraphMeetingScheduler(graph.graph, obo) });
  h.now.value = PEER_REVIEW_DAY;
  lead = await h.signIn(EMAILS.leadReviewer);
});
afterAll(async () => {
  await h.close();
  graph.graph.close();
  await graph.sim.close();
});
afterEach(() => {
  graph.sim.faults.clear();
  consented = true;
});

const meetingOf = async () => (await lead.get<VisitView>(V)).body.meeting;

describe('scheduling the visit as a Teams meeting', () => {
  it('asks for consent when the lead reviewer has not given it, and schedules nothing', async () => {
    consented = false;
    const res = await lead.send<{ consentRequired: boolean; detail: string }>('POST', `${V}/meeting`, {});
    expect(res.status).toBe(403);
    expect(res.body.consentRequired).toBe(true);
    expect(res.body.detail).toBe(
      'Give this app permission to add the visit to your Teams calendar on your behalf, then try again.',
    );
    expect(await meetingOf()).toBeNull();
    expect(graph.sim.calendars.eventsOf('catherine.lowe')).toEqual([]);
  });

  it('schedules through a throttled answer, inviting the team and the service lead, and shows the join link', async () => {
    graph.sim.faults.script({ fault: 'throttle', when: (r) => r.path === '/me/events' });
    const res = await lead.send<VisitDay>('POST', `${V}/meeting`, {});
    expect(res.status).toBe(200);
    expect(graph.sim.faults.stats.throttled).toBe(1);
    const [event] = graph.sim.calendars.eventsOf('catherine.lowe');
    expect(res.body.meeting).toMatchObject({ source: 'scheduled', eventId: event?.id, start: '2027-01-25T09:30' });
    expect(res.body.meeting?.source === 'scheduled' && res.body.meeting.invited).toEqual([
      'kwame.asante@slam.nhs.example',
      'maria.santos@slam.nhs.example',
      'grace.chen@gstt.nhs.example',
    ]);
    const joinUrl = (await meetingOf())?.joinUrl;
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    // The team carries the link too: it is what the bot's visit card to each member reads.
    const team = await lead.get<{ team: { meeting?: { joinUrl: string } } | null }>(
      `${V.replace(/\/review\/visit$/, '')}/review-team`,
    );
    expect(team.body.team?.meeting?.joinUrl).toBe(joinUrl);
  });

  it('re-scheduling updates the same event', async () => {
    const before = await meetingOf();
    const res = await lead.send<VisitDay>('POST', `${V}/meeting`, {});
    expect(res.status).toBe(200);
    expect(res.body.meeting?.joinUrl).toBe(before?.joinUrl);
    expect(graph.sim.calendars.eventsOf('catherine.lowe')).toHaveLength(1);
    expect(graph.sim.calendars.eventsOf('catherine.lowe')[0]?.changes).toBe(1);
  });

  it('leaves the review as it was when Graph is down, and says what to do', async () => {
    const before = (await lead.get<VisitView>(V)).body;
    graph.sim.faults.script({ fault: 'unavailable', when: (r) => r.path.startsWith('/me/events'), times: 100 });
    const res = await lead.send<{ code: string; detail: string }>('POST', `${V}/meeting`, {});
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('meeting_unavailable');
    expect(res.body.detail).toMatch(
      /nothing was changed\. Try again in a few minutes; if it keeps failing, make the meeting in Teams/,
    );
    const after = (await lead.get<VisitView>(V)).body;
    expect(after.meeting).toEqual(before.meeting);
    expect(after.version).toBe(before.version);
  });
});
