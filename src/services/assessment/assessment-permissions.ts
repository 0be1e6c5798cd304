import type { Assessment, StandardResponse } from '../../domain/assessment';
import {
  ASSESSMENT_ACTIONS,
  selfAssessmentLockedBecause,
  transitionRefusal,
  type AssessmentAction,
} from '../../domain/assessment-state';
import { actionPlanNotOpenBecause } from '../../domain/action-plan';
import type { Cycle } from '../../domain/cycle';
import { longDate } from '../../domain/formatting/uk-dates';
import { isAllowed, type Principal, type Resource } from '../access-policy';
import { permission, refused, type Permission, type Permissions } from '../permission';

/** What a person may do with a whole assessment: its state changes, assigning standards, adding evidence. */
export const ASSESSMENT_ACTS = [
  ...ASSESSMENT_ACTIONS,
  'assign',
  'add_evidence',
  'read_actions',
  'read_questionnaires',
  'read_history',
] as const;
export type AssessmentAct = (typeof ASSESSMENT_ACTS)[number];

/** What a person may do with one standard's response. */
export type StandardAct = 'rate';

/** Which permission each state change needs. */
export const ACTION_PERMISSION = {
  start: 'assessment.rate',
  submit: 'assessment.submit',
  begin_review: 'assessment.review',
  return: 'assessment.review',
  resume: 'assessment.rate',
  agree: 'assessment.review',
  close: 'assessment.close',
} as const satisfies Record<AssessmentAction, string>;

export function assessmentPermissions(
  principal: Principal,
  assessment: Assessment,
  resource: Resource,
): Permissions<AssessmentAct> {
  const locked = selfAssessmentLockedBecause(assessment.state);
  const transitions = Object.fromEntries(
    ASSESSMENT_ACTIONS.map((action) => [
      action,
      permission(principal, ACTION_PERMISSION[action], resource, transitionRefusal(assessment.state, action)),
    ]),
  ) as Record<AssessmentAction, Permission>;
  return {
    ...transitions,
    assign: permission(principal, 'assessment.assign', resource, locked),
    add_evidence: permission(principal, 'evidence.upload', resource, locked),
    // The action plan page, linked from the self-assessment once the review is agreed.
    read_actions: permission(principal, 'action.read', resource, actionPlanNotOpenBecause(assessment.state)),
    // The history page: who changed what, and when (the audit trail in words).
    read_history: permission(principal, 'assessment.audit', resource, null),
    // The questionnaires page and what people said beside each standard (issue 17); services run questionnaires.
    read_questionnaires: permission(
      principal,
      'questionnaire.results',
      resource,
      assessment.subject.kind === 'service' ? null : 'Questionnaires are run by services, not by organisations.',
    ),
  };
}

/**
 * Whether the person may rate one standard now, and if not the most useful reason: the window when their role
 * would allow it in another phase, who the standard is assigned to, or that the assessment is locked.
 */
export function ratePermission(
  principal: Principal,
  assessment: Assessment,
  cycle: Cycle,
  resource: Resource,
  response: StandardResponse,
  assigneeName: string | null,
): Permission {
  const asked: Resource = { ...resource, assigneeId: response.assigneeId };
  if (!isAllowed(principal, 'assessment.rate', asked)) {
    const phase = resource.phase ?? 'not_open';
    if (
      phase !== 'self_assessment' &&
      isAllowed(principal, 'assessment.rate', { ...asked, phase: 'self_assessment' })
    ) {
      return refused(
        phase === 'not_open'
          ? `The self-assessment of ${cycle.name} opens on ${longDate(cycle.windows.self_assessment.start)}.`
          : `The self-assessment window of ${cycle.name} closed on ${longDate(cycle.windows.self_assessment.end)}, so ratings can no longer be changed.`,
      );
    }
    return refused(
      response.assigneeId && response.assigneeId !== principal.person.id
        ? `Standard ${response.standardCode} is assigned to ${assigneeName ?? 'someone else'}; only they or a lead can rate it.`
        : `Only the service lead, the organisational lead or an assigned contributor can rate standard ${response.standardCode}.`,
    );
  }
  return permission(principal, 'assessment.rate', asked, selfAssessmentLockedBecause(assessment.state));
}
