import type { EvidenceRecord } from '../../src/domain/evidence';
import type { ReviewView } from '../../src/api/contracts';
import { responseId } from '../../src/domain/assessment';
import { ConsentRequiredError, type PickedFileRef, type UserFileSource } from '../../src/services/user-files';
import { EMAILS, startHarness, type Client, type Harness } from './harness';
import { download, PEER_REVIEW_DAY, REPORTING_DAY, RHEUM } from './review-helpers';

/** What the reviewer's workspace reads and does: own ratings, findings, progress and the team's own files. */
let h: Harness;
let lead: Client;
let peer: Client;
let expert: Client;
let admin: Client;
const A = `/api/v1/assessments/${RHEUM}`;
const PDF = Buffer.alloc(4096, 7);
PDF.write('%PDF-1.7 visit notes', 0);

const LINK = 'https://slam-my.sharepoint.com/personal/maria_santos/Documents/Visit%20photo.png';

/** Stands in for Graph on the reviewer's behalf: one photo by its link, and one person who has not consented. */
class FakeUserFiles implements UserFileSource {
  async open(_token: string, ref: PickedFileRef) {
    if ('shareUrl' in ref && ref.shareUrl.includes('needs-consent')) throw new ConsentRequiredError(['Files.Read.All']);
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    return {
      fileName: 'Visit photo.png',
      contentType: 'image/png',
      sizeBytes: bytes.length,
      webUrl: LINK,
      versionId: null,
      content: (async function* () {
        yield new Uint8Array(bytes);
      })(),
    };
  }
}

beforeAll(async () => {
  h = await startHarness({ userFiles: new FakeUserFiles() });
  h.now.value = PEER_REVIEW_DAY;
  [lead, peer, expert, admin] = await Promise.all([
    h.signIn(EMAILS.leadReviewer),
    h.signIn(EMAILS.peerReviewer),
    h.signIn(EMAILS.expert),
    h.signIn(EMAILS.admin),
  ]);
});
afterAll(() => h.close());

const view = async (who: Client) => (await who.get<ReviewView>(`${A}/review`)).body;
const line = (v: ReviewView, code: string) => {
  const found = v.standards.find((s) => s.standardCode === code);
  if (!found) throw new Error(`no standard ${code}`);
  return found;
};

async function uploadForTeam(who: Client, name: string, bytes: Buffer, type = 'application/pdf') {
  const res = await fetch(`${h.baseUrl}${A}/review/evidence?fileName=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${who.token}`, 'content-type': type },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as EvidenceRecord & { code?: string; detail?: string } };
}

