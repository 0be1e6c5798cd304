import type { ConversationRecord } from '../../src/domain/conversation';
import { exportQuestionnaireJson } from '../../src/domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

const ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';

interface Permission {
  readonly allowed: boolean;
  readonly reason?: string;
}
interface Page {
  readonly runs: readonly { id: string; audience: string; allowed: { send_to_channel: Permission } }[];
}

/** The lead chooses the members of the service's Teams channel as the staff questionnaire's audience. */
describe("the staff questionnaire's channel audience, as the API offers it", () => {
  let h: Harness;
  let lead: Client;
  const staffRun = async () => {
    const page = await lead.get<Page>(`${ASSESSMENT}/questionnaires`);
    const run = page.body.runs.find((r) => r.audience === 'staff');
    if (!run) throw new Error('no staff run');
    return run;
  };

  beforeAll(async () => {
    h = await startHarness();
    const admin = await h.signIn(EMAILS.admin);
    const imported = await admin.send<{ id: string }>('POST', '/api/v1/questionnaires/import', {
      format: 'json',
      content: exportQuestionnaireJson(STARTER_QUESTIONNAIRES[0]!),
      frameworkId: 'fw-mind-body-v1',
    });
    lead = await h.signIn(EMAILS.coastLead);
    await lead.send('POST', `${ASSESSMENT}/questionnaire-runs`, {
      questionnaireId: imported.body.id,
      closesAt: '2026-12-31T17:00:00Z',
    });
  });
  afterAll(() => h.close());

  it('says what to do while no Teams channel is linked to the service, and sends nothing', async () => {
    const run = await staffRun();
    expect(run.allowed.send_to_channel.allowed).toBe(false);
    expect(run.allowed.send_to_channel.reason).toContain(
      "No Teams channel is linked to this service yet: add the app to the service's team channel",
    );
    const sent = await lead.send<{ code: string; detail: string }>(
      'POST',
      `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(run.id)}/send-to-channel`,
    );
    expect(sent.status).toBe(422);
    expect(sent.body.detail).toContain('No Teams channel is linked to this service yet');
  });

  it('offers it to the lead once the app is in the service’s channel, and not to its contributors', async () => {
    const channel: ConversationRecord = {
      id: 'team:19:coast-staff@thread.tacv2',
      version: 0,
      scope: 'team',
      personId: null,
      tenantId: 'tenant-slam',
      objectId: null,
      serviceId: 'svc-slam-coast',
      reference: { serviceUrl: 'https://smba.example/', conversation: { id: '19:coast-staff@thread.tacv2' } },
      status: 'active',
      updatedAt: '2026-11-26T09:00:00.000Z',
    };
    await h.app.ports.store.commit({ actorId: 'test', at: '2026-11-26T09:00:00.000Z' }, [
      { op: 'put', kind: 'conversation', value: channel, expectedVersion: 0 },
    ]);
    expect((await staffRun()).allowed.send_to_channel).toEqual({ allowed: true });
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const path = `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent((await staffRun()).id)}/send-to-channel`;
    expect((await contributor.send('POST', path)).status).toBe(403);
  });
});
