import type {
  AgreedReview,
  GoodPracticeFinding,
  LibraryEntry,
  LibraryEntryView,
  LibraryPage,
} from '../../src/api/contracts';
import type { AuditEvent } from '../../src/domain/audit';
import type { Finding } from '../../src/domain/review';
import { seedAgreedReview } from '../../src/cli/seed-review';
import { markLibraryAnnounced, pendingLibraryAnnouncements } from '../../src/services/library/library';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { PEER_REVIEW_DAY, RHEUM } from './review-helpers';

/**
 * The good-practice library after the review of GSTT rheumatology is agreed: the lead reviewer proposes its good
 * practice, the service agrees (or declines) before anything is published, the network searches and filters it,
 * and the service withdraws an entry with a reason.
 */
let h: Harness;
let lead: Client;
let serviceLead: Client;
let otherService: Client;
let reader: Client;
const A = `/api/v1/assessments/${RHEUM}`;
const GOOD = `${RHEUM}:finding:good_practice`;
const SECOND = `${RHEUM}:finding:good_practice:2`;
const entryId = (findingId: string) => `library:${findingId}`;
const agreement = {
  title: 'Mood questions at every clinic visit',
  whatTheyDo: 'Nurses ask two questions about mood and sleep at each visit and refer on the same day.',
  contact: { name: 'Grace Chen', email: 'Grace.Chen@gstt.nhs.example' },
  serviceType: 'long_term_conditions',
};

beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  await seedAgreedReview(h.app.ports.store, RHEUM, PEER_REVIEW_DAY.toISOString(), { state: 'under_review' });
  const second: Finding = {
    id: SECOND,
    version: 0,
    assessmentId: RHEUM,
    cycleId: 'cycle-current',
    standardCode: '3.1',
    kind: 'good_practice',
    text: 'Every new nurse shadows the liaison psychiatry team for a day.',
    recordedBy: 'p-lead-reviewer',
    recordedAt: PEER_REVIEW_DAY.toISOString(),
  };
  await h.app.ports.store.commit({ actorId: 'p-lead-reviewer', at: PEER_REVIEW_DAY.toISOString() }, [
    { op: 'put', kind: 'finding', value: second, expectedVersion: 0 },
  ]);
  const admin = await h.signIn(EMAILS.admin);
  [lead, serviceLead, otherService, reader] = await Promise.all([
    h.signIn(EMAILS.leadReviewer),
    h.signIn(EMAILS.rheumLead),
    h.signIn(EMAILS.cardioLead),
    h.signIn(EMAILS.coastContributorTheme4),
  ]);
  const version = (await admin.get<{ assessment: { version: number } }>(A)).body.assessment.version;
  const agreed = await lead.send<AgreedReview>('POST', `${A}/review/agree`, { version });
  expect(agreed.body.assessment.state).toBe('agreed');
});
afterAll(() => h.close());

async function entry(who: Client, id: string): Promise<LibraryEntryView> {
  return (await who.get<LibraryEntryView>(`/api/v1/library/${encodeURIComponent(id)}`)).body;
}

