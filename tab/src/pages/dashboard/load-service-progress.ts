import { cachedFramework, cachedPeople } from '../../api/cached';
import type { Api } from '../../api/endpoints';
import type { AssessmentDetail, AssessmentPerson, FrameworkVersion, NetworkScores, ScoreReport } from '../../api/types';
import type { NetworkMedian } from '../shared/network-median';

export interface ServiceProgressData {
  readonly detail: AssessmentDetail;
  readonly scores: ScoreReport;
  readonly framework: FrameworkVersion;
  readonly people: readonly AssessmentPerson[];
  /** Anonymised network medians, when the person may see benchmarks. */
  readonly network: NetworkScores | null;
}

export async function loadServiceProgress(
  api: Api,
  assessmentId: string,
  cycleId: string,
): Promise<ServiceProgressData> {
  const [detail, scores, network] = await Promise.all([
    api.assessment(assessmentId),
    api.scores(assessmentId),
    api.networkScores(cycleId).catch(() => null),
  ]);
  const [framework, people] = await Promise.all([
    cachedFramework(api, detail.assessment.frameworkVersionId),
    cachedPeople(api, detail.assessment.id),
  ]);
  return { detail, scores, framework, people, network };
}

/**
 * Network median per theme (and "overall"), for comparison columns and chart series, each with the reason it is
 * hidden when the API withholds it, so the page says so rather than "Not scored yet".
 */
export function medians(network: NetworkScores | null): Map<string, NetworkMedian> {
  const map = new Map<string, NetworkMedian>();
  if (!network) return map;
  map.set('overall', { median: network.overall.median, hidden: network.overall.hidden });
  for (const theme of network.byTheme) {
    map.set(theme.themeCode, { median: theme.quartiles.median, hidden: theme.quartiles.hidden });
  }
  return map;
}
