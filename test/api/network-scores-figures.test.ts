import type { NetworkScores } from '../../src/api/contracts';
import type { ScoreReport } from '../../src/domain/scoring';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

const URL = '/api/v1/network/scores?cycleId=cycle-current';
const COAST = 'a-cur-svc-slam-coast';

/** What the network view shows of one assessment, as its own score report says it. */
function figuresOf(report: ScoreReport) {
  return {
    overallPercent: report.overall.percent,
    themePercents: report.byTheme.map((t) => t.score.percent),
    recognitionLevel: report.recognition.level,
  };
}

async function ownFigures(client: Client, assessmentId: string) {
  const res = await client.get<ScoreReport>(`/api/v1/assessments/${assessmentId}/scores`);
  expect(res.status).toBe(200);
  return figuresOf(res.body);
}

describe("the network's scores, from each assessment's summary", () => {
  let h: Harness;
  let admin: Client;

  beforeAll(async () => {
    h = await startHarness();
    admin = await h.signIn(EMAILS.admin);
  });
  afterAll(() => h.close());

  it("shows every service with the same figures as the service's own scores", async () => {
    const network = await admin.get<NetworkScores>(URL);
    const rows = network.body.assessments ?? [];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const shown = {
        overallPercent: row.overallPercent,
        themePercents: row.themePercents,
        recognitionLevel: row.recognitionLevel,
      };
      expect({ id: row.assessmentId, ...shown }).toEqual({
        id: row.assessmentId,
        ...(await ownFigures(admin, row.assessmentId)),
      });
    }
  });

  it('shows a saved rating at once', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const detail = await lead.get<{ responses: { standardCode: string; rating: string | null; version: number }[] }>(
      `/api/v1/assessments/${COAST}`,
    );
    const response = detail.body.responses.find((r) => r.rating !== 'not_met') ?? detail.body.responses[0];
    if (!response) throw new Error('the Coast assessment has no responses');
    const saved = await lead.send('PUT', `/api/v1/assessments/${COAST}/responses/${response.standardCode}`, {
      rating: 'not_met',
      narrative: 'Not yet in place.',
      version: response.version,
    });
    expect(saved.status).toBe(200);

    const network = await admin.get<NetworkScores>(URL);
    const row = network.body.assessments?.find((r) => r.assessmentId === COAST);
    expect(row?.overallPercent).toBe((await ownFigures(admin, COAST)).overallPercent);
  });
});
