import type { Audience } from './questionnaire';
import type { ItemResult, QuestionnaireResults } from './questionnaire-results';

/** One item's result beside a standard it informs, with the questionnaire it comes from. */
export interface EvidenceItem {
  readonly runId: string;
  readonly questionnaireTitle: string;
  readonly audience: Audience;
  readonly itemCode: string;
  readonly text: string;
  readonly scale: ItemResult['scale'];
  /** How many answered the item (only ever shown from the run's minimum up). */
  readonly answered: number;
  /** Null for free-text items. */
  readonly sharePositive: number | null;
  readonly distribution: ItemResult['distribution'];
}

/** What people said about one standard, across the questionnaires of the assessment's service and cycle. */
export interface StandardEvidence {
  readonly standardCode: string;
  readonly items: readonly EvidenceItem[];
}

/**
 * The results of a service's questionnaires arranged by the standards their items inform. Only what the results
 * already show is carried: a run under its minimum, or an item answered by fewer than the minimum, adds nothing,
 * so a standard is listed only once something may be said about it.
 */
export function questionnaireEvidence(runs: readonly QuestionnaireResults[]): StandardEvidence[] {
  const byStandard = new Map<string, EvidenceItem[]>();
  for (const run of runs) {
    if (run.suppressed) continue;
    for (const item of run.items) {
      if (item.answered === null) continue;
      const evidence: EvidenceItem = {
        runId: run.runId,
        questionnaireTitle: run.title,
        audience: run.audience,
        itemCode: item.code,
        text: item.text,
        scale: item.scale,
        answered: item.answered,
        sharePositive: item.sharePositive,
        distribution: item.distribution,
      };
      for (const code of item.standards) byStandard.set(code, [...(byStandard.get(code) ?? []), evidence]);
    }
  }
  return [...byStandard]
    .map(([standardCode, items]) => ({ standardCode, items }))
    .sort((a, b) => a.standardCode.localeCompare(b.standardCode, 'en-GB', { numeric: true }));
}
