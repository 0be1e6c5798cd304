import { validateFramework, type LooseFrameworkDraft } from '../../../src/domain/framework-rules';
import { SMALL, standard } from './fixtures';

const fields = (draft: LooseFrameworkDraft) => validateFramework(draft).map((e) => e.field);

describe('validateFramework', () => {
  it('finds nothing wrong with a sound framework', () => {
    expect(validateFramework(SMALL)).toEqual([]);
  });

  it('checks the key, name and version number', () => {
    expect(fields({ ...SMALL, key: 'Mind Body', name: ' ', versionNumber: 1.5 })).toEqual([
      'key',
      'name',
      'versionNumber',
    ]);
  });

  it('needs at least one theme and one standard', () => {
    expect(fields({ ...SMALL, themes: [], standards: [] })).toEqual(['themes', 'standards']);
  });

  it('reports duplicate and blank theme codes and titles', () => {
    const themes = [
      { code: '1', title: 'Care', description: '' },
      { code: '1', title: 'Care again', description: '' },
      { code: '', title: '', description: '' },
      { code: '2', title: 'People', description: '' },
    ];
    expect(fields({ ...SMALL, themes })).toEqual(['themes[1].code', 'themes[2].code', 'themes[2].title']);
  });

  it('reports every problem of every standard, by path', () => {
    const standards = [
      standard('1.1', 'service', 'essential'),
      { ...standard('1.1', 'service', 'essential'), title: 'Copy' }, // duplicate code
      { ...standard('3.1', 'service', 'essential') }, // no theme 3
      { ...standard('2.1', 'service', 'essential'), themeCode: '1' }, // code does not start with "1."
      { ...standard('1.5', 'service', 'expected'), title: '', text: ' ' },
      { ...standard('1.6', 'service', 'expected'), level: 'ward', type: 'optional' },
      { ...standard('1.7', 'service', 'expected'), evidenceExamples: ['Audit', ''] },
    ];
    const errors = validateFramework({ ...SMALL, standards });
    expect(errors.map((e) => e.field)).toEqual([
      'standards[1].code',
      'standards[2].themeCode',
      'standards[3].code',
      'standards[4].title',
      'standards[4].text',
      'standards[5].level',
      'standards[5].type',
      'standards[6].evidenceExamples[1]',
    ]);
    expect(errors[0]?.message).toContain('Standard 1.1');
    expect(errors[1]?.message).toBe('There is no theme 3; the themes are 1, 2.');
    expect(errors[5]?.message).toBe('Level must be one of service, organisation, both (not "ward").');
    expect(errors[6]?.message).toBe('Type must be one of essential, expected, desirable (not "optional").');
    expect(errors.every((e) => e.line === null)).toBe(true);
  });

  it('does not accept a standard code that is only the theme code and a dot', () => {
    expect(fields({ ...SMALL, standards: [standard('1.', 'service', 'essential')] })).toEqual(['standards[0].code']);
  });

  it('checks recognition levels: present, reachable last level, sane percentages, known types', () => {
    expect(fields({ ...SMALL, recognitionLevels: [] })).toEqual(['recognitionLevels']);
    const levels = [
      {
        name: 'Top',
        description: '',
        requirements: [
          { type: 'essential', minMetPercent: 120 },
          { type: 'essential', minMetPercent: 50 },
          { type: 'bonus', minMetPercent: -1 },
        ],
      },
      { name: 'Top', description: '', requirements: [{ type: 'expected', minMetPercent: 10 }] },
    ];
    expect(fields({ ...SMALL, recognitionLevels: levels })).toEqual([
      'recognitionLevels[0].requirements[0].minMetPercent',
      'recognitionLevels[0].requirements[1].type',
      'recognitionLevels[0].requirements[2].type',
      'recognitionLevels[0].requirements[2].minMetPercent',
      'recognitionLevels[1].name',
      'recognitionLevels[1].requirements',
    ]);
  });
});