describe('proposing good practice, and the service agreeing before it is published', () => {
  it("shows the lead reviewer the review's good-practice findings, each with whether it may be proposed", async () => {
    const findings = (await lead.get<GoodPracticeFinding[]>(`${A}/library`)).body;
    expect(findings.map((f) => [f.findingId, f.entry, f.allowed.propose])).toEqual([
      [GOOD, null, { allowed: true }],
      [SECOND, null, { allowed: true }],
    ]);
    expect((await reader.get(`${A}/library`)).status).toBe(403);
  });

  it('refuses to propose a finding that is not good practice, or by someone outside the review and the service', async () => {
    const wrongKind = await lead.send<{ code: string }>('POST', `${A}/library`, {
      findingId: `${RHEUM}:finding:area_for_improvement`,
    });
    expect(wrongKind.body.code).toBe('not_good_practice');
    expect((await otherService.send('POST', `${A}/library`, { findingId: GOOD })).status).toBe(403);
  });

  it('records a proposal that nobody else can find until the service agrees', async () => {
    const proposed = await lead.send<LibraryEntry>('POST', `${A}/library`, {
      findingId: GOOD,
      note: 'Simple, cheap and it works: others should hear about it.',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      publishedAt: null,
      whatTheyDo: 'Every patient is asked about their mood and sleep at each clinic visit.',
      history: [{ step: 'proposed', by: 'p-lead-reviewer', reason: expect.stringMatching(/^Simple, cheap/) }],
    });
    const again = await lead.send<{ code: string }>('POST', `${A}/library`, { findingId: GOOD });
    expect(again.body.code).toBe('library_step_not_possible');
    expect((await reader.get<LibraryPage>('/api/v1/library')).body.entries).toEqual([]);
    expect((await reader.get(`/api/v1/library/${encodeURIComponent(entryId(GOOD))}`)).status).toBe(404);
    expect((await reader.get<LibraryPage>('/api/v1/library')).body.awaitingAgreement).toEqual([]);
  });

  it('puts the proposal in front of the service lead, who may agree or decline it', async () => {
    const page = (await serviceLead.get<LibraryPage>('/api/v1/library')).body;
    expect(page.awaitingAgreement.map((e) => [e.id, e.allowed.agree, e.allowed.decline])).toEqual([
      [entryId(GOOD), { allowed: true }, { allowed: true }],
    ]);
    expect((await otherService.get<LibraryPage>('/api/v1/library')).body.awaitingAgreement).toEqual([]);
  });

  it("publishes only with the service lead's agreement, in the service's words, and records it in the audit trail", async () => {
    const proposal = await entry(serviceLead, entryId(GOOD));
    const url = `/api/v1/library/${encodeURIComponent(proposal.id)}/agree`;
    const body = { ...agreement, version: proposal.version };
    expect((await otherService.send('POST', url, body)).status).toBe(403);
    expect((await lead.send('POST', url, body)).status).toBe(403);
    const incomplete = await serviceLead.send<{ code: string; detail: string }>('POST', url, {
      ...body,
      whatTheyDo: '',
    });
    expect(incomplete.body.code).toBe('library_entry_incomplete');
    const badType = await serviceLead.send<{ status: number }>('POST', url, { ...body, serviceType: 'hospital' });
    expect(badType.status).toBe(400);

    const published = await serviceLead.send<LibraryEntry>('POST', url, body);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'published',
      publishedBy: 'p-sl-rheum',
      serviceType: 'long_term_conditions',
      contact: { name: 'Grace Chen', email: 'grace.chen@gstt.nhs.example' },
      announcement: 'pending',
    });
    expect(published.body.history.map((d) => [d.step, d.byName])).toEqual([
      ['proposed', 'Dr Catherine Lowe'],
      ['agreed', 'Grace Chen'],
    ]);
    const trail = (await serviceLead.get<AuditEvent[]>(`${A}/audit`)).body.filter(
      (e) => e.entityKind === 'libraryEntry',
    );
    expect(trail.map((e) => [e.action, e.actorId, (e.after as LibraryEntry | null)?.status])).toEqual([
      ['create', 'p-lead-reviewer', 'proposed'],
      ['update', 'p-sl-rheum', 'published'],
    ]);
    const twice = await serviceLead.send<{ code: string }>('POST', url, { ...body, version: published.body.version });
    expect(twice.body.code).toBe('library_step_not_possible');
  });

  it('lets the service decline a proposal, with a reason, and publishes nothing', async () => {
    await lead.send('POST', `${A}/library`, { findingId: SECOND });
    const proposal = await entry(serviceLead, entryId(SECOND));
    const url = `/api/v1/library/${encodeURIComponent(proposal.id)}/decline`;
    const noReason = await serviceLead.send<{ code: string; detail: string }>('POST', url, {
      version: proposal.version,
      reason: '  ',
    });
    expect(noReason.body.code).toBe('library_reason_required');
    expect(noReason.body.detail).toMatch(/^Say why the service does not want to share this/);
    const declined = await serviceLead.send<LibraryEntry>('POST', url, {
      version: proposal.version,
      reason: 'The shadowing scheme is paused while we recruit.',
    });
    expect(declined.body).toMatchObject({ status: 'declined', publishedAt: null });
    expect(declined.body.history.at(-1)).toMatchObject({
      step: 'declined',
      by: 'p-sl-rheum',
      reason: 'The shadowing scheme is paused while we recruit.',
    });
    const findings = (await lead.get<GoodPracticeFinding[]>(`${A}/library`)).body;
    expect(findings.find((f) => f.findingId === SECOND)?.entry?.status).toBe('declined');
    expect(findings.find((f) => f.findingId === SECOND)?.allowed.propose).toEqual({
      allowed: false,
      reason: 'This finding has already been put forward for the library.',
    });
    expect((await reader.get<LibraryPage>('/api/v1/library?q=shadows')).body.entries).toEqual([]);
  });
});

