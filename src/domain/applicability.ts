import type { StandardLevel, Standard } from './framework';
import type { FrameworkDraft } from './framework-draft';

export type SubjectKind = 'service' | 'organisation';

/** Whether a standard of `level` is rated in an assessment of `subjectKind`. */
export function appliesTo(level: StandardLevel, subjectKind: SubjectKind): boolean {
  return level === 'both' || level === subjectKind;
}

/**
 * The standards an assessment of this kind rates, in framework order. Accepts a draft as well as a stored
 * version so previews and imports can use it.
 */
export function applicableStandards(framework: FrameworkDraft, subjectKind: SubjectKind): Standard[] {
  return framework.standards.filter((s) => appliesTo(s.level, subjectKind));
}

export function findStandard(framework: FrameworkDraft, code: string): Standard | undefined {
  return framework.standards.find((s) => s.code === code);
}
