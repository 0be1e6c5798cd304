/**
 * Draws the Teams app icons into appPackage/: two linked rings (mind and body, joined up).
 * - color.png: 192x192, white symbol within the central 96x96 on NHS Blue (#005EB8), full bleed.
 * - outline.png: 32x32, white symbol on a transparent background (only white pixels, alpha for anti-aliasing).
 * Run `npx tsx scripts/make-icons.ts` after changing the drawing; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from '../src/adapters/reports/png';

const NHS_BLUE = [0x00, 0x5e, 0xb8] as const;

interface Ring {
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly thickness: number;
}

/** How much of the pixel centred at (x, y) a ring covers, 0..1, with a one-pixel soft edge. */
function ringCoverage(ring: Ring, x: number, y: number): number {
  const distance = Math.hypot(x - ring.cx, y - ring.cy);
  const fromStroke = Math.abs(distance - ring.radius) - ring.thickness / 2;
  return Math.min(1, Math.max(0, 0.5 - fromStroke));
}

/** Two rings side by side that overlap, sized to a square symbol of `size` px centred in a `canvas` px image. */
function symbolRings(canvas: number, size: number): Ring[] {
  const thickness = Math.max(2, size / 9);
  const radius = (size - thickness) / 3.2;
  const offset = size / 2 - thickness / 2 - radius;
  const centre = canvas / 2;
  return [
    { cx: centre - offset, cy: centre, radius, thickness },
    { cx: centre + offset, cy: centre, radius, thickness },
  ];
}

function symbolCoverage(rings: readonly Ring[], x: number, y: number): number {
  return Math.max(...rings.map((ring) => ringCoverage(ring, x + 0.5, y + 0.5)));
}

export function drawColourIcon(): { width: number; height: number; rgba: Uint8Array } {
  const size = 192;
  const rings = symbolRings(size, 96);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cover = symbolCoverage(rings, x, y);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((NHS_BLUE[c] ?? 0) * (1 - cover) + 255 * cover);
      rgba[i + 3] = 255;
    }
  }
  return { width: size, height: size, rgba };
}

export function drawOutlineIcon(): { width: number; height: number; rgba: Uint8Array } {
  const size = 32;
  const rings = symbolRings(size, 28);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(symbolCoverage(rings, x, y) * 255);
      const i = (y * size + x) * 4;
      // Fully transparent pixels stay black-transparent; every visible pixel is pure white.
      if (alpha > 0) rgba.set([255, 255, 255, alpha], i);
    }
  }
  return { width: size, height: size, rgba };
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', 'appPackage');
  for (const [name, icon] of [
    ['color.png', drawColourIcon()],
    ['outline.png', drawOutlineIcon()],
  ] as const) {
    writeFileSync(path.join(dir, name), encodePng(icon.width, icon.height, icon.rgba));
    console.log(`Wrote appPackage/${name} (${icon.width}x${icon.height})`);
  }
}
