import { DomainError } from '../../domain/errors';
import { validateNoteText, visitNoteId, type VisitNote } from '../../domain/visit-day';
import { authorize, type Principal } from '../access-policy';
import { putOne, type Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { requireMember } from './review-context';
import { loadVisit } from './visit-context';

/**
 * A team member's own note on one theme for the visit day. Each member keeps their own note per theme rather
 * than one shared text: notes are autosaved from several devices at once, often offline, and a shared text would
 * turn every reconnection into a conflict between colleagues; the team still reads each other's notes.
 */
export async function saveVisitNote(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  themeCode: string,
  input: { text: string; version: number },
): Promise<VisitNote> {
  const visit = await loadVisit(ports, principal, assessmentId);
  authorize(principal, 'review.rate', visit.resource);
  requireMember(visit, 'write notes for this visit');
  const framework = await loadFramework(ports, visit.assessment.frameworkVersionId);
  if (!framework.themes.some((t) => t.code === themeCode)) {
    throw new DomainError(
      'unknown_theme',
      `There is no theme ${themeCode} in this framework; the themes are ${framework.themes.map((t) => t.code).join(', ')}.`,
      'themeCode',
    );
  }
  validateNoteText(input.text);
  const note: VisitNote = {
    id: visitNoteId(assessmentId, themeCode, principal.person.id),
    version: input.version,
    assessmentId,
    cycleId: visit.assessment.cycleId,
    themeCode,
    personId: principal.person.id,
    text: input.text,
    updatedAt: ports.clock.now().toISOString(),
  };
  return putOne(ports, principal, 'visitNote', note, input.version);
}
