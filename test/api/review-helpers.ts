import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Profession, Role, Scope } from '../../src/domain/network';
import { isReviewerRole } from '../../src/domain/review';
import type { Harness } from './harness';

/** Dates of the demo's current cycle, seeded on 2026-11-26 (see currentCycleWindows in seed-demo.ts). */
export const SELF_ASSESSMENT_DAY = new Date('2026-11-26T10:00:00Z');
/** Peer review runs 2027-01-11 to 2027-03-06. */
export const PEER_REVIEW_DAY = new Date('2027-01-20T10:00:00Z');
/** Reporting runs 2027-03-07 to 2027-04-05. */
export const REPORTING_DAY = new Date('2027-03-20T10:00:00Z');

export const RHEUM = 'a-cur-svc-gstt-rheum';
export const COAST = 'a-cur-svc-slam-coast';

/** A recent day of reviewer training: it counts throughout the demo's current cycle. */
export const RECENT_TRAINING = '2026-06-01';

/**
 * Adds a person with roles straight into the store (what an admin does through /people and /role-assignments).
 * A reviewer role with network scope (the pool) is dated `RECENT_TRAINING` unless the role says otherwise.
 */
export async function addPerson(
  h: Harness,
  p: {
    id: string;
    organisationId: string;
    profession: Profession;
    roles: { role: Role; scope: Scope; trainedOn?: string }[];
  },
): Promise<string> {
  const email = `${p.id}@test.nhs.example`;
  await h.app.ports.store.commit({ actorId: 'test', at: new Date().toISOString() }, [
    {
      op: 'put',
      kind: 'person',
      expectedVersion: 0,
      value: {
        id: p.id,
        version: 0,
        displayName: `Test ${p.id}`,
        email,
        organisationId: p.organisationId,
        jobTitle: '',
        profession: p.profession,
        tenantId: '00000000-0000-4000-8000-00000000abcd',
        objectId: `00000000-0000-4000-8000-${createHash('sha256').update(p.id).digest('hex').slice(0, 12)}`,
      },
    },
    ...p.roles.map((r, i) => ({
      op: 'put' as const,
      kind: 'roleAssignment' as const,
      expectedVersion: 0,
      value: {
        id: `ra-${p.id}-${i}`,
        version: 0,
        personId: p.id,
        role: r.role,
        scope: r.scope,
        ...(r.scope.kind === 'network' && isReviewerRole(r.role) ? { trainedOn: r.trainedOn ?? RECENT_TRAINING } : {}),
      },
    })),
  ]);
  return email;
}

/** A file from the API as bytes (the harness client reads bodies as text). */
export async function download(
  h: Harness,
  token: string,
  path: string,
): Promise<{ status: number; type: string; bytes: Buffer; disposition: string }> {
  const res = await fetch(`${h.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, '')).trim();
}

export interface DocxContent {
  readonly headings: { level: number; text: string }[];
  /** The cover's title (the Title style), if the document has one. */
  readonly title: string | null;
  /** Each table as rows of cell texts, titled by its caption or, without one, by its section's heading. */
  readonly tables: { title: string; rows: string[][] }[];
  readonly images: { alt: string; png: Buffer }[];
  readonly html: string;
}

/**
 * Reads a Word document back with mammoth (docx -> HTML), then picks out headings, tables and pictures. Captions
 * (the titles of tables and charts) read as h6, so they are told apart from the sections' headings.
 */
export async function readDocx(bytes: Buffer): Promise<DocxContent> {
  const { value: html } = await mammoth.convertToHtml(
    { buffer: bytes },
    { styleMap: ["p[style-name='caption'] => h6:fresh", "p[style-name='Title'] => p.title:fresh"] },
  );
  const headings = [...html.matchAll(/<h([1-5])[^>]*>(.*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: textOf(m[2] ?? ''),
  }));
  const title = /<p class="title">(.*?)<\/p>/.exec(html)?.[1];
  const tables = [...html.matchAll(/<table>(.*?)<\/table>/gs)].map((m) => {
    const before = html.slice(0, m.index);
    const caption = /<h6>((?:(?!<\/h6>).)*)<\/h6>\s*$/.exec(before)?.[1];
    const section = [...before.matchAll(/<h1[^>]*>(.*?)<\/h1>/g)].pop()?.[1];
    return {
      title: textOf(caption ?? section ?? ''),
      rows: [...(m[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) =>
        [...(r[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => textOf(c[1] ?? '')),
      ),
    };
  });
  const images = [...html.matchAll(/<img ([^>]*)\/?>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const src = /src="data:image\/png;base64,([^"]+)"/.exec(attrs)?.[1] ?? '';
    return { alt: decodeEntities(/alt="([^"]*)"/.exec(attrs)?.[1] ?? ''), png: Buffer.from(src, 'base64') };
  });
  return { headings, title: title === undefined ? null : textOf(title), tables, images, html };
}

/** The rows of the table titled `title` on a worksheet: the row after the title is the header. */
export function sheetTable(sheet: ExcelJS.Worksheet, title: string): { header: unknown[]; rows: unknown[][] } {
  const values: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    values[n - 1] = (row.values as unknown[]).slice(1);
  });
  const start = values.findIndex((r) => r?.[0] === title);
  if (start < 0) throw new Error(`no table "${title}" on sheet ${sheet.name}`);
  const header = values[start + 1] ?? [];
  const rows: unknown[][] = [];
  for (let i = start + 2; i < values.length && (values[i]?.length ?? 0) > 0; i++) rows.push(values[i] ?? []);
  return { header, rows };
}

export async function readXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The pictures a Word document carries as SVG (word/media/*.svg), in the order they were added. */
export async function docxSvgs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^word\/media\/.*\.svg$/.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
}

/** The words an SVG shows, its text elements joined by spaces (a label broken over two lines reads whole). */
export function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decodeEntities(m[1] ?? '').trim()).join(' ');
}
