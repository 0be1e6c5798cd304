import type { AssessmentListItem, NetworkScores, ReportView, ScoredAssessment } from '../../src/api/contracts';
import { seedAgreedReview } from '../../src/cli/seed-review';
import {
  appealGroundsProblem,
  appealOutcomeIncompleteProblem,
  decisionIncompleteProblem,
} from '../../src/domain/recognition-decision';
import type { RecognitionView } from '../../src/services/recognition/recognition-view';
import type { EvidenceHousekeeping, EvidenceStore } from '../../src/services/ports';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { download, PEER_REVIEW_DAY, readDocx, REPORTING_DAY, RHEUM } from './review-helpers';

/** The recognition decision through the API: proposal, decision with certificate, appeal and its outcome. */
const A = `/api/v1/assessments/${RHEUM}`;
const R = `${A}/recognition`;

interface Problem {
  code: string;
  detail: string;
  missing?: string[];
  closedOn?: string;
}

const RECOGNISED = {
  outcome: 'recognised',
  level: 'Meeting the standard',
  reasons: 'Every essential standard is met, and the visit confirmed the joint care plans.',
  validityMonths: 36,
  interimReviewMonths: 18,
};

async function storedFileNames(h: Harness): Promise<string[]> {
  const names: string[] = [];
  for await (const f of (h.app.ports.evidence as EvidenceStore & EvidenceHousekeeping).storedFiles()) {
    names.push(f.storageKey);
  }
  return names;
}

/** An agreed review of the rheumatology service whose report is final, as the panel would meet it. */
async function withFinalReport(h: Harness, options: { seeded?: boolean } = {}): Promise<Client> {
  h.now.value = PEER_REVIEW_DAY;
  if (!options.seeded) await seedAgreedReview(h.app.ports.store, RHEUM, PEER_REVIEW_DAY.toISOString());
  const admin = await h.signIn(EMAILS.admin);
  expect((await admin.send('POST', `${A}/report`)).status).toBe(201);
  for (const action of ['send_for_check', 'finalise']) {
    const current = (await admin.get<ReportView>(`${A}/report`)).body.report;
    const moved = await admin.send('POST', `${A}/report/transitions`, { action, note: '', version: current.version });
    expect(moved.status).toBe(200);
  }
  h.now.value = REPORTING_DAY;
  return admin;
}

