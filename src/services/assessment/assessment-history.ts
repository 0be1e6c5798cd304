import type { AssessmentState } from '../../domain/assessment';
import type { IsoDateTime } from '../../domain/ids';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { subjectIdOf, subjectNames } from '../network/cycle-reads';
import { loadFramework } from '../network/frameworks';
import { loadAssessment } from './assessment-context';
import { auditTrailOf } from './audit-trail';
import { changeInWords, standardCodeOf, type HistoryNames } from './change-words';

/** One change on an assessment's history page. */
export interface HistoryEntry {
  readonly at: IsoDateTime;
  /** Who made it, by name. */
  readonly who: string;
  /** What changed, in words. */
  readonly what: string;
  /** The standard it was about, if any (the page links to it). */
  readonly standardCode: string | null;
}

export interface AssessmentHistory {
  /** What the page's heading names: the service (or organisation), the cycle, and where the assessment is. */
  readonly subjectName: string;
  readonly cycleName: string;
  readonly state: AssessmentState;
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
}

/** Words for a change the app made itself (a summary rebuilt, a restore), not a person. */
const BY_THE_APP = 'The app';
/** Words for someone the network no longer lists. */
const SOMEONE_NOT_LISTED = 'Someone no longer in the network';

/**
 * An assessment's audit trail as its history page shows it: who changed what, and when, newest first, with names
 * rather than ids. The same people may see it as may see the trail (`assessment.audit`), and it leaves out the same
 * review-team working (assessmentAuditTrail).
 */
export async function assessmentHistory(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<AssessmentHistory> {
  const loaded = await loadAssessment(ports, assessmentId);
  const { assessment, cycle } = loaded;
  const [trail, framework, subjects] = await Promise.all([
    auditTrailOf(ports, principal, loaded),
    loadFramework(ports, assessment.frameworkVersionId),
    subjectNames(ports, [assessment]),
  ]);
  const personIds = new Set<string>();
  for (const event of trail) {
    personIds.add(event.actorId);
    const assigneeId = (event.after as { assigneeId?: unknown } | null)?.assigneeId;
    if (typeof assigneeId === 'string') personIds.add(assigneeId);
  }
  const people = await ports.store.getMany('person', [...personIds]);
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const titleOf = new Map(framework.standards.map((s) => [s.code, s.title]));
  const names: HistoryNames = {
    personName: (id) => nameOf.get(id) ?? (id.startsWith('system:') ? BY_THE_APP : SOMEONE_NOT_LISTED),
    standardName: (code) => {
      const title = titleOf.get(code);
      return title ? `${code} ${title}` : code;
    },
  };
  const entries = trail.flatMap((event): HistoryEntry[] => {
    const what = changeInWords(event, names);
    return what === null
      ? []
      : [{ at: event.at, who: names.personName(event.actorId), what, standardCode: standardCodeOf(event) }];
  });
  const subjectId = subjectIdOf(assessment);
  return {
    subjectName: subjects.get(subjectId) ?? subjectId,
    cycleName: cycle.name,
    state: assessment.state,
    entries: entries.reverse(),
  };
}
