import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';

/**
 * QR codes of a short link for posters and leaflets. Error correction M (15 %) survives a scuffed poster, and the
 * quiet zone of four modules is the one the standard asks for, so phone cameras find the code on a busy wall.
 */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** 1,200 pixels wide: 10 cm at 300 dots per inch, sharp on an A4 poster or a leaflet. */
export const QR_PNG_WIDTH_PX = 1200;

/** Codes already drawn, by link: a lead downloads the same poster code more than once; a few are kept per instance. */
const drawn = new Map<string, Buffer>();
const KEEP_DRAWN = 32;

export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { ...QR_OPTIONS, type: 'svg' });
}

/**
 * The same code as a PNG, rasterised from the SVG by resvg (native, a few hundred milliseconds at print size; the
 * QR library's own PNG writer takes seconds in JavaScript at this size).
 */
export async function qrPng(link: string): Promise<Buffer> {
  const kept = drawn.get(link);
  if (kept) return kept;
  const png = new Resvg(await qrSvg(link), {
    fitTo: { mode: 'width', value: QR_PNG_WIDTH_PX },
    background: '#ffffff',
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  if (drawn.size >= KEEP_DRAWN) drawn.delete(drawn.keys().next().value ?? link);
  drawn.set(link, png);
  return png;
}
