import type { FrameworkVersion } from '../../api/types';
import { naReasonMissing } from '../../../../src/domain/response-rules';
import type { ResponseFields } from './response-fields';

export interface Gap {
  readonly standardCode: string;
  readonly title: string;
  readonly themeCode: string;
  readonly problem: 'not_rated' | 'na_without_reason';
}

/**
 * What must be done before submitting, in framework order: the same rule as the API's (every standard of the
 * assessment rated; "not applicable" with a reason), checked on what the person sees, unsaved edits included.
 */
export function submissionGaps(
  framework: Pick<FrameworkVersion, 'standards'>,
  fieldsByCode: ReadonlyMap<string, ResponseFields>,
): Gap[] {
  const gaps: Gap[] = [];
  for (const standard of framework.standards) {
    const fields = fieldsByCode.get(standard.code);
    if (!fields) continue;
    const base = { standardCode: standard.code, title: standard.title, themeCode: standard.themeCode };
    if (fields.rating === null) gaps.push({ ...base, problem: 'not_rated' });
    else if (naReasonMissing(fields)) gaps.push({ ...base, problem: 'na_without_reason' });
  }
  return gaps;
}

export const GAP_LABELS: Readonly<Record<Gap['problem'], string>> = {
  not_rated: 'not rated yet',
  na_without_reason: 'marked not applicable without a reason',
};
