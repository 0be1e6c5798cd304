import { applicableStandards } from '../../../src/domain/applicability';
import { validateFramework } from '../../../src/domain/framework-rules';
import { STARTER_FRAMEWORK } from '../../../src/domain/starter-framework';

describe('STARTER_FRAMEWORK', () => {
  const { standards } = STARTER_FRAMEWORK;

  it('passes every framework rule', () => {
    expect(validateFramework(STARTER_FRAMEWORK)).toEqual([]);
  });

  it('is marked illustrative, for the network to replace', () => {
    expect(STARTER_FRAMEWORK).toMatchObject({
      key: 'mind-body-qin',
      name: 'Mind & Body QIN framework v1 (illustrative)',
      versionNumber: 1,
      illustrative: true,
    });
  });

  it('has the five themes of the network, each described and holding standards', () => {
    expect(STARTER_FRAMEWORK.themes.map((t) => t.title)).toEqual([
      'Integrated patient care',
      'Patient and community involvement',
      'Staff learning and development',
      'Staff health and wellbeing',
      'Governance and organisational processes',
    ]);
    for (const theme of STARTER_FRAMEWORK.themes) {
      expect(theme.description.length).toBeGreaterThan(20);
      expect(standards.filter((s) => s.themeCode === theme.code).length).toBeGreaterThanOrEqual(7);
    }
  });

  it('has at least 40 standards mixing types and levels, each with guidance and 2-3 evidence examples', () => {
    expect(standards.length).toBeGreaterThanOrEqual(40);
    expect(standards.filter((s) => s.type === 'essential').length).toBeGreaterThanOrEqual(6);
    expect(standards.filter((s) => s.type === 'desirable').length).toBeGreaterThanOrEqual(10);
    expect(new Set(standards.map((s) => s.level))).toEqual(new Set(['service', 'organisation', 'both']));
    for (const s of standards) {
      expect(s.guidance.trim()).not.toBe('');
      expect(s.evidenceExamples.length).toBeGreaterThanOrEqual(2);
      expect(s.evidenceExamples.length).toBeLessThanOrEqual(3);
    }
  });

  it('gives both service and organisation assessments standards of every type to rate', () => {
    for (const kind of ['service', 'organisation'] as const) {
      const types = new Set(applicableStandards(STARTER_FRAMEWORK, kind).map((s) => s.type));
      expect(types).toEqual(new Set(['essential', 'expected', 'desirable']));
    }
  });

  it.each([
    ['physical health check', /physical health check/i],
    ['depression and anxiety screening', /screening tool/i],
    ['joint care plans', /care plan/i],
    ['liaison psychiatry', /liaison psychiatry/i],
    ['metabolic monitoring', /antipsychotic/i],
    ['smoking and activity', /smoking/i],
    ['health inequalities', /inequalit/i],
    ['lived experience', /lived experience/i],
    ['carers', /carer/i],
    ['community partners', /community organisations/i],
    ['supervision', /supervision/i],
    ['champions', /champions/i],
    ['reflective practice', /reflective practice/i],
    ['named lead', /named senior lead/i],
    ['board reporting', /board/i],
    ['outcome measurement', /outcomes/i],
    ['quality improvement', /quality improvement/i],
  ])('covers %s', (_topic, pattern) => {
    expect(standards.some((s) => pattern.test(`${s.title} ${s.text}`))).toBe(true);
  });

  it('has Excellent, Meeting the standard and Developing as its recognition levels', () => {
    expect(STARTER_FRAMEWORK.recognitionLevels.map((l) => [l.name, l.requirements])).toEqual([
      [
        'Excellent',
        [
          { type: 'essential', minMetPercent: 100 },
          { type: 'expected', minMetPercent: 80 },
          { type: 'desirable', minMetPercent: 50 },
        ],
      ],
      [
        'Meeting the standard',
        [
          { type: 'essential', minMetPercent: 100 },
          { type: 'expected', minMetPercent: 80 },
        ],
      ],
      ['Developing', []],
    ]);
  });

  it('says every standard in plain English: short, everyday words and no abbreviations', () => {
    for (const standard of STARTER_FRAMEWORK.standards) {
      const plain = standard.plainEnglish ?? '';
      expect({ code: standard.code, hasPlainEnglish: plain.trim().length > 0 }).toEqual({
        code: standard.code,
        hasPlainEnglish: true,
      });
      expect(plain.split(/\s+/).length).toBeLessThanOrEqual(35);
      // Abbreviations such as SMI, ECG, QI or A&E: two or more capitals together.
      expect(plain).not.toMatch(/\b[A-Z]{2,}\b|&/);
    }
  });
});
