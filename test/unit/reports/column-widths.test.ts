import { columnWidthsPt, minimumWidthPt, type ColumnText } from '../../../src/adapters/reports/column-widths';
import { textWidthPt } from '../../../src/adapters/reports/text-width';

/** Table columns sized from their content: no ordinary word broken, the page's width filled. */
const SIZING = { sizePt: 9, paddingPt: 10.8, availablePt: 480 };
const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

const THEMES: ColumnText[] = [
  { header: 'Theme', cells: ['2. Patient and community involvement', '3. Staff learning and development'] },
  { header: 'Self-assessment %', cells: ['81.3', '75'] },
  { header: 'Agreed %', cells: ['75', '75'] },
  { header: 'Not met', cells: ['0', '1'] },
];

describe('column widths from content', () => {
  it('gives every column at least its longest word, so "assessment" and "development" stay whole', () => {
    const widths = columnWidthsPt(THEMES, SIZING);
    THEMES.forEach((column, i) => expect(widths[i]).toBeGreaterThanOrEqual(minimumWidthPt(column, SIZING)));
    expect(widths[1]).toBeGreaterThan(textWidthPt('assessment', 9, true) + SIZING.paddingPt);
  });

  it('fills the width available, giving the spare room to the columns with the most to say', () => {
    const widths = columnWidthsPt(THEMES, SIZING);
    expect(sum(widths)).toBeCloseTo(480, 5);
    expect(widths[0]).toBeGreaterThan(widths[2] ?? 0);
  });

  it('lets long text wrap at spaces before it squeezes a short column', () => {
    const columns: ColumnText[] = [
      { header: 'Code', cells: ['1.1'] },
      { header: 'Rationale', cells: ['The evidence covered part of the service only. '.repeat(6)] },
    ];
    const widths = columnWidthsPt(columns, { ...SIZING, availablePt: 300 });
    expect(widths[0]).toBeCloseTo(minimumWidthPt(columns[0] ?? { header: '', cells: [] }, SIZING), 5);
    expect(sum(widths)).toBeCloseTo(300, 5);
  });

  it('scales a table too wide for the page down in proportion, as the only case where words may break', () => {
    const columns: ColumnText[] = Array.from({ length: 20 }, () => ({ header: 'Accountability', cells: ['x'] }));
    const widths = columnWidthsPt(columns, SIZING);
    expect(sum(widths)).toBeCloseTo(480, 5);
    expect(new Set(widths.map((w) => w.toFixed(6))).size).toBe(1);
  });
});
