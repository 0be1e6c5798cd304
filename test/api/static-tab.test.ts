import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startEntraOnlyServer, type EntraOnlyServer } from './entra-only-server';
import { startHarness, type Harness } from './harness';
import { rawRequest } from './raw-http';

/** A built tab in miniature: the page, a hashed script, its source map and an image, as Vite lays them out. */
const SCRIPT = 'assets/main-Ab12Cd34.js';
const tabRoot = mkdtempSync(path.join(tmpdir(), 'qin-tab-'));
function writeBuiltTab(): void {
  mkdirSync(path.join(tabRoot, 'assets'));
  const page = `<!doctype html><html lang="en-GB"><head><title>Mind &amp; Body QIN</title>${'<link rel="modulepreload" href="/assets/chunk.js">'.repeat(20)}</head><body><div id="root"></div></body></html>`;
  writeFileSync(path.join(tabRoot, 'index.html'), page);
  const lines = Array.from(
    { length: 2000 },
    (_, i) => `export const standard${i} = { code: '${i}', met: ${i % 3 === 0} };`,
  );
  writeFileSync(path.join(tabRoot, SCRIPT), lines.join('\n'));
  writeFileSync(path.join(tabRoot, `${SCRIPT}.map`), JSON.stringify({ version: 3, mappings: 'AAAA;'.repeat(500) }));
  writeFileSync(path.join(tabRoot, 'assets/logo-Ef56Gh78.png'), Buffer.alloc(4096, 1));
  // The same step as `npm run build:tab` after Vite.
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'precompress-tab.mjs'), tabRoot]);
}
const original = (file: string) => readFileSync(path.join(tabRoot, file));

let h: Harness;
let entraOnly: EntraOnlyServer;
let baseUrl: string;
beforeAll(async () => {
  writeBuiltTab();
  h = await startHarness({ seed: false });
  entraOnly = await startEntraOnlyServer(h, tabRoot);
  baseUrl = entraOnly.baseUrl;
});
afterAll(async () => {
  entraOnly.close();
  await h.close();
  rmSync(tabRoot, { recursive: true, force: true });
});

describe('the tab build', () => {
  it('writes a brotli and a gzip copy beside the page and each script, and none beside source maps or images', () => {
    for (const file of ['index.html', SCRIPT]) {
      expect(brotliDecompressSync(original(`${file}.br`)).equals(original(file))).toBe(true);
      expect(gunzipSync(original(`${file}.gz`)).equals(original(file))).toBe(true);
    }
    for (const file of [`${SCRIPT}.map`, 'assets/logo-Ef56Gh78.png']) {
      expect(existsSync(path.join(tabRoot, `${file}.br`))).toBe(false);
      expect(existsSync(path.join(tabRoot, `${file}.gz`))).toBe(false);
    }
  });
});

describe('the tab’s files are sent compressed as the browser accepts', () => {
  it('sends a browser that accepts brotli the brotli copy, with its own length, and it unpacks to the script', async () => {
    const res = await rawRequest(`${baseUrl}/${SCRIPT}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(original(SCRIPT).length / 4);
    expect(brotliDecompressSync(res.body).equals(original(SCRIPT))).toBe(true);
  });

  it('sends gzip to a client that does not accept brotli, or likes gzip better', async () => {
    for (const acceptEncoding of ['gzip, deflate', 'br;q=0.5, gzip']) {
      const res = await rawRequest(`${baseUrl}/${SCRIPT}`, { 'accept-encoding': acceptEncoding });
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['vary']).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(gunzipSync(res.body).equals(original(SCRIPT))).toBe(true);
    }
  });

  it('sends the script as it is to a client that accepts no compression', async () => {
    const choices: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
    ];
    for (const headers of choices) {
      const res = await rawRequest(`${baseUrl}/${SCRIPT}`, headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['vary']).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length'])).toBe(original(SCRIPT).length);
      expect(res.body.equals(original(SCRIPT))).toBe(true);
    }
  });

  it('sends images as they are, with no Vary', async () => {
    const res = await rawRequest(`${baseUrl}/assets/logo-Ef56Gh78.png`, { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBeUndefined();
    expect(res.body.equals(original('assets/logo-Ef56Gh78.png'))).toBe(true);
  });

  it('sends the page compressed too, for its own path and for a deep link', async () => {
    for (const urlPath of ['/', '/index.html', '/assessments/a-cur-svc-slam-coast']) {
      const res = await rawRequest(`${baseUrl}${urlPath}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).equals(original('index.html'))).toBe(true);
    }
  });
});

describe('caching of the tab’s files', () => {
  it('lets browsers keep a hashed file for a year without asking again', async () => {
    for (const file of [SCRIPT, 'assets/logo-Ef56Gh78.png']) {
      const res = await rawRequest(`${baseUrl}/${file}`, { 'accept-encoding': 'br' });
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('makes browsers check the page (and every deep link) each time, so a new deployment is picked up', async () => {
    for (const urlPath of ['/', '/index.html', '/dashboard', '/assessments/a-cur-svc-slam-coast']) {
      const res = await rawRequest(`${baseUrl}${urlPath}`, { 'accept-encoding': 'br' });
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('never lets a browser keep the page for a year in place of a hashed file that is gone', async () => {
    const res = await rawRequest(`${baseUrl}/assets/main-OldHash1.js`, { 'accept-encoding': 'br' });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
