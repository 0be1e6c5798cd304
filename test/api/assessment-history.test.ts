import type { AssessmentHistory } from '../../src/api/contracts';
import type { AuditEvent } from '../../src/domain/audit';
import { EMAILS, startHarness, type Harness } from './harness';
import { PEER_REVIEW_DAY, RHEUM, SELF_ASSESSMENT_DAY } from './review-helpers';

/**
 * An assessment's history: its audit trail in words, with people's names, newest first; the review team's own
 * working left out for people who may not read the review yet.
 */
let h: Harness;
afterEach(() => h.close());

describe('GET /assessments/:id/history', () => {
  it('tells the service lead who rated what, newest first, by name and in words', async () => {
    h = await startHarness();
    h.now.value = SELF_ASSESSMENT_DAY;
    const lead = await h.signIn(EMAILS.coastLead);
    const A = '/api/v1/assessments/a-cur-svc-slam-coast';
    const detail = (
      await lead.get<{ responses: { standardCode: string; version: number; rating: string | null }[] }>(A)
    ).body;
    const target = detail.responses.find((r) => r.rating !== 'met');
    if (!target) throw new Error('every standard is met');
    expect(
      (await lead.send('PUT', `${A}/responses/${target.standardCode}`, { rating: 'met', version: target.version }))
        .status,
    ).toBe(200);

    const history = await lead.get<AssessmentHistory>(`${A}/history`);
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ subjectName: 'COAST early intervention service', cycleName: 'Cycle 2026/27' });
    const newest = history.body.entries[0];
    expect(newest).toMatchObject({ who: 'Ella Morgan', standardCode: target.standardCode });
    expect(newest?.what).toMatch(new RegExp(`^${target.standardCode.replace('.', '\\.')} .+: rated Met \\(was `));
    const times = history.body.entries.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('leaves each reviewer’s ratings out for the service until it may read the review, in the trail as well', async () => {
    h = await startHarness();
    h.now.value = PEER_REVIEW_DAY;
    const A = `/api/v1/assessments/${RHEUM}`;
    const [leadReviewer, peer, service, admin] = await Promise.all([
      h.signIn(EMAILS.leadReviewer),
      h.signIn(EMAILS.peerReviewer),
      h.signIn(EMAILS.rheumLead),
      h.signIn(EMAILS.admin),
    ]);
    const version = (await admin.get<{ assessment: { version: number } }>(A)).body.assessment.version;
    expect((await leadReviewer.send('POST', `${A}/review/start`, { version })).status).toBe(200);
    const saved = await peer.send('PUT', `${A}/review/ratings/1.1`, { rating: 'partly_met', version: 0 });
    expect(saved.status).toBe(200);

    const reviewersRating = (entries: AssessmentHistory['entries']) =>
      entries.filter((e) => e.what.startsWith('Added a reviewer’s rating'));
    expect(reviewersRating((await admin.get<AssessmentHistory>(`${A}/history`)).body.entries)).not.toEqual([]);
    const seenByService = await service.get<AssessmentHistory>(`${A}/history`);
    expect(seenByService.status).toBe(200);
    expect(reviewersRating(seenByService.body.entries)).toEqual([]);
    const trail = await service.get<AuditEvent[]>(`${A}/audit`);
    expect(trail.body.filter((e) => e.entityKind === 'reviewRating')).toEqual([]);
    expect((await admin.get<AuditEvent[]>(`${A}/audit`)).body.some((e) => e.entityKind === 'reviewRating')).toBe(true);
  });

  it('is refused to people who may not see the trail', async () => {
    h = await startHarness();
    const contributor = await h.signIn(EMAILS.coastContributorTheme2);
    const res = await contributor.get('/api/v1/assessments/a-cur-svc-slam-coast/history');
    expect(res.status).toBe(403);
  });
});
