import { ConsentRequiredError } from '../../src/services/user-files';
import type { EvidenceRecord } from '../../src/domain/evidence';
import type { PickedFileRef, UserFileSource } from '../../src/services/user-files';
import { EMAILS, startHarness, type Harness } from './harness';

const A = '/api/v1/assessments/a-cur-svc-slam-coast';
const LINK = 'https://slam-my.sharepoint.com/personal/ella_morgan/Documents/Physical%20health%20audit.pdf';

/** Stands in for Graph on the person's behalf: serves one file by its link, refuses one person's consent. */
class FakeUserFiles implements UserFileSource {
  readonly tokens: string[] = [];
  async open(userToken: string, ref: PickedFileRef) {
    this.tokens.push(userToken);
    if ('shareUrl' in ref && ref.shareUrl.includes('needs-consent')) throw new ConsentRequiredError(['Files.Read.All']);
    // An executable someone renamed to .pdf in their OneDrive.
    const renamed = 'shareUrl' in ref && ref.shareUrl.includes('renamed');
    const bytes = renamed
      ? Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])
      : Buffer.from('%PDF-1.7 audit of physical health checks');
    return {
      fileName: renamed ? 'Tool.pdf' : 'Physical health audit.pdf',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
      webUrl: LINK,
      versionId: '"{ABC},4"',
      content: (async function* () {
        yield new Uint8Array(bytes);
      })(),
    };
  }
}

let h: Harness;
const files = new FakeUserFiles();
beforeAll(async () => {
  h = await startHarness({ userFiles: files });
});
afterAll(() => h.close());

describe('copying in a file from the person’s own OneDrive or SharePoint', () => {
  it('reads it with the person’s own token, files it in the library, keeps the source link and version, and links it', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.send<EvidenceRecord>('POST', `${A}/evidence/from-drive`, {
      url: LINK,
      standardCodes: ['1.1', '1.4'],
    });
    expect(res.status).toBe(201);
    expect(res.body.source).toEqual({ webUrl: LINK, versionId: '"{ABC},4"' });
    expect(files.tokens.at(-1)).toBe(lead.token);
    const r14 = await lead.get<{ evidenceIds: string[] }>(`${A}/responses/1.4`);
    expect(r14.body.evidenceIds).toContain(res.body.id);
    const download = await fetch(`${h.baseUrl}${A}/evidence/${res.body.id}/content`, {
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(await download.text()).toBe('%PDF-1.7 audit of physical health checks');
  });

  it('refuses a file whose content is not what its name says, and stores nothing', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const before = (await lead.get<EvidenceRecord[]>(`${A}/evidence`)).body.length;
    const res = await lead.send<{ code: string; detail: string }>('POST', `${A}/evidence/from-drive`, {
      url: `${LINK}?renamed=1`,
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('file_content_mismatch');
    expect(res.body.detail).toMatch(/^Tool\.pdf is named as PDF but its content is EXE\./);
    expect((await lead.get<EvidenceRecord[]>(`${A}/evidence`)).body.length).toBe(before);
  });

  it('answers 403 with consentRequired when the person has not consented yet, and stores nothing', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const before = (await lead.get<EvidenceRecord[]>(`${A}/evidence`)).body.length;
    const res = await lead.send<{ consentRequired: boolean; code: string }>('POST', `${A}/evidence/from-drive`, {
      url: 'https://slam-my.sharepoint.com/needs-consent.pdf',
    });
    expect(res.status).toBe(403);
    expect(res.body.consentRequired).toBe(true);
    expect((await lead.get<EvidenceRecord[]>(`${A}/evidence`)).body.length).toBe(before);
  });

  it('refuses a link that is not a URL, naming the field', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.send<{ field: string }>('POST', `${A}/evidence/from-drive`, { url: 'my audit' });
    expect(res.status).toBe(400);
  });
});
