import { createHash } from 'node:crypto';
import { parse as parseDisposition } from 'content-disposition';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalFolderEvidenceStore } from '../../src/adapters/evidence/local-folder-evidence-store';
import type { AssessmentDetail } from '../../src/api/contracts';
import type { EvidenceRecord } from '../../src/domain/evidence';
import { EMAILS, request, startHarness, type Harness } from './harness';
import { ObservedEvidenceStore } from './observed-evidence-store';

const A = '/api/v1/assessments/a-cur-svc-slam-coast';
let h: Harness;
let evidenceDir: string;
let evidence: ObservedEvidenceStore;
beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'qin-evidence-'));
  evidence = new ObservedEvidenceStore(new LocalFolderEvidenceStore(evidenceDir));
  h = await startHarness({ evidence });
});
afterAll(async () => {
  await h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

/** Every file under the evidence folder, however deep, by name. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

async function upload(token: string, name: string, bytes: Buffer, type = 'application/pdf', query = '') {
  const res = await fetch(`${h.baseUrl}${A}/evidence?fileName=${encodeURIComponent(name)}${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as EvidenceRecord & { code?: string; detail?: string } };
}

/** The start of every .docx, .xlsx and .pptx: a zip's local file header. */
const ZIP_START = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
/** The start of a Windows executable. */
const EXE_START = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

describe('evidence: collect once, use many', () => {
  it('uploads a 7 MiB audit, links it to three standards, and a reviewer-visible download returns the same bytes', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const bytes = Buffer.alloc(7 * 1024 * 1024, 7);
    bytes.write('%PDF-1.7 physical health audit', 0);
    const up = await upload(
      lead.token,
      'Physical health audit 2026.pdf',
      bytes,
      'application/pdf',
      '&standardCodes=1.1',
    );
    expect(up.status).toBe(201);
    expect(up.body.sizeBytes).toBe(bytes.length);
    const linked = await lead.send<{ standardCode: string }[]>('POST', `${A}/evidence/${up.body.id}/links`, {
      standardCodes: ['1.2', '1.3', '1.1'],
    });
    expect(linked.status).toBe(200);
    expect(linked.body.map((r) => r.standardCode).sort()).toEqual(['1.2', '1.3']);
    const detail = await lead.get<AssessmentDetail>(A);
    const withFile = detail.body.responses.filter((r) => r.evidenceIds.includes(up.body.id)).map((r) => r.standardCode);
    expect(withFile.sort()).toEqual(['1.1', '1.2', '1.3']);

    const res = await fetch(`${h.baseUrl}${A}/evidence/${up.body.id}/content`, {
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(res.status).toBe(200);
    expect(parseDisposition(res.headers.get('content-disposition') ?? '').parameters.filename).toBe(
      'Physical health audit 2026.pdf',
    );
    const downloaded = Buffer.from(await res.arrayBuffer());
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );

    const list = await lead.get<EvidenceRecord[]>(`${A}/evidence`);
    expect(list.body.map((e) => e.fileName)).toContain('Physical health audit 2026.pdf');
  });

  it('refuses a type the network does not keep, and one whose type contradicts its name', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const exe = await upload(lead.token, 'setup.exe', Buffer.from('MZ'), 'application/octet-stream');
    expect(exe.status).toBe(422);
    expect(exe.body.code).toBe('file_type_not_allowed');
    const lie = await upload(lead.token, 'minutes.pdf', Buffer.from('x'), 'image/png');
    expect(lie.body.code).toBe('file_type_mismatch');
  });

  it('refuses an executable named .pdf, saying what the file really is and which types are kept', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const before = (await lead.get<EvidenceRecord[]>(`${A}/evidence`)).body.length;
    const bytes = Buffer.concat([EXE_START, Buffer.alloc(3 * 1024 * 1024, 1)]);
    const res = await upload(lead.token, 'Audit results.pdf', bytes, 'application/pdf');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('file_content_mismatch');
    expect(res.body.detail).toMatch(/^Audit results\.pdf is named as PDF but its content is EXE\./);
    expect(res.body.detail).toContain('Evidence can be: PDF (.pdf), Word (.docx)');
    expect((await lead.get<EvidenceRecord[]>(`${A}/evidence`)).body.length).toBe(before);
    const zipAsPdf = await upload(lead.token, 'Minutes.pdf', ZIP_START, 'application/pdf');
    expect(zipAsPdf.body.code).toBe('file_content_mismatch');
  });

  it('accepts plain text as CSV, and refuses binary content named .csv', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const csv = await upload(lead.token, 'Clinic list.csv', Buffer.from('clinic,patients\r\nMon,12\r\n'), 'text/csv');
    expect(csv.status).toBe(201);
    const binary = await upload(lead.token, 'Clinic list.csv', EXE_START, 'text/csv');
    expect(binary.status).toBe(422);
    expect(binary.body.code).toBe('file_content_mismatch');
  });

  it('refuses a file over the size limit before storing anything', async () => {
    const small = await startHarness({ env: { MAX_EVIDENCE_BYTES: '1024' } });
    try {
      const lead = await small.signIn(EMAILS.coastLead);
      const res = await fetch(`${small.baseUrl}${A}/evidence?fileName=big.pdf`, {
        method: 'POST',
        headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/pdf' },
        body: new Uint8Array(4096),
      });
      const body = (await res.json()) as { code: string; detail: string };
      expect(res.status).toBe(422);
      expect(body.code).toBe('file_too_large');
      expect(body.detail).toMatch(/at most/);
    } finally {
      await small.close();
    }
  });

  it('links only to standards of this assessment, and changes nothing when one is wrong', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const up = await upload(lead.token, 'Carers survey.xlsx', ZIP_START, 'application/octet-stream');
    expect(up.status).toBe(201);
    const res = await lead.send<{ code: string }>('POST', `${A}/evidence/${up.body.id}/links`, {
      standardCodes: ['2.1', '9.9'],
    });
    expect(res.status).toBe(422);
    const r21 = await lead.get<{ evidenceIds: string[] }>(`${A}/responses/2.1`);
    expect(r21.body.evidenceIds).not.toContain(up.body.id);
  });

  it('a person from another service can neither upload nor download', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const up = await upload(lead.token, 'Team plan.docx', ZIP_START, 'application/octet-stream');
    const other = await h.signIn(EMAILS.cardioLead);
    expect((await upload(other.token, 'x.pdf', Buffer.from('x'))).status).toBe(403);
    const res = await request(h.baseUrl, 'GET', `${A}/evidence/${up.body.id}/content`, { token: other.token });
    expect(res.status).toBe(403);
  });

  it('picking from OneDrive explains that it needs Teams and Entra ID when running locally', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const res = await lead.send<{ code: string }>('POST', `${A}/evidence/from-drive`, { driveId: 'd', itemId: 'i' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('picker_unavailable');
  });

  it('leaves no file behind when an upload is cut off', async () => {
    const lead = await h.signIn(EMAILS.coastLead);
    const before = (await lead.get<EvidenceRecord[]>(`${A}/evidence`)).body.length;
    const filesBefore = filesUnder(evidenceDir).length;
    const putSettled = evidence.nextPutSettled();
    const http = await import('node:http');
    const url = new URL(`${h.baseUrl}${A}/evidence?fileName=cut.pdf`);
    const req = http.request({
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: 'POST',
      headers: {
        authorization: `Bearer ${lead.token}`,
        'content-type': 'application/pdf',
        'content-length': '100000',
      },
    });
    req.on('error', () => undefined);
    // Half the announced bytes (a real PDF start, so the content check lets it through to the store) reach the
    // server, then the connection drops.
    const pdfStart = Buffer.from('%PDF-1.7\n');
    req.write(Buffer.concat([pdfStart, Buffer.alloc(50_000 - pdfStart.length)]), () => req.destroy());
    await expect(putSettled).resolves.toMatchObject({ outcome: 'failed' });
    const after = await lead.get<EvidenceRecord[]>(`${A}/evidence`);
    expect(after.body.length).toBe(before);
    expect(after.body.some((e) => e.fileName === 'cut.pdf')).toBe(false);
    expect(filesUnder(evidenceDir)).toHaveLength(filesBefore);
    expect(filesUnder(evidenceDir).some((name) => name.endsWith('cut.pdf'))).toBe(false);
  });
});
