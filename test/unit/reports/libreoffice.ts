import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's LibreOffice (libreoffice-writer-nogui) and poppler-utils, which turn a Word file into a PDF and pages. */
export const SOFFICE_PATH = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo'];

/**
 * Whether the rendering tests can run. Without LibreOffice they fail in CI (it must be installed there) and are
 * skipped elsewhere with a hint, as the browser tests are without Chromium.
 */
export function libreOfficeAvailable(): boolean {
  if (existsSync(SOFFICE_PATH) && POPPLER.every((p) => existsSync(p))) return true;
  const hint =
    `LibreOffice or poppler is missing (${SOFFICE_PATH}, ${POPPLER.join(', ')}). Install Debian's packages ` +
    '(apt-get install libreoffice-writer-nogui poppler-utils) or set SOFFICE_PATH.';
  if (process.env.CI === 'true') throw new Error(`The report rendering tests need LibreOffice. ${hint}`);
  console.warn(`Skipping the report rendering tests. ${hint}`);
  return false;
}

export interface RenderedPdf {
  readonly pages: number;
  /** The text of each page, as pdftotext reads it. */
  readonly pageTexts: readonly string[];
  /** The page images written, one PNG a page. */
  readonly images: readonly string[];
}

/**
 * Converts a Word file to PDF with LibreOffice headless (its own profile folder, so it never meets another
 * LibreOffice running on the machine), then reads the PDF's text page by page and draws each page as a PNG.
 */
export async function renderWordFile(
  docx: Uint8Array,
  name: string,
  workDir: string,
  pagesDir: string,
): Promise<RenderedPdf> {
  const source = join(workDir, `${name}.docx`);
  await writeFile(source, docx);
  await run(
    SOFFICE_PATH,
    [
      `-env:UserInstallation=file://${join(workDir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      workDir,
      source,
    ],
    { timeout: 240_000 },
  );
  const pdf = join(workDir, `${name}.pdf`);
  const info = (await run('/usr/bin/pdfinfo', [pdf])).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageTexts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    pageTexts.push((await run('/usr/bin/pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'])).stdout);
  }
  await run('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, join(pagesDir, name)]);
  const images = (await readdir(pagesDir)).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
  return { pages, pageTexts, images: images.map((f) => join(pagesDir, f)) };
}

export async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const png = await readFile(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