describe('searching and filtering the library', () => {
  const titles = async (query: string) =>
    (await reader.get<LibraryPage>(`/api/v1/library${query}`)).body.entries.map((e) => e.title);

  it('tells everyone in the network, through who they are, that they may read the library', async () => {
    const me = (await reader.get<{ allowed: { read_library: unknown } }>('/api/v1/me')).body;
    expect(me.allowed.read_library).toEqual({ allowed: true });
  });

  it('finds entries by their words, for everyone in the network', async () => {
    expect(await titles('?q=mood%20sleep')).toEqual(['Mood questions at every clinic visit']);
    expect(await titles('?q=rheumatology')).toEqual(['Mood questions at every clinic visit']);
    expect(await titles('?q=smoking')).toEqual([]);
  });

  it('filters by theme, standard, organisation and type of service, and offers only what the library holds', async () => {
    const page = (await reader.get<LibraryPage>('/api/v1/library')).body;
    const published = page.entries[0] as LibraryEntryView;
    expect(page.filters).toEqual({
      themes: [{ code: published.themeCode, title: published.themeTitle }],
      standards: [{ code: published.standardCode, title: published.standardTitle }],
      organisations: [{ id: 'org-gstt', name: published.organisationName }],
      serviceTypes: ['long_term_conditions'],
    });
    expect(await titles(`?themeCode=${published.themeCode}`)).toHaveLength(1);
    expect(await titles('?themeCode=4')).toEqual([]);
    expect(await titles(`?standardCode=${published.standardCode}`)).toHaveLength(1);
    expect(await titles('?standardCode=5.9')).toEqual([]);
    expect(await titles('?organisationId=org-gstt')).toHaveLength(1);
    expect(await titles('?organisationId=org-kch')).toEqual([]);
    expect(await titles('?serviceType=long_term_conditions')).toHaveLength(1);
    expect(await titles('?serviceType=primary_care')).toEqual([]);
    const bad = await reader.get<{ detail: string }>('/api/v1/library?serviceType=hospital');
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/serviceType/);
  });
});

describe('announcing and withdrawing', () => {
  it('is announced once by the bot', async () => {
    const pending = await pendingLibraryAnnouncements(h.app.ports);
    expect(pending.map((e) => e.title)).toEqual(['Mood questions at every clinic visit']);
    await markLibraryAnnounced(h.app.ports, 'bot', pending[0] as LibraryEntry);
    expect(await pendingLibraryAnnouncements(h.app.ports)).toEqual([]);
  });

  it('is withdrawn by the service with a reason, which stays on record while the entry leaves the library', async () => {
    const published = await entry(serviceLead, entryId(GOOD));
    expect(published.allowed.withdraw).toEqual({ allowed: true });
    expect((await entry(reader, entryId(GOOD))).allowed.withdraw).toMatchObject({ allowed: false });
    const url = `/api/v1/library/${encodeURIComponent(published.id)}/withdraw`;
    expect((await otherService.send('POST', url, { version: published.version, reason: 'No.' })).status).toBe(403);
    const noReason = await serviceLead.send<{ code: string }>('POST', url, { version: published.version, reason: '' });
    expect(noReason.body.code).toBe('library_reason_required');
    const withdrawn = await serviceLead.send<LibraryEntry>('POST', url, {
      version: published.version,
      reason: 'The clinic has changed how it works; we will share the new way.',
    });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(withdrawn.body.history.map((d) => d.step)).toEqual(['proposed', 'agreed', 'withdrawn']);
    expect((await reader.get<LibraryPage>('/api/v1/library')).body.entries).toEqual([]);
    expect((await reader.get(`/api/v1/library/${encodeURIComponent(published.id)}`)).status).toBe(404);
    expect((await entry(serviceLead, published.id)).history.at(-1)).toMatchObject({
      step: 'withdrawn',
      reason: 'The clinic has changed how it works; we will share the new way.',
    });
    const again = await serviceLead.send<{ code: string }>('POST', url, {
      version: withdrawn.body.version,
      reason: 'Again.',
    });
    expect(again.body.code).toBe('library_step_not_possible');
  });
});
