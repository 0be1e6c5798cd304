import {
  STANDARD_LEVELS,
  STANDARD_TYPES,
  type RecognitionLevel,
  type Standard,
  type StandardLevel,
  type StandardType,
} from './framework';
import type { FieldError, FrameworkDraft } from './framework-draft';

export type { FieldError, FrameworkDraft } from './framework-draft';

/**
 * A draft as it arrives from a file, before its enum values are known to be valid. Every `FrameworkDraft`
 * is one, so the same rules check typed drafts and raw imports, and an import reports every problem at once.
 */
export interface LooseFrameworkDraft {
  readonly key: string;
  readonly name: string;
  readonly versionNumber: number;
  readonly illustrative: boolean;
  readonly themes: readonly { readonly code: string; readonly title: string; readonly description: string }[];
  readonly standards: readonly LooseStandard[];
  readonly recognitionLevels: readonly LooseRecognitionLevel[];
}

export interface LooseStandard extends Omit<Standard, 'level' | 'type'> {
  readonly level: string;
  readonly type: string;
}

export interface LooseRecognitionLevel {
  readonly name: string;
  readonly description: string;
  readonly requirements: readonly { readonly type: string; readonly minMetPercent: number }[];
}

const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A dot would make "does the standard code start with its theme code" ambiguous; spaces break links. */
const THEME_CODE_PATTERN = /^[^\s.]+$/;

export function isStandardLevel(value: string): value is StandardLevel {
  return (STANDARD_LEVELS as readonly string[]).includes(value);
}

export function isStandardType(value: string): value is StandardType {
  return (STANDARD_TYPES as readonly string[]).includes(value);
}

/**
 * Every problem in a framework draft, each naming the field at fault as a path such as `standards[3].type`.
 * Messages do not repeat the path, so importers can point at a file line and column instead.
 */
export function validateFramework(draft: FrameworkDraft | LooseFrameworkDraft): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => {
    errors.push({ line: null, field, message });
  };

  if (!KEY_PATTERN.test(draft.key)) {
    add('key', 'The key must be lower-case letters and digits joined by hyphens, e.g. mind-body-qin.');
  }
  if (draft.name.trim() === '') add('name', 'The framework needs a name.');
  if (!Number.isInteger(draft.versionNumber) || draft.versionNumber < 1) {
    add('versionNumber', 'The version number must be a whole number, 1 or more.');
  }

  const themeCodes = new Set<string>();
  if (draft.themes.length === 0) add('themes', 'The framework needs at least one theme.');
  draft.themes.forEach((theme, i) => {
    if (!THEME_CODE_PATTERN.test(theme.code)) {
      add(`themes[${i}].code`, 'A theme code must be filled in, without spaces or dots, e.g. 1.');
    } else if (themeCodes.has(theme.code)) {
      add(`themes[${i}].code`, `Theme code ${theme.code} is used by an earlier theme; each theme needs its own.`);
    }
    if (theme.code !== '') themeCodes.add(theme.code);
    if (theme.title.trim() === '') add(`themes[${i}].title`, 'Every theme needs a title.');
  });

  const standardCodes = new Map<string, string>();
  if (draft.standards.length === 0) add('standards', 'The framework needs at least one standard.');
  draft.standards.forEach((standard, i) => {
    for (const problem of standardProblems(standard, themeCodes))
      add(`standards[${i}].${problem.field}`, problem.message);
    const earlier = standardCodes.get(standard.code);
    if (earlier !== undefined && standard.code.trim() !== '') {
      add(
        `standards[${i}].code`,
        `Standard code ${standard.code} is already used by "${earlier}"; each standard needs its own code.`,
      );
    } else {
      standardCodes.set(standard.code, standard.title);
    }
  });

  errors.push(...recognitionProblems(draft.recognitionLevels));
  return errors;
}