describe('the recognition decision', () => {
  let h: Harness;
  let panel: Client;
  let serviceLead: Client;
  beforeAll(async () => {
    h = await startHarness();
    [panel, serviceLead] = await Promise.all([h.signIn(EMAILS.panel), h.signIn(EMAILS.rheumLead)]);
  });
  afterAll(() => h.close());

  it('waits for the final report: the panel is told why it cannot decide yet', async () => {
    h.now.value = PEER_REVIEW_DAY;
    await seedAgreedReview(h.app.ports.store, RHEUM, PEER_REVIEW_DAY.toISOString());
    const view = await panel.get<RecognitionView>(R);
    expect(view.status).toBe(200);
    expect(view.body.allowed.decide).toEqual({ allowed: false, reason: expect.stringContaining('not written yet') });
    const refused = await panel.send<Problem>('POST', `${R}/decision`, { ...RECOGNISED, version: 0 });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('recognition_not_ready');
  });

  it('shows the panel the proposal and why once the report is final', async () => {
    await withFinalReport(h, { seeded: true });
    const view = (await panel.get<RecognitionView>(R)).body;
    expect(view.proposal.levels).toEqual(['Excellent', 'Meeting the standard', 'Developing']);
    expect(view.proposal.levels).toContain(view.proposal.level);
    expect(view.proposal.summary).toMatch(/standards/);
    expect(view.policy).toEqual({ validityMonths: 36, interimReviewMonths: 18, appealWorkingDays: 20 });
    expect(view.allowed.decide).toEqual({ allowed: true });
    expect(view.current).toBeNull();
    // The review's pages link here for those who may read it: the service lead, once the review is agreed.
    const review = await serviceLead.get<{ readRecognition: unknown }>(`${A}/review`);
    expect(review.body.readRecognition).toEqual({ allowed: true });
  });

  it('refuses a decision without reasons or validity, naming each thing missing', async () => {
    const refused = await panel.send<Problem>('POST', `${R}/decision`, {
      outcome: 'recognised',
      level: 'Meeting the standard',
      version: 0,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('decision_incomplete');
    expect(refused.body.missing).toEqual([
      'the reasons for the decision',
      'how long the recognition is valid (months)',
      'when the interim review falls (months)',
    ]);
    // The tab's decision form says the same before sending anything.
    expect(refused.body.detail).toBe(
      decisionIncompleteProblem({ outcome: 'recognised', level: 'Meeting the standard' }),
    );
    const deferred = await panel.send<Problem>('POST', `${R}/decision`, {
      outcome: 'deferred',
      reasons: 'Training records are missing.',
      version: 0,
    });
    expect(deferred.body.missing).toEqual([
      'the conditions the service must meet',
      'the date by which the conditions must be met',
    ]);
    const badLevel = await panel.send<Problem>('POST', `${R}/decision`, { ...RECOGNISED, level: 'Gold', version: 0 });
    expect(badLevel.body.code).toBe('unknown_recognition_level');
    expect(await storedFileNames(h)).not.toContainEqual(expect.stringContaining('recognition-certificate'));
  });

  it('lets only the panel decide', async () => {
    const refused = await serviceLead.send<Problem>('POST', `${R}/decision`, { ...RECOGNISED, version: 0 });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain("network's recognition panel");
  });

  it('records a recognition with its dates and files its certificate in the service folder', async () => {
    const decided = await panel.send<RecognitionView>('POST', `${R}/decision`, { ...RECOGNISED, version: 0 });
    expect(decided.status).toBe(201);
    expect(decided.body.current).toMatchObject({
      outcome: 'recognised',
      level: 'Meeting the standard',
      decidedOn: '2027-03-20',
      expiresOn: '2030-03-20',
      interimReviewOn: '2028-09-20',
      appealClosesOn: '2027-04-16',
    });
    const certificate = decided.body.current?.certificate;
    expect(certificate?.fileName).toMatch(/^recognition-certificate-rheumatology-service-.*\.docx$/);
    expect(await storedFileNames(h)).toContain(certificate?.storageKey);
    expect(decided.body.dueNext).toEqual({ what: 'appeal_window', on: '2027-04-16' });
    expect(decided.body.allowed.decide.allowed).toBe(false);
  });

  it('gives a certificate that says the service, trust, level, date and validity', async () => {
    const file = await download(h, serviceLead.token, `${R}/certificate`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const doc = await readDocx(file.bytes);
    const text = doc.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Certificate of recognition');
    expect(text).toContain('Rheumatology service');
    expect(text).toContain("Guy's and St Thomas' NHS Foundation Trust");
    expect(text).toContain('Meeting the standard');
    expect(text).toContain('20 March 2027');
    expect(text).toContain('Valid until 20 March 2030, with an interim review by 20 September 2028');
  });

  it('shows the service lead the decision and lets them appeal within the window', async () => {
    const seen = (await serviceLead.get<RecognitionView>(R)).body;
    expect(seen.current?.level).toBe('Meeting the standard');
    expect(seen.allowed.appeal).toEqual({ allowed: true });
    expect(seen.allowed.decide.allowed).toBe(false);
    const noGrounds = await serviceLead.send<Problem>('POST', `${R}/appeal`, { grounds: ' ', version: seen.version });
    expect(noGrounds.body.code).toBe('appeal_incomplete');
    // The tab's appeal form says the same before sending anything.
    expect(noGrounds.body.detail).toBe(appealGroundsProblem(' '));
    const appealed = await serviceLead.send<RecognitionView>('POST', `${R}/appeal`, {
      grounds: 'The visit did not see our outreach clinic, which meets standard 1.4.',
      version: seen.version,
    });
    expect(appealed.status).toBe(201);
    expect(appealed.body.openAppeal?.grounds).toContain('outreach clinic');
    expect(appealed.body.allowed.appeal.allowed).toBe(false);
    const decidedAgain = await panel.send<Problem>('POST', `${R}/decision`, {
      ...RECOGNISED,
      version: appealed.body.version,
    });
    expect(decidedAgain.body).toMatchObject({
      code: 'appeal_waiting',
      detail: 'An appeal is waiting: record its outcome instead.',
    });
  });

  it("refuses an appeal's outcome without reasons, then upholds it with a new decision", async () => {
    const before = (await panel.get<RecognitionView>(R)).body;
    expect(before.allowed.decideAppeal).toEqual({ allowed: true });
    const bare = await panel.send<Problem>('POST', `${R}/appeal/outcome`, {
      result: 'upheld',
      version: before.version,
    });
    expect(bare.status).toBe(422);
    expect(bare.body.code).toBe('appeal_outcome_incomplete');
    expect(bare.body.missing).toEqual(['the reasons for the outcome', 'the decision that replaces the one appealed']);
    // The tab's outcome form says the same before sending anything.
    expect(bare.body.detail).toBe(
      appealOutcomeIncompleteProblem({ result: 'upheld', reasons: '', hasDecision: false }),
    );
    const upheld = await panel.send<RecognitionView>('POST', `${R}/appeal/outcome`, {
      result: 'upheld',
      reasons: 'The outreach clinic meets the standard; the panel saw its audit.',
      decision: { ...RECOGNISED, level: 'Excellent' },
      version: before.version,
    });
    expect(upheld.status).toBe(200);
    expect(upheld.body.history.map((d) => [d.number, d.level, d.onAppeal])).toEqual([
      [1, 'Meeting the standard', false],
      [2, 'Excellent', true],
    ]);
    expect(upheld.body.appeals[0]?.outcome?.result).toBe('upheld');
    expect(upheld.body.current?.appealClosesOn).toBeNull();
    expect((await serviceLead.get<RecognitionView>(R)).body.allowed.appeal).toEqual({
      allowed: false,
      reason: 'This decision was made on appeal and is final.',
    });
    const doc = await readDocx((await download(h, serviceLead.token, `${R}/certificate`)).bytes);
    expect(doc.html).toContain('Excellent');
  });

  it("shows each service's formal status, expiry and what is due next on the organisation and network dashboards", async () => {
    const admin = await h.signIn(EMAILS.admin);
    const organisation = await admin.get<ScoredAssessment[]>(
      '/api/v1/organisations/org-gstt/scores?cycleId=cycle-current',
    );
    const rheum = organisation.body.find((s) => s.assessmentId === RHEUM);
    expect(rheum?.formalStatus).toEqual({
      status: 'recognised',
      level: 'Excellent',
      decidedOn: '2027-03-20',
      expiresOn: '2030-03-20',
      dueNext: { what: 'interim_review', on: '2028-09-20' },
    });
    const listed = await serviceLead.get<AssessmentListItem[]>('/api/v1/assessments?cycleId=cycle-current');
    expect(listed.body.find((a) => a.assessment.id === RHEUM)?.formalStatus).toMatchObject({
      status: 'recognised',
      level: 'Excellent',
      expiresOn: '2030-03-20',
    });
    const network = await admin.get<NetworkScores>('/api/v1/network/scores?cycleId=cycle-current');
    const rows = network.body.assessments ?? [];
    expect(rows.find((r) => r.assessmentId === RHEUM)?.formalStatus.status).toBe('recognised');
    expect(rows.find((r) => r.assessmentId !== RHEUM)?.formalStatus.status).toBe('awaiting_decision');
  });

  it("puts every step in the assessment's audit trail", async () => {
    const admin = await h.signIn(EMAILS.admin);
    const trail = await admin.get<{ entityKind: string; actorId: string }[]>(`${A}/audit`);
    const steps = trail.body.filter((e) => e.entityKind === 'recognition').map((e) => e.actorId);
    expect(steps).toEqual(['p-panel', 'p-sl-rheum', 'p-panel']);
  });
});

describe('appealing after the window', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('is refused with the date the window closed', async () => {
    h = await startHarness();
    await withFinalReport(h);
    const panel = await h.signIn(EMAILS.panel);
    await panel.send('POST', `${R}/decision`, {
      outcome: 'not_recognised',
      reasons: 'Essential standards on physical health checks are not met.',
      version: 0,
    });
    // Decided on Saturday 20 March: 20 working days run to Friday 16 April; the Sunday after is too late.
    h.now.value = new Date('2027-04-18T09:00:00Z');
    const lead = await h.signIn(EMAILS.rheumLead);
    const view = (await lead.get<RecognitionView>(R)).body;
    expect(view.allowed.appeal).toEqual({ allowed: false, reason: 'The time to appeal closed on 16 April 2027.' });
    const late = await lead.send<Problem>('POST', `${R}/appeal`, { grounds: 'We disagree.', version: view.version });
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({ code: 'appeal_window_closed', closedOn: '2027-04-16' });
  });
});

describe('a certificate that cannot be made or filed', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('leaves no file and no decision when the certificate fails to render', async () => {
    h = await startHarness({
      certificates: {
        certificate: () => Promise.reject(new Error('the renderer broke')),
      },
    });
    await withFinalReport(h);
    const panel = await h.signIn(EMAILS.panel);
    const failed = await panel.send<Problem>('POST', `${R}/decision`, { ...RECOGNISED, version: 0 });
    expect(failed.status).toBe(500);
    expect(await storedFileNames(h)).not.toContainEqual(expect.stringContaining('recognition-certificate'));
    const view = (await panel.get<RecognitionView>(R)).body;
    expect([view.current, view.version]).toEqual([null, 0]);
  });

  it('removes the filed certificate when the decision cannot be stored', async () => {
    h = await startHarness();
    await withFinalReport(h);
    const panel = await h.signIn(EMAILS.panel);
    // Someone else recorded first: this panel member's write carries a stale version and is refused.
    const stale = await panel.send<Problem>('POST', `${R}/decision`, { ...RECOGNISED, version: 3 });
    expect(stale.status).toBe(409);
    expect(await storedFileNames(h)).not.toContainEqual(expect.stringContaining('recognition-certificate'));
    expect((await panel.get<RecognitionView>(R)).body.current).toBeNull();
  });
});

describe('a deferred decision', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('is decided again once the conditions are reviewed, and a decision that stands is not', async () => {
    h = await startHarness();
    await withFinalReport(h);
    const panel = await h.signIn(EMAILS.panel);
    const deferred = await panel.send<RecognitionView>('POST', `${R}/decision`, {
      outcome: 'deferred',
      conditions: 'Show the training records of every clinician.',
      conditionsDueBy: '2027-09-30',
      reasons: 'Training records are missing.',
      version: 0,
    });
    expect(deferred.status).toBe(201);
    expect(deferred.body.current).toMatchObject({ outcome: 'deferred', conditionsDueBy: '2027-09-30', level: null });
    expect(deferred.body.current?.certificate).toBeNull();
    expect(deferred.body.allowed.decide).toEqual({ allowed: true });

    h.now.value = new Date('2027-10-01T09:00:00Z');
    const recognised = await panel.send<RecognitionView>('POST', `${R}/decision`, {
      ...RECOGNISED,
      version: deferred.body.version,
    });
    expect(recognised.status).toBe(201);
    expect(recognised.body.history.map((d) => d.outcome)).toEqual(['deferred', 'recognised']);
    expect(recognised.body.current).toMatchObject({ decidedOn: '2027-10-01', expiresOn: '2030-10-01' });

    const again = await panel.send<Problem>('POST', `${R}/decision`, {
      outcome: 'not_recognised',
      reasons: 'Changed our minds.',
      version: recognised.body.version,
    });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({
      code: 'already_decided',
      detail: 'The panel has decided; the decision changes only on appeal.',
    });
  });
});
