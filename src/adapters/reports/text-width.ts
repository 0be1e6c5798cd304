/**
 * How wide a text is set in Arial (and Liberation Sans, which has the same widths), for sizing table columns. The
 * widths are the published advance widths of Helvetica, which Arial matches character for character, in
 * thousandths of the type size, for the printable ASCII characters from the space on; any other character is
 * taken as wide as a digit. Bold text is a little wider.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const OTHER_WIDTH = 556;
const BOLD_FACTOR = 1.1;

/** The width of `text` in points, set at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    units += ASCII_WIDTHS[code - 32] ?? OTHER_WIDTH;
  }
  return (units / 1000) * sizePt * (bold ? BOLD_FACTOR : 1);
}
