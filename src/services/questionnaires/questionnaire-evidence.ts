import { questionnaireEvidence, type StandardEvidence } from '../../domain/questionnaires/questionnaire-evidence';
import { questionnaireResults } from '../../domain/questionnaires/questionnaire-results';
import { emptyTally } from '../../domain/questionnaires/questionnaire-tally';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from '../assessment/assessment-context';
import type { Ports } from '../context';

/** GET /api/v1/assessments/:id/questionnaire-evidence: what people said, beside the standards it informs. */
export interface QuestionnaireEvidenceView {
  readonly assessmentId: string;
  /** Only standards something may be said about: nothing from a run or an item under its minimum. */
  readonly standards: readonly StandardEvidence[];
}

/**
 * What the questionnaires of a service in a cycle say, per standard, from the runs' counts alone: one query for the
 * runs, then their counts and questionnaires in two batched reads, whatever the number of answers.
 */
export async function serviceQuestionnaireEvidence(
  ports: Ports,
  serviceId: string,
  cycleId: string,
): Promise<StandardEvidence[]> {
  const runs = (await ports.store.query('questionnaireRun', { serviceId })).filter((r) => r.cycleId === cycleId);
  if (runs.length === 0) return [];
  const [tallies, questionnaires] = await Promise.all([
    ports.store.getMany(
      'questionnaireTally',
      runs.map((r) => r.id),
    ),
    ports.store.getMany('questionnaire', [...new Set(runs.map((r) => r.questionnaireId))]),
  ]);
  const tallyOf = new Map(tallies.map((t) => [t.id, t]));
  const questionnaireOf = new Map(questionnaires.map((q) => [q.id, q]));
  return questionnaireEvidence(
    runs.flatMap((run) => {
      const questionnaire = questionnaireOf.get(run.questionnaireId);
      if (!questionnaire) return [];
      return [questionnaireResults(questionnaire, run, tallyOf.get(run.id) ?? emptyTally(run.id))];
    }),
  );
}

/** The evidence of an assessment's service for those who may read its questionnaire results; none for an organisation. */
export async function assessmentQuestionnaireEvidence(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<QuestionnaireEvidenceView> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.results', resource);
  const subject = assessment.subject;
  return {
    assessmentId,
    standards:
      subject.kind === 'service'
        ? await serviceQuestionnaireEvidence(ports, subject.serviceId, assessment.cycleId)
        : [],
  };
}
