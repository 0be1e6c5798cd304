import { cachedCycles, cachedFramework, cachedPeople } from '../../api/cached';
import type { Api } from '../../api/endpoints';
import type { AssessmentDetail, AssessmentPerson, Cycle, FrameworkVersion } from '../../api/types';

export interface AssessmentView {
  readonly detail: AssessmentDetail;
  readonly framework: FrameworkVersion;
  readonly cycle: Cycle | undefined;
  readonly people: readonly AssessmentPerson[];
}

export async function loadAssessmentView(api: Api, id: string): Promise<AssessmentView> {
  const detail = await api.assessment(id);
  const [framework, cycles, people] = await Promise.all([
    cachedFramework(api, detail.assessment.frameworkVersionId),
    cachedCycles(api).catch(() => [] as Cycle[]),
    cachedPeople(api, detail.assessment.id),
  ]);
  return { detail, framework, cycle: cycles.find((c) => c.id === detail.assessment.cycleId), people };
}
