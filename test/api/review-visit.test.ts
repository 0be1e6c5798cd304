import type { SharedFeedback, VisitDay, VisitNote, VisitView } from '../../src/api/contracts';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { download, PEER_REVIEW_DAY, readDocx, RHEUM } from './review-helpers';

/** The visit day of the demo's GSTT rheumatology review: agenda, Word agenda, meeting link, notes and feedback. */
let h: Harness;
let lead: Client;
let peer: Client;
let serviceLead: Client;
const A = `/api/v1/assessments/${RHEUM}`;
const V = `${A}/review/visit`;
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5%40thread.v2/0?context=%7b%7d';

beforeAll(async () => {
  h = await startHarness();
  h.now.value = PEER_REVIEW_DAY;
  [lead, peer, serviceLead] = await Promise.all([
    h.signIn(EMAILS.leadReviewer),
    h.signIn(EMAILS.peerReviewer),
    h.signIn(EMAILS.rheumLead),
  ]);
});
afterAll(() => h.close());

const sections = (goodPractice: string) => ({
  goodPractice,
  areasForImprovement: 'Ask carers at each review.',
  immediateConcerns: 'None.',
  fromTheDay: 'Staff were welcoming.',
});

describe('the visit day of a peer review', () => {
  it('shows the lead reviewer an agenda built from the self-assessment, with whom to meet', async () => {
    const res = await lead.get<VisitView>(V);
    expect(res.status).toBe(200);
    const { agenda } = res.body;
    expect(agenda.themes.length).toBeGreaterThan(0);
    // Nobody has rated yet: the agenda says so by what it lists.
    expect(agenda.focus.basis).toBe('service_concerns');
    expect(agenda.people.serviceLeads.map((p) => p.name)).toEqual(['Grace Chen']);
    expect(agenda.people.team.map((m) => m.name)).toEqual(['Dr Catherine Lowe', 'Kwame Asante', 'Maria Santos']);
    expect(res.body.visit).toMatchObject({ startTime: '09:30', format: 'in_person' });
    expect(res.body.allowed.schedule).toEqual({ allowed: true });
    expect(res.body.teamsScheduling).toBe(false);
  });

  it('turns to where views differ once the team has rated', async () => {
    const before = (await lead.get<VisitView>(V)).body.agenda;
    const concern = before.focus.items[0];
    if (!concern) throw new Error('the demo has no standard rated not met or partly met');
    await lead.send('POST', `${A}/review/start`, {
      version: (await lead.get<{ assessment: { version: number } }>(A)).body.assessment.version,
    });
    expect(
      (await peer.send('PUT', `${A}/review/ratings/${concern.standardCode}`, { rating: 'met', version: 0 })).status,
    ).toBe(200);
    const after = (await lead.get<VisitView>(V)).body.agenda;
    expect(after.focus.basis).toBe('rating_differences');
    expect(after.focus.items[0]).toMatchObject({ standardCode: concern.standardCode, reviewers: ['met'] });
  });

  it('downloads the agenda as a Word document under an RFC 6266 file name, and it reads back', async () => {
    const file = await download(h, lead.token, `${V}/agenda/docx`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.disposition).toBe('attachment; filename="visit-agenda-rheumatology-service-2027-01-25.docx"');
    const doc = await readDocx(file.bytes);
    expect(doc.headings.map((x) => x.text)).toEqual(
      expect.arrayContaining(['The visit', 'Themes', 'Where views differ most', 'Evidence gaps', 'People to meet']),
    );
    expect(doc.html).toContain('Service lead: Grace Chen');
    expect(doc.html).toMatch(/from 09:30 \(UK time\), in person/);
  });

  it('says that scheduling in Teams needs Microsoft 365 here, and keeps a pasted Teams join link instead', async () => {
    const scheduled = await lead.send<{ code: string; detail: string }>('POST', `${V}/meeting`, {});
    expect(scheduled.status).toBe(422);
    expect(scheduled.body.code).toBe('meetings_need_microsoft_365');
    expect(scheduled.body.detail).toMatch(/Copy join link/);

    const wrong = await lead.send<{ code: string }>('PUT', `${V}/meeting/link`, {
      joinUrl: 'https://zoom.us/j/123',
      version: 0,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('not_a_teams_meeting_link');

    const kept = await lead.send<VisitDay>('PUT', `${V}/meeting/link`, { joinUrl: JOIN, version: 0 });
    expect(kept.status).toBe(200);
    expect((await peer.get<VisitView>(V)).body.meeting).toMatchObject({ source: 'linked', joinUrl: JOIN });
  });

  it('lets only the lead reviewer schedule the visit', async () => {
    const res = await peer.send('PUT', `${V}/meeting/link`, { joinUrl: JOIN, version: 1 });
    expect(res.status).toBe(403);
    expect((await peer.get<VisitView>(V)).body.allowed.schedule.allowed).toBe(false);
  });

  it('keeps each member’s notes per theme, shows them to the rest of the team only, and refuses a stale save', async () => {
    const saved = await peer.send<VisitNote>('PUT', `${V}/notes/1`, {
      text: 'Clinic staff screen for low mood.',
      version: 0,
    });
    expect(saved.status).toBe(200);
    const seen = (await lead.get<VisitView>(V)).body.notes?.find((n) => n.themeCode === '1');
    expect(seen?.others).toEqual([
      expect.objectContaining({ name: 'Kwame Asante', text: 'Clinic staff screen for low mood.' }),
    ]);
    expect(seen?.mine).toEqual({ text: '', version: 0 });
    expect((await peer.send('PUT', `${V}/notes/1`, { text: 'Older text', version: 0 })).status).toBe(409);
    // The service does not see the team's notes (nor the review) during the visit, not even in its audit trail.
    expect((await serviceLead.get(V)).status).toBe(403);
    const trail = await serviceLead.get(`${A}/audit`);
    expect(trail.status).toBe(200);
    expect(JSON.stringify(trail.body)).not.toContain('Clinic staff screen for low mood.');
  });

  it('drafts the preliminary feedback from the findings and notes, and shares it with the service when the lead confirms', async () => {
    const view = (await lead.get<VisitView>(V)).body;
    expect(view.feedback?.generated).toBe(true);
    expect(view.feedback?.sections.fromTheDay).toContain('Clinic staff screen for low mood. (Kwame Asante)');
    expect((await peer.send('PUT', `${V}/feedback`, { sections: sections('x'), version: view.version })).status).toBe(
      403,
    );

    const draft = await lead.send<VisitDay>('PUT', `${V}/feedback`, {
      sections: sections('Mood screening at every clinic.'),
      version: view.version,
    });
    expect(draft.status).toBe(200);
    expect(draft.body.feedback?.sharedAt).toBeNull();
    expect(JSON.stringify((await serviceLead.get(`${A}/audit`)).body)).not.toContain('Mood screening at every clinic.');
    expect((await serviceLead.get<{ feedback: SharedFeedback | null }>(`${A}/visit-feedback`)).body).toEqual({
      feedback: null,
    });

    const shared = await lead.send<VisitDay>('PUT', `${V}/feedback`, {
      sections: sections('Mood screening at every clinic.'),
      share: true,
      version: draft.body.version,
    });
    expect(shared.body.feedback?.sharedAt).toBe(PEER_REVIEW_DAY.toISOString());
    const read = await serviceLead.get<{ feedback: SharedFeedback | null }>(`${A}/visit-feedback`);
    expect(read.body.feedback).toMatchObject({
      sharedBy: 'Dr Catherine Lowe',
      sections: { goodPractice: 'Mood screening at every clinic.' },
    });
  });
});
