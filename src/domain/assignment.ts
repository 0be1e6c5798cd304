import { appliesTo, applicableStandards, type SubjectKind } from './applicability';
import { DomainError } from './errors';
import type { FrameworkDraft } from './framework-draft';

export type AssignmentTarget = { readonly themeCode: string } | { readonly standardCodes: readonly string[] };

/**
 * The standard codes a lead hands to a contributor: a whole theme, or a list of standards. Only standards
 * of the assessment's pinned framework that apply to its subject can be assigned, so a contributor is never
 * asked about a standard nobody will rate. Returned in framework order without repeats.
 */
export function standardsForAssignment(
  framework: FrameworkDraft,
  subjectKind: SubjectKind,
  target: AssignmentTarget,
): string[] {
  const applicable = applicableStandards(framework, subjectKind);
  if ('themeCode' in target) {
    const theme = framework.themes.find((t) => t.code === target.themeCode);
    if (theme === undefined) {
      throw new DomainError(
        'unknown_theme',
        `There is no theme ${target.themeCode} in this framework; the themes are ${framework.themes.map((t) => t.code).join(', ')}.`,
        'themeCode',
        { themeCode: target.themeCode },
      );
    }
    const codes = applicable.filter((s) => s.themeCode === theme.code).map((s) => s.code);
    if (codes.length === 0) {
      throw new DomainError(
        'nothing_to_assign',
        `No standard of theme ${theme.code} (${theme.title}) applies to this ${subjectKind}, so there is nothing to assign.`,
        'themeCode',
        { themeCode: theme.code },
      );
    }
    return codes;
  }

  const wanted = new Set(target.standardCodes);
  if (wanted.size === 0) {
    throw new DomainError('nothing_to_assign', 'Choose at least one standard to assign.', 'standardCodes');
  }
  const unknown: string[] = [];
  const notApplicable: string[] = [];
  for (const code of wanted) {
    const standard = framework.standards.find((s) => s.code === code);
    if (standard === undefined) unknown.push(code);
    else if (!appliesTo(standard.level, subjectKind)) notApplicable.push(code);
  }
  if (unknown.length > 0 || notApplicable.length > 0) {
    const parts: string[] = [];
    if (unknown.length > 0) parts.push(`not in this assessment's framework version: ${unknown.join(', ')}`);
    if (notApplicable.length > 0) {
      parts.push(`not rated in a ${subjectKind} assessment: ${notApplicable.join(', ')}`);
    }
    throw new DomainError(
      'invalid_standard_codes',
      `These standards cannot be assigned (${parts.join('; ')}).`,
      'standardCodes',
      { unknown, notApplicable },
    );
  }
  return applicable.filter((s) => wanted.has(s.code)).map((s) => s.code);
}
