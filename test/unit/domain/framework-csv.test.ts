import type { FieldError } from '../../../src/domain/framework-draft';
import { exportFrameworkCsv, parseFrameworkCsv, type FrameworkCsvBase } from '../../../src/domain/framework-csv';
import { STARTER_FRAMEWORK } from '../../../src/domain/starter-framework';
import { LEVELS, SMALL } from './fixtures';

/** The header of files made before plain English existed: still accepted, and what most tests here write. */
const HEADER = 'theme_code,theme_title,code,title,text,guidance,evidence_examples,level,type';

const BASE: FrameworkCsvBase = {
  key: 'small',
  name: 'Small test framework',
  versionNumber: 1,
  illustrative: false,
  recognitionLevels: [...LEVELS],
};

function errorsOf(text: string, base: FrameworkCsvBase = BASE): FieldError[] {
  const result = parseFrameworkCsv(text, base);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

describe('exportFrameworkCsv / parseFrameworkCsv', () => {
  it('writes one row per standard under the agreed header', () => {
    const lines = exportFrameworkCsv(SMALL).split('\r\n');
    expect(lines[0]).toBe(`${HEADER},plain_english`);
    expect(lines[1]).toBe('1,Care,1.1,Standard 1.1,The text of standard 1.1.,,,service,essential,');
    expect(lines).toHaveLength(SMALL.standards.length + 2); // and a final line end
  });

  it('round-trips the starter framework, with theme descriptions and levels from the base', () => {
    const base: FrameworkCsvBase = {
      key: STARTER_FRAMEWORK.key,
      name: STARTER_FRAMEWORK.name,
      versionNumber: 1,
      illustrative: true,
      recognitionLevels: [...STARTER_FRAMEWORK.recognitionLevels],
      themeDescriptions: Object.fromEntries(STARTER_FRAMEWORK.themes.map((t) => [t.code, t.description])),
    };
    expect(parseFrameworkCsv(exportFrameworkCsv(STARTER_FRAMEWORK), base)).toEqual({
      ok: true,
      draft: STARTER_FRAMEWORK,
    });
  });

  it('round-trips text with commas, quotes and line breaks, and several evidence examples', () => {
    const tricky = {
      ...SMALL,
      standards: SMALL.standards.map((s, i) =>
        i === 2
          ? {
              ...s,
              title: 'Checks, reviews and "follow-up"',
              text: 'First paragraph, with a comma.\nSecond paragraph; "quoted".',
              guidance: 'Line one\r\nLine two',
              evidenceExamples: ['Audit, 2026', 'Care plan "template"'],
            }
          : s,
      ),
    };
    const csv = exportFrameworkCsv(tricky);
    expect(csv).toContain('"Audit, 2026 | Care plan ""template"""');
    expect(parseFrameworkCsv(csv, BASE)).toEqual({ ok: true, draft: tricky });
  });

  it('exports text that looks like a formula so a spreadsheet shows it, and reads it back unchanged', () => {
    const hostile = {
      ...SMALL,
      standards: SMALL.standards.map((s, i) =>
        i === 0
          ? { ...s, guidance: '=HYPERLINK("https://evil.example","Open")', evidenceExamples: ['-2 per month', '@team'] }
          : s,
      ),
    };
    const csv = exportFrameworkCsv(hostile);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Open"")"`);
    expect(csv).toContain(`'-2 per month | @team`);
    expect(parseFrameworkCsv(csv, BASE)).toEqual({ ok: true, draft: hostile });
  });

  it('accepts a byte order mark, columns in another order and capitalised values', () => {
    const text =
      '\uFEFFcode,Title,text,theme_code,theme_title,level,type,guidance,evidence_examples\r\n' +
      '1.1,Checks,Do checks,1,Care,Service,Essential,,Audit |  Log \r\n';
    const result = parseFrameworkCsv(text, BASE);
    expect(result.ok && result.draft.standards).toEqual([
      {
        code: '1.1',
        themeCode: '1',
        title: 'Checks',
        text: 'Do checks',
        guidance: '',
        evidenceExamples: ['Audit', 'Log'],
        level: 'service',
        type: 'essential',
      },
    ]);
    expect(result.ok && result.draft.themes).toEqual([{ code: '1', title: 'Care', description: '' }]);
  });

  it('reports every bad row with the physical line it starts on and its column', () => {
    const text = [
      HEADER, // line 1
      '1,Care,1.1,Checks,"Text that runs', // line 2
      'over two lines",,Audit,service,essential', // line 3
      '1,Care,1.2,Screening,Screen people,,,servce,essential', // line 4: bad level
      '1,Care,1.3,,Text,,,service,expected', // line 5: no title
      '2,People,2.1,Carers,Involve carers,,,both,desirable', // line 6: fine
      '2,People,2.2,Feedback,Act on it,,,service,optional', // line 7: bad type
    ].join('\r\n');
    expect(errorsOf(text)).toEqual([
      {
        line: 4,
        field: 'level',
        message: 'Level must be one of service, organisation, both (not "servce").',
      },
      { line: 5, field: 'title', message: 'Every standard needs a short title.' },
      {
        line: 7,
        field: 'type',
        message: 'Type must be one of essential, expected, desirable (not "optional").',
      },
    ]);
  });

  it('reports duplicate codes, wrong theme prefixes, inconsistent theme titles and short rows', () => {
    const text = [
      HEADER,
      '1,Care,1.1,A,Text,,,service,essential',
      '1,Care,1.1,B,Text,,,service,essential', // line 3: duplicate
      '1,Care,2.5,C,Text,,,service,essential', // line 4: code of another theme
      '1,Caring,1.4,D,Text,,,service,essential', // line 5: theme renamed
      '1,Care,1.5,E,Text,,service', // line 6: too few cells
      ',,1.6,F,Text,,,service,essential', // line 7: no theme
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'code'],
      [4, 'code'],
      [5, 'theme_title'],
      [6, 'row'],
      [6, 'level'], // the cells shifted left: "service" landed in evidence_examples
      [6, 'type'],
      [7, 'theme_code'],
    ]);
    expect(errors[0]?.message).toContain('already used');
    expect(errors[2]?.message).toContain('"Care" on line 2');
  });

  it('reports unknown and missing columns in the header once', () => {
    const text = 'theme_code,theme_title,code,title,text,guidance,evidence,level\n1,Care,1.1,A,Text,,x,service\n';
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({ line: 1, field: 'evidence', message: expect.stringContaining('Unknown column') }),
      expect.objectContaining({ line: 1, field: 'evidence_examples' }),
      expect.objectContaining({ line: 1, field: 'type', message: 'Column type is missing from the header.' }),
    ]);
  });

  it('reports an empty file, a file with no standards, and an unclosed quote', () => {
    expect(errorsOf('')).toEqual([expect.objectContaining({ line: 1, field: 'header' })]);
    expect(errorsOf(`${HEADER}\r\n`).map((e) => e.field)).toEqual(['themes', 'standards']);
    const unclosed = `${HEADER}\n1,Care,1.1,A,"Text,,,service,essential\n`;
    expect(errorsOf(unclosed)[0]).toEqual(expect.objectContaining({ line: 2, field: 'text' }));
  });

  it('reports problems of the base settings without a line', () => {
    const errors = errorsOf(exportFrameworkCsv(SMALL), { ...BASE, recognitionLevels: [] });
    expect(errors).toEqual([expect.objectContaining({ line: null, field: 'recognitionLevels' })]);
  });

  it("carries each standard's plain English in its own column, and reads files made before that column existed", () => {
    const withPlain = {
      ...SMALL,
      standards: SMALL.standards.map((s, i) =>
        i === 0 ? { ...s, plainEnglish: 'Everyone gets a check, once a year.' } : s,
      ),
    };
    const text = exportFrameworkCsv(withPlain);
    expect(text.split('\r\n')[1]).toMatch(/,"Everyone gets a check, once a year\."$/);
    const back = parseFrameworkCsv(text, BASE);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.draft.standards[0]?.plainEnglish).toBe('Everyone gets a check, once a year.');
    expect(back.draft.standards[1]).not.toHaveProperty('plainEnglish');

    const oldFile = [HEADER, '1,Care,1.1,Standard 1.1,The text.,,,service,essential'].join('\r\n');
    const old = parseFrameworkCsv(oldFile, BASE);
    expect(old.ok).toBe(true);
  });
});
