import { createContext, useContext, useEffect, useState } from 'react';
import type { Api } from '../../../api/endpoints';
import type { EvidenceItem } from '../../../api/types';

/** What people said, by standard code, for the page's assessment: null until loaded or when not permitted. */
export type EvidenceByStandard = ReadonlyMap<string, readonly EvidenceItem[]>;

export const QuestionnaireEvidenceContext = createContext<EvidenceByStandard | null>(null);

/** The items beside one standard, from the page's one call; none when nothing may be shown. */
export function useEvidenceFor(standardCode: string): readonly EvidenceItem[] {
  return useContext(QuestionnaireEvidenceContext)?.get(standardCode) ?? [];
}

/**
 * Loads what the service's questionnaires say, in ONE call for the whole assessment, when the API says the person
 * may read the results. A failure leaves the panels empty: the standards' own work goes on without them.
 */
export function useQuestionnaireEvidence(
  api: Api,
  assessmentId: string,
  permitted: boolean,
): EvidenceByStandard | null {
  const [evidence, setEvidence] = useState<EvidenceByStandard | null>(null);
  useEffect(() => {
    if (!permitted) return undefined;
    let current = true;
    api.questionnaireEvidence(assessmentId).then(
      (view) => current && setEvidence(new Map(view.standards.map((s) => [s.standardCode, s.items]))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, assessmentId, permitted]);
  return permitted ? evidence : null;
}
