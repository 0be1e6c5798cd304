import { connectorChannelMessenger } from '../../bot/sender/channel-messenger';
import type { ChannelSendProgress } from '../../src/domain/questionnaires/channel-send-progress';
import { demoGuid } from '../../src/cli/seed-random';
import { resumeChannelSends } from '../../src/services/questionnaires/channel-send-job';
import { CONTEXT } from '../bot/card-samples';
import { FakeConnector } from '../bot/fake-connector';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { openStaffRunInCoastChannel } from '../bot/coast-staff-channel';

const ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';
const CHANNEL = '19:coast-everyone@thread.tacv2';
const TOM = 'p-sl-cmht';

interface Permission {
  readonly allowed: boolean;
  readonly reason?: string;
}
interface Page {
  readonly runs: readonly {
    id: string;
    audience: string;
    channelSend: ChannelSendProgress | null;
    allowed: { send_to_channel: Permission };
  }[];
}

/**
 * Sending a staff questionnaire to a large channel runs as a background job: the lead's request answers at once, the
 * tab follows its progress, a second press starts nothing, and a restart carries it on without a second card.
 */
describe("the staff questionnaire sent to the channel's members as a background job", () => {
  let h: Harness;
  let lead: Client;
  let connector: FakeConnector;
  let runId: string;
  let sendPath: string;
  let progressPath: string;

  const staffRun = async () => {
    const page = await lead.get<Page>(`${ASSESSMENT}/questionnaires`);
    const run = page.body.runs.find((r) => r.audience === 'staff');
    if (!run) throw new Error('no staff run');
    return run;
  };
  const progress = async (): Promise<ChannelSendProgress | null> =>
    (await lead.get<{ job: ChannelSendProgress | null }>(progressPath)).body.job;

  beforeAll(async () => {
    h = await startHarness();
    const tenant = (await h.app.ports.store.get('person', TOM))?.tenantId ?? 'no tenant';
    connector = new FakeConnector(
      CHANNEL,
      [
        [
          { id: '29:amy', aadObjectId: 'oid-amy', name: 'Amy Nurse', userRole: 'user' },
          { id: '29:ben', aadObjectId: 'oid-ben', name: 'Ben Therapist', userRole: 'user' },
        ],
        [
          { id: '29:cat', aadObjectId: 'oid-cat', name: 'Cat Blocked', userRole: 'user' },
          { id: '29:tom', aadObjectId: demoGuid(`person:${TOM}`), name: 'Tom Fitzgerald', userRole: 'user' },
        ],
      ],
      { throttleOnce: [] },
    );
    const serviceUrl = await connector.start();
    ({ lead, runId } = await openStaffRunInCoastChannel(
      h,
      { id: CHANNEL, tenantId: tenant, serviceUrl },
      '2026-12-31T17:00:00Z',
    ));
    sendPath = `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(runId)}/send-to-channel`;
    progressPath = `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(runId)}/channel-send`;
  });
  afterAll(async () => {
    await h.app.backgroundWork();
    await connector.stop();
    await h.close();
  });

  it('has nothing to show before it is first sent, and only the lead may follow it', async () => {
    expect(await progress()).toBeNull();
    expect((await staffRun()).channelSend).toBeNull();
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    expect((await contributor.get(progressPath)).status).toBe(403);
  });

  it('answers 202 at once with where to follow it, refuses a second press while it runs, and carries on after a restart without a second card', async () => {
    // Amy's card is caught in flight when the instance sending it stops.
    const amy = connector.holdCardsTo('a:chat-29:amy');
    const started = await fetch(`${h.baseUrl}${sendPath}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(progressPath);
    expect(await started.json()).toMatchObject({ state: 'running', sent: 0 });
    await amy.reached;

    // The tab follows it: the roster is read (4 members to send to), nothing delivered yet.
    expect(await progress()).toMatchObject({ state: 'running', total: 4, sent: 0, couldNotReach: 0 });
    expect((await progress())?.message).toBe('Sending: 0 of 4 sent.');

    // A second press starts nothing, and says why in plain English.
    const again = await lead.send<{ code: string; detail: string; progress: ChannelSendProgress }>('POST', sendPath);
    expect(again.status).toBe(409);
    expect(again.contentType).toContain('application/problem+json');
    expect(again.body.code).toBe('channel_send_running');
    expect(again.body.detail).toBe(
      "This questionnaire is being sent to the channel's members already (0 of 4 sent). Wait for it to finish: its progress shows on this page.",
    );
    const run = await staffRun();
    expect(run.allowed.send_to_channel).toEqual({
      allowed: false,
      reason: "It is being sent to the channel's members now: its progress shows here.",
    });
    expect(run.channelSend?.state).toBe('running');

    // The instance stops (its lease lapses); after the restart the job is carried on where it stopped.
    h.now.value = new Date(h.now.value.getTime() + 5 * 60_000);
    const restarted = connectorChannelMessenger(null, CONTEXT.links);
    expect(await resumeChannelSends(h.app.ports, restarted, () => 'restarted-instance')).toEqual(['completed']);
    const done = await progress();
    // Amy's card, in flight at the stop, counts as sent and is not sent again; Cat has blocked the app.
    expect(done).toMatchObject({ state: 'completed', total: 4, sent: 3, couldNotReach: 1, sentBefore: 0 });
    expect(done?.message).toBe('3 sent; 1 could not be reached.');
    expect(done?.finishedAt).not.toBeNull();
    amy.release();
    await h.app.backgroundWork();
    expect(connector.cards.map((c) => c.chat).sort()).toEqual(['a:chat-29:amy', 'a:chat-29:ben', 'a:chat-29:tom']);
    // The stopped instance's job found it taken over and stopped: the final result stands.
    expect(await progress()).toMatchObject({ state: 'completed', sent: 3, couldNotReach: 1 });
    expect((await staffRun()).allowed.send_to_channel).toEqual({ allowed: true });
  });

  it('sends nobody a second card when the lead sends again, and says so once it has run', async () => {
    const started = await lead.send<ChannelSendProgress>('POST', sendPath);
    expect(started.status).toBe(202);
    await h.app.backgroundWork();
    expect(connector.cards).toHaveLength(3);
    expect(await progress()).toMatchObject({ state: 'completed', sent: 0, couldNotReach: 1, sentBefore: 3 });
  });

  it('ends as failed, with what to do, when Teams does not list the channel', async () => {
    connector.rosterRefusal = 403;
    try {
      expect((await lead.send('POST', sendPath)).status).toBe(202);
      await h.app.backgroundWork();
      const failed = await progress();
      expect(failed?.state).toBe('failed');
      expect(failed?.message).toBe(
        "Teams did not list the members of the service's channel (Teams answered 403). Send it again in a few minutes: nobody who has it is sent it twice. Staff can answer in the tab, under My work, meanwhile.",
      );
      expect(connector.cards).toHaveLength(3);
    } finally {
      connector.rosterRefusal = null;
    }
  });

  it('refuses a contributor with a problem the tab can show', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const refused = await contributor.send<{ detail: string }>('POST', sendPath);
    expect(refused.status).toBe(403);
    expect(refused.contentType).toContain('application/problem+json');
  });
});