/** Problems of one standard on its own (not duplicates), keyed by the standard's own field names. */
export function standardProblems(
  standard: LooseStandard,
  themeCodes: ReadonlySet<string>,
): { field: keyof LooseStandard | `evidenceExamples[${number}]`; message: string }[] {
  const problems: { field: keyof LooseStandard | `evidenceExamples[${number}]`; message: string }[] = [];
  const { code, themeCode } = standard;
  if (code.trim() === '') {
    problems.push({ field: 'code', message: 'Every standard needs a code, e.g. 1.4.' });
  } else if (themeCodes.has(themeCode) && !(code.startsWith(`${themeCode}.`) && code.length > themeCode.length + 1)) {
    problems.push({
      field: 'code',
      message: `Standard code ${code} must start with its theme's code and a dot, e.g. ${themeCode}.1.`,
    });
  }
  if (!themeCodes.has(themeCode)) {
    const known = [...themeCodes].join(', ');
    problems.push({
      field: 'themeCode',
      message:
        themeCode.trim() === ''
          ? `Every standard needs a theme code (one of ${known || 'the theme codes'}).`
          : `There is no theme ${themeCode}; the themes are ${known || 'not defined yet'}.`,
    });
  }
  if (standard.title.trim() === '') problems.push({ field: 'title', message: 'Every standard needs a short title.' });
  if (standard.text.trim() === '') problems.push({ field: 'text', message: 'Every standard needs its full text.' });
  standard.evidenceExamples.forEach((example, j) => {
    if (example.trim() === '') {
      problems.push({ field: `evidenceExamples[${j}]`, message: 'An evidence example cannot be blank.' });
    }
  });
  if (!isStandardLevel(standard.level)) {
    problems.push({
      field: 'level',
      message: `Level must be one of ${STANDARD_LEVELS.join(', ')} (not "${standard.level}").`,
    });
  }
  if (!isStandardType(standard.type)) {
    problems.push({
      field: 'type',
      message: `Type must be one of ${STANDARD_TYPES.join(', ')} (not "${standard.type}").`,
    });
  }
  return problems;
}

/** Recognition levels are tried highest first, so the last must always be reachable: it has no requirements. */
export function recognitionProblems(levels: readonly LooseRecognitionLevel[]): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => {
    errors.push({ line: null, field, message });
  };
  if (levels.length === 0) {
    add('recognitionLevels', 'The framework needs recognition levels, the last one with no requirements.');
  }
  const names = new Set<string>();
  levels.forEach((level, i) => {
    if (level.name.trim() === '') add(`recognitionLevels[${i}].name`, 'Every recognition level needs a name.');
    else if (names.has(level.name)) {
      add(`recognitionLevels[${i}].name`, `There is already a recognition level called ${level.name}.`);
    }
    names.add(level.name);
    const types = new Set<string>();
    level.requirements.forEach((req, j) => {
      const path = `recognitionLevels[${i}].requirements[${j}]`;
      if (!isStandardType(req.type)) {
        add(`${path}.type`, `Type must be one of ${STANDARD_TYPES.join(', ')} (not "${req.type}").`);
      } else if (types.has(req.type)) {
        add(`${path}.type`, `This level already has a requirement for ${req.type} standards.`);
      }
      types.add(req.type);
      if (!Number.isFinite(req.minMetPercent) || req.minMetPercent < 0 || req.minMetPercent > 100) {
        add(`${path}.minMetPercent`, 'The percentage of standards met must be between 0 and 100.');
      }
    });
  });
  const last = levels[levels.length - 1];
  if (last !== undefined && last.requirements.length > 0) {
    add(
      `recognitionLevels[${levels.length - 1}].requirements`,
      `The last recognition level (${last.name}) must have no requirements, so every assessment gets a level.`,
    );
  }
  return errors;
}

/**
 * The typed draft, once `validateFramework` found nothing wrong; undefined if an enum value is still
 * invalid (callers validate first, so that means a bug rather than bad input).
 */
export function toTypedDraft(loose: LooseFrameworkDraft): FrameworkDraft | undefined {
  const standards: Standard[] = [];
  for (const s of loose.standards) {
    const { level, type } = s;
    if (!isStandardLevel(level) || !isStandardType(type)) return undefined;
    standards.push({ ...s, evidenceExamples: [...s.evidenceExamples], level, type });
  }
  const recognitionLevels: RecognitionLevel[] = [];
  for (const l of loose.recognitionLevels) {
    const requirements: { type: StandardType; minMetPercent: number }[] = [];
    for (const r of l.requirements) {
      if (!isStandardType(r.type)) return undefined;
      requirements.push({ type: r.type, minMetPercent: r.minMetPercent });
    }
    recognitionLevels.push({ name: l.name, description: l.description, requirements });
  }
  return {
    key: loose.key,
    name: loose.name,
    versionNumber: loose.versionNumber,
    illustrative: loose.illustrative,
    themes: loose.themes.map((t) => ({ code: t.code, title: t.title, description: t.description })),
    standards,
    recognitionLevels,
  };
}
