import type { AssessmentDetail, MeResponse, StandardResponse } from '../../api/types';
import { contributesTo, leadsAssessment } from '../../app/roles';

const EDITABLE_STATES = new Set(['not_started', 'in_progress', 'returned']);

export function isOpenForRating(detail: AssessmentDetail): boolean {
  return EDITABLE_STATES.has(detail.assessment.state);
}

/** Mirrors the API's rule so the page offers only what will be accepted (the API still decides). */
export function canEditResponse(me: MeResponse, detail: AssessmentDetail, response: StandardResponse): boolean {
  if (!isOpenForRating(detail)) return false;
  if (detail.canRate) return true;
  return (
    detail.phase === 'self_assessment' && contributesTo(me, detail.assessment) && response.assigneeId === me.person.id
  );
}

export function canAssign(me: MeResponse, detail: AssessmentDetail): boolean {
  return isOpenForRating(detail) && leadsAssessment(me, detail.assessment);
}
