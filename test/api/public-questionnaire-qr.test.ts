import { JSDOM } from 'jsdom';
import QRCode from 'qrcode';
import { decodePng, type DecodedPng } from '../../src/adapters/reports/png';
import { STARTER_QUESTIONNAIRES } from '../../src/domain/questionnaires/starter-questionnaires';
import { openAsCoastLead } from './questionnaire-setup';
import { startHarness, type Harness } from './harness';

/**
 * The QR codes of a run's short link for posters and leaflets, on a server whose public address is https: both
 * formats encode exactly the absolute short link a lead is given (checked module by module against the QR
 * library's own matrix), the PNG is big enough to print, and the device cookie is Secure.
 */
const PUBLIC_URL = 'https://feedback.qin.example';
const QUIET_ZONE = 4;

/** The modules of the code for `text`, dark = true, row by row, as the QR library makes them. */
function expectedModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, y) =>
    Array.from({ length: modules.size }, (_, x) => modules.get(y, x) === 1),
  );
}

/** Reads the dark modules back from the SVG's path of horizontal runs ("M x y" or "m dx dy", then "h length"). */
function modulesOfSvg(svg: Document, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const path = [...svg.querySelectorAll('path')].find((p) => p.getAttribute('stroke'))!;
  let x = 0;
  let y = 0;
  for (const [, command, args] of (path.getAttribute('d') ?? '').matchAll(/([MmHh])([^MmHh]*)/g)) {
    const numbers = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command === 'M') [x, y] = [numbers[0]!, numbers[1]!];
    else if (command === 'm') [x, y] = [x + numbers[0]!, y + numbers[1]!];
    else {
      for (let i = 0; i < numbers[0]!; i += 1) grid[Math.floor(y) - QUIET_ZONE]![x + i - QUIET_ZONE] = true;
      x += numbers[0]!;
    }
  }
  return grid;
}

/** Reads the modules of a PNG by the colour at the centre of each module's square. */
function modulesOfPng(png: DecodedPng, size: number): boolean[][] {
  const scale = png.width / (size + 2 * QUIET_ZONE);
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => {
      const px = Math.floor((x + QUIET_ZONE + 0.5) * scale);
      const py = Math.floor((y + QUIET_ZONE + 0.5) * scale);
      return png.rgba[(py * png.width + px) * 4]! < 128;
    }),
  );
}

describe('QR codes of a public questionnaire link', () => {
  let h: Harness;
  let opened: { token: string; publicLink: string };

  beforeAll(async () => {
    h = await startHarness({ env: { PUBLIC_URL } });
    opened = (await openAsCoastLead(h, STARTER_QUESTIONNAIRES[1]!)).opened;
  });
  afterAll(() => h.close());

  const qr = (token: string, format: 'svg' | 'png') =>
    fetch(`${h.baseUrl}/api/v1/public/questionnaires/${encodeURIComponent(token)}/qr.${format}`);

  it('points the link at the public address', () => {
    expect(opened.publicLink).toBe(`${PUBLIC_URL}/q/${opened.token}`);
  });

  it('gives a well-formed SVG that encodes the short link', async () => {
    const res = await qr(opened.token, 'svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    const { window } = new JSDOM('');
    const svg = new window.DOMParser().parseFromString(await res.text(), 'image/svg+xml');
    expect(svg.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(svg.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const expected = expectedModules(opened.publicLink);
    expect(svg.documentElement.getAttribute('viewBox')).toBe(
      `0 0 ${expected.length + 2 * QUIET_ZONE} ${expected.length + 2 * QUIET_ZONE}`,
    );
    expect(modulesOfSvg(svg, expected.length)).toEqual(expected);
  });

  it('gives a PNG at print size (1,200 px, 10 cm at 300 dpi) that encodes the short link', async () => {
    const res = await qr(opened.token, 'png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([1200, 1200]);
    const expected = expectedModules(opened.publicLink);
    expect(modulesOfPng(png, expected.length)).toEqual(expected);
  });

  it('refuses a code for an unknown link, the same way whatever the token', async () => {
    const svg = await qr('not-a-real-token', 'svg');
    const png = await qr('another-guess', 'png');
    expect([svg.status, png.status]).toEqual([404, 404]);
    expect(((await svg.json()) as { detail: string }).detail).toBe(((await png.json()) as { detail: string }).detail);
  });

  it('marks the device cookie Secure when the app is served over https', async () => {
    const form = new URLSearchParams({
      'choices.P1': 'agree',
      'choices.P2': 'yes',
      'choices.P3': 'no',
      'choices.P4': 'agree',
      'choices.P5': 'agree',
      'choices.P6': 'agree',
      'choices.P7': 'agree',
      'choices.P8': 'yes',
    });
    const res = await fetch(`${h.baseUrl}/q/${opened.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')?.split('; ')).toEqual(expect.arrayContaining(['Secure', 'HttpOnly']));
  });
});
