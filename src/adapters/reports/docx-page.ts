import { PageOrientation } from 'docx';

/** A4 with 2 cm margins, in twips (twentieths of a point), the units Word's page settings are written in. */
const A4 = { short: 11906, long: 16838 } as const;
const MARGIN = 1134;

export type Orientation = 'portrait' | 'landscape';

export function pageSize(orientation: Orientation) {
  return {
    width: A4.short,
    height: A4.long,
    orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
  };
}

export const PAGE_MARGINS = { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 };

/** The width text may take between the margins, in points. */
export function textWidthPtOf(orientation: Orientation): number {
  const width = orientation === 'portrait' ? A4.short : A4.long;
  return (width - 2 * MARGIN) / 20;
}

/** Pixels (96 to the inch), as pictures in Word are sized, in the width text may take. */
export function textWidthPx(orientation: Orientation): number {
  return Math.floor((textWidthPtOf(orientation) * 96) / 72);
}
