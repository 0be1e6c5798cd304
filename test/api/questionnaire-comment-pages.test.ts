import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { answerThroughLink } from '../../src/services/questionnaires/questionnaire-answers';
import { COMMENTS_PAGE } from '../../src/services/questionnaires/questionnaire-results-view';
import { openAsCoastLead } from './questionnaire-setup';
import { EMAILS, startHarness, type Client, type Harness } from './harness';

const ASSESSMENT = '/api/v1/assessments/a-cur-svc-slam-coast';
const CHOICES = { P1: 'agree', P2: 'yes', P3: 'no', P4: 'agree', P5: 'agree', P6: 'agree', P7: 'agree', P8: 'yes' };
const WRITTEN = COMMENTS_PAGE + 5;

interface Comments {
  readonly comments: { id: string; text?: string }[];
}

describe("a questionnaire's comments, a page at a time", () => {
  let h: Harness;
  let lead: Client;
  let runPath: string;

  beforeAll(async () => {
    h = await startHarness();
    const started = await openAsCoastLead(h, STARTER_QUESTIONNAIRES[1]!);
    lead = started.lead;
    runPath = `${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(started.opened.run.id)}`;
    for (let i = 0; i < WRITTEN; i += 1) {
      await answerThroughLink(h.app.ports, {
        token: started.opened.token,
        honeypot: '',
        choices: CHOICES,
        texts: { P9: `Comment ${i}` },
      });
    }
  });
  afterAll(() => h.close());

  it('gives the first page with the results and how many there are, then the rest, each comment once', async () => {
    const results = await lead.get<Comments & { commentsTotal: number; nextComments: string | null }>(
      `${runPath}/results`,
    );
    expect(results.body.comments).toHaveLength(COMMENTS_PAGE);
    expect(results.body.commentsTotal).toBe(WRITTEN);
    expect(results.body.nextComments).not.toBeNull();

    const rest = await lead.get<Comments & { next: string | null }>(
      `${runPath}/comments?after=${encodeURIComponent(results.body.nextComments ?? '')}`,
    );
    expect(rest.status).toBe(200);
    expect(rest.body.next).toBeNull();
    const texts = [...results.body.comments, ...rest.body.comments].map((c) => c.text);
    expect(new Set(texts).size).toBe(WRITTEN);
  });

  it('refuses the next page to a member of staff who may not read the free text', async () => {
    const contributor = await h.signIn(EMAILS.coastContributorTheme4);
    const res = await contributor.get(`${runPath}/comments?after=x`);
    expect(res.status).toBe(403);
  });
});
