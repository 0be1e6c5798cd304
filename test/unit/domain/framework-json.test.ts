import type { FrameworkVersion } from '../../../src/domain/framework';
import type { FieldError } from '../../../src/domain/framework-draft';
import { exportFrameworkJson, parseFrameworkJson } from '../../../src/domain/framework-json';
import { STARTER_FRAMEWORK } from '../../../src/domain/starter-framework';
import { SMALL } from './fixtures';

function errorsOf(text: string): FieldError[] {
  const result = parseFrameworkJson(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

/** The small framework as plain JSON data, to break in tests. */
function smallJson(): Record<string, unknown> & { standards: Record<string, unknown>[] } {
  return JSON.parse(exportFrameworkJson(SMALL)) as Record<string, unknown> & { standards: Record<string, unknown>[] };
}

describe('exportFrameworkJson / parseFrameworkJson', () => {
  it('round-trips the starter framework', () => {
    const text = exportFrameworkJson(STARTER_FRAMEWORK);
    expect(text).toContain('\n  "themes": [\n');
    expect(parseFrameworkJson(text)).toEqual({ ok: true, draft: STARTER_FRAMEWORK });
  });

  it('exports only the draft fields of a stored version, so it imports as a new draft', () => {
    const stored: FrameworkVersion = {
      ...SMALL,
      id: 'fw-1',
      version: 3,
      status: 'published',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const text = exportFrameworkJson(stored);
    expect(text).not.toContain('fw-1');
    expect(parseFrameworkJson(text)).toEqual({ ok: true, draft: SMALL });
    // A stored version serialised another way still imports: its storage fields are ignored.
    expect(parseFrameworkJson(JSON.stringify(stored))).toEqual({ ok: true, draft: SMALL });
  });

  it('fills in optional fields left out', () => {
    const data = smallJson();
    data.standards = data.standards.map(({ guidance: _g, evidenceExamples: _e, ...rest }) => rest);
    const result = parseFrameworkJson(JSON.stringify(data));
    expect(result.ok && result.draft.standards[0]).toMatchObject({ guidance: '', evidenceExamples: [] });
  });

  it('reports every problem at once, with paths', () => {
    const data = smallJson();
    const s = data.standards;
    Object.assign(s[3] ?? {}, { type: 'vital' });
    Object.assign(s[5] ?? {}, { level: 'ward', title: 42 });
    delete s[6]?.['text'];
    Object.assign(s[7] ?? {}, { evidence_examples: ['typo'] });
    data['versionNumber'] = '2';
    const errors = errorsOf(JSON.stringify(data));
    expect(errors.map((e) => e.field)).toEqual([
      'versionNumber',
      'standards[5].title',
      'standards[6].text',
      'standards[7].evidence_examples',
      'standards[3].type',
      'standards[5].level',
    ]);
    expect(errors.find((e) => e.field === 'standards[3].type')?.message).toBe(
      'Type must be one of essential, expected, desirable (not "vital").',
    );
    expect(errors.find((e) => e.field === 'standards[7].evidence_examples')?.message).toContain('evidenceExamples');
  });

  it('reports a missing list once, not again as a broken rule', () => {
    const data = smallJson();
    delete data['themes'];
    const errors = errorsOf(JSON.stringify(data));
    expect(errors.filter((e) => e.field === 'themes')).toEqual([
      { line: null, field: 'themes', message: 'This field is missing.' },
    ]);
  });

  it('gives the line of a syntax error when it can', () => {
    const text = '{\n  "key": "small",\n  "name": "Small",\n}\n';
    expect(errorsOf(text)).toEqual([{ line: 4, field: 'file', message: expect.stringContaining('not valid JSON') }]);
  });

  it('refuses JSON that is not one framework object', () => {
    expect(errorsOf('[1, 2]')).toEqual([expect.objectContaining({ field: 'file' })]);
  });

  it("keeps a standard's plain English through export and import, and leaves it out where there is none", () => {
    const json = smallJson();
    json.standards[0] = { ...json.standards[0], plainEnglish: 'Everyone gets a check once a year.' };
    const result = parseFrameworkJson(JSON.stringify(json));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.draft.standards[0]?.plainEnglish).toBe('Everyone gets a check once a year.');
    expect(result.draft.standards[1]?.plainEnglish).toBeUndefined();
    const exported = JSON.parse(exportFrameworkJson(result.draft)) as { standards: { plainEnglish?: string }[] };
    expect(exported.standards[0]?.plainEnglish).toBe('Everyone gets a check once a year.');
  });

  it('says so when plain English is not text', () => {
    const json = smallJson();
    json.standards[0] = { ...json.standards[0], plainEnglish: 42 };
    expect(errorsOf(JSON.stringify(json))).toContainEqual(
      expect.objectContaining({ field: 'standards[0].plainEnglish' }),
    );
  });
});