describe("the reviewer's workspace", () => {
  it('before the review starts, says per standard why nothing can be rated yet', async () => {
    const v = await view(peer);
    const reason =
      'This assessment is submitted, not under review, so review ratings and findings cannot be recorded. The lead reviewer starts the review first.';
    expect(line(v, '1.1').allowed).toEqual({
      rate: { allowed: false, reason },
      record_finding: { allowed: false, reason },
    });
    expect(v.allowed.add_evidence).toEqual({ allowed: false, reason });
  });

  it("shows each standard's wording, the service's linked evidence by name, and no rating of mine yet", async () => {
    const at = PEER_REVIEW_DAY.toISOString();
    const response = await h.app.ports.store.get('response', responseId(RHEUM, '1.1'));
    if (!response) throw new Error('no response 1.1');
    await h.app.ports.store.commit({ actorId: 'test', at }, [
      {
        op: 'put',
        kind: 'evidence',
        expectedVersion: 0,
        value: {
          id: 'ev-clinic-audit',
          version: 0,
          assessmentId: RHEUM,
          fileName: 'Clinic audit.pdf',
          contentType: 'application/pdf',
          sizeBytes: 10,
          storageKey: 'nowhere',
          source: null,
          uploadedBy: 'p-rheum-lead',
          uploadedAt: at,
        },
      },
      {
        op: 'put',
        kind: 'response',
        expectedVersion: response.version,
        value: { ...response, evidenceIds: ['ev-clinic-audit'] },
      },
    ]);
    const standard = line(await view(peer), '1.1');
    expect(standard.text.length).toBeGreaterThan(0);
    expect(standard.selfEvidence.map((e) => e.fileName)).toEqual(['Clinic audit.pdf']);
    expect(standard.mine).toBeNull();
  });

  it("once under review, gives each reviewer their own rating back and counts everyone's progress", async () => {
    const version = (await admin.get<{ assessment: { version: number } }>(A)).body.assessment.version;
    expect((await lead.send('POST', `${A}/review/start`, { version })).status).toBe(200);
    const saved = await peer.send('PUT', `${A}/review/ratings/1.1`, {
      rating: 'partly_met',
      comment: 'Two of three clinics.',
      version: 0,
    });
    expect(saved.status).toBe(200);
    await peer.send('PUT', `${A}/review/ratings/1.2`, { rating: 'met', comment: '', version: 0 });

    const asPeer = await view(peer);
    expect(line(asPeer, '1.1').mine).toMatchObject({ rating: 'partly_met', comment: 'Two of three clinics.' });
    expect(line(asPeer, '1.1').allowed.rate).toEqual({ allowed: true });
    expect(line(await view(expert), '1.1').mine).toBeNull();
    const total = asPeer.standards.length;
    expect(asPeer.progress.map((p) => [p.personId, p.rated, p.toRate])).toEqual([
      ['p-lead-reviewer', 0, total],
      ['p-peer-mh', 2, total - 2],
      ['p-expert', 0, total],
    ]);
  });

  it('lets the author and the lead reviewer change a finding, and tells the others why not', async () => {
    const added = await peer.send<{ id: string }>('POST', `${A}/review/findings`, {
      standardCode: '1.1',
      kind: 'good_practice',
      text: 'Nurses ask every patient about mood at each visit.',
    });
    expect(added.status).toBe(201);
    const findingIn = (v: ReviewView) => line(v, '1.1').findings.find((f) => f.id === added.body.id);
    expect(findingIn(await view(peer))).toMatchObject({
      recordedByName: expect.any(String),
      allowed: { change: { allowed: true } },
    });
    expect(findingIn(await view(lead))?.allowed.change).toEqual({ allowed: true });
    expect(findingIn(await view(expert))?.allowed.change).toEqual({
      allowed: false,
      reason: 'Only the reviewer who recorded this finding, or the lead reviewer, can change it.',
    });
  });

  it("keeps the team's own files apart from the service's evidence, with the same content checks", async () => {
    const notes = await uploadForTeam(expert, 'Visit notes.pdf', PDF);
    expect([notes.status, notes.body.detail]).toEqual([201, undefined]);
    expect(notes.body.collection).toBe('review_team');
    const exe = await uploadForTeam(peer, 'photo.png', Buffer.from('MZ\x90\x00'), 'image/png');
    expect(exe.status).toBe(422);

    // The team and the network admin see it; it is not the service's evidence.
    for (const who of [lead, peer, admin]) {
      expect((await view(who)).teamEvidence.map((e) => e.fileName)).toEqual(['Visit notes.pdf']);
    }
    const serviceList = await admin.get<EvidenceRecord[]>(`${A}/evidence`);
    expect(serviceList.body.map((e) => e.fileName)).toEqual(['Clinic audit.pdf']);
    expect((await download(h, admin.token, `${A}/evidence/${notes.body.id}/content`)).status).toBe(404);

    const got = await download(h, peer.token, `${A}/review/evidence/${notes.body.id}/content`);
    expect([got.status, got.bytes.equals(PDF)]).toEqual([200, true]);
  });

  it("copies a file in from a reviewer's own OneDrive for the team, and asks for consent when it is missing", async () => {
    const photo = await expert.send<EvidenceRecord>('POST', `${A}/review/evidence/from-drive`, { url: LINK });
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ collection: 'review_team', source: { webUrl: LINK } });
    const consent = await expert.send<{ consentRequired?: boolean }>('POST', `${A}/review/evidence/from-drive`, {
      url: `${LINK}?needs-consent`,
    });
    expect([consent.status, consent.body.consentRequired]).toEqual([403, true]);
    // The team's list holds both files; the service's list still neither.
    expect((await view(lead)).teamEvidence.map((e) => e.fileName)).toEqual(['Visit notes.pdf', 'Visit photo.png']);
    expect((await admin.get<EvidenceRecord[]>(`${A}/evidence`)).body.map((e) => e.fileName)).toEqual([
      'Clinic audit.pdf',
    ]);
  });

  it('a person outside the team can neither add team files nor rate, and is told why', async () => {
    const res = await uploadForTeam(admin, 'Admin notes.pdf', PDF);
    expect([res.status, res.body.code]).toEqual([422, 'not_on_review_team']);
    const v = await view(admin);
    expect(line(v, '1.1').allowed.rate).toEqual({
      allowed: false,
      reason:
        "Only members of this assessment's review team can rate standards in this review; you are not on the team.",
    });
    expect(v.allowed.add_evidence).toEqual({
      allowed: false,
      reason: "Only members of this assessment's review team can add files to this review; you are not on the team.",
    });
  });

  it("after the review window the service reads the review but never the team's files; reviewers are told why they are out", async () => {
    h.now.value = REPORTING_DAY;
    const service = await h.signIn(EMAILS.rheumLead);
    const v = await view(service);
    expect(v.teamEvidence).toEqual([]);
    const notes = (await view(admin)).teamEvidence[0];
    expect((await download(h, service.token, `${A}/review/evidence/${notes?.id ?? ''}/content`)).status).toBe(404);
    const outside = await peer.get<{ detail: string }>(`${A}/review`);
    expect(outside.status).toBe(403);
    expect(outside.body.detail).toContain('during the peer review window');
  });
});
