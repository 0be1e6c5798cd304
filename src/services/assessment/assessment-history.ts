import type { AuditEvent } from '../../domain/audit';
import type { IsoDateTime } from '../../domain/ids';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { loadAssessment } from './assessment-context';
import { auditTrailOf } from './audit-trail';
import { changeInWords, type HistoryNames } from './change-words';

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
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
}

/** Words for a change the app made itself (a summary rebuilt, a restore), not a person. */
export const BY_THE_APP = 'The app';
/** Words for someone the network no longer lists. */
export const SOMEONE_NOT_LISTED = 'Someone no longer in the network';

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
  const trail = await auditTrailOf(ports, principal, loaded);
  const framework = await loadFramework(ports, loaded.assessment.frameworkVersionId);
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
  return { entries: entries.reverse() };
}

function standardCodeOf(event: AuditEvent): string | null {
  const code = ((event.after ?? event.before) as { standardCode?: unknown } | null)?.standardCode;
  return typeof code === 'string' ? code : null;
}
