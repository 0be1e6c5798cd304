import { REPORT_CONTENT_TYPES } from '../../domain/report';
import { buildVisitAgenda, type VisitAgenda } from '../../domain/visit-agenda';
import { visitAgendaDocument } from '../../domain/visit-agenda-document';
import { DomainError } from '../../domain/errors';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { agendaPerson, loadVisit, subjectLeads, subjectNames, type LoadedVisit } from './visit-context';

/** The agenda of the visit, built from what the store holds now: the page shows it and the Word file draws it. */
export async function agendaOf(ports: Ports, visit: LoadedVisit): Promise<VisitAgenda> {
  const { assessment, team } = visit;
  const [framework, responses, ratings, leads] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('response', { assessmentId: assessment.id }),
    ports.store.query('reviewRating', { assessmentId: assessment.id }),
    subjectLeads(ports, visit),
  ]);
  const memberIds = team?.members.map((m) => m.personId) ?? [];
  const contributorIds = responses.map((r) => r.assigneeId).filter((id): id is string => id !== null);
  const people = await ports.store.getMany('person', [...new Set([...memberIds, ...contributorIds])]);
  const byId = new Map(people.map((p) => [p.id, agendaPerson(p)]));
  return buildVisitAgenda({
    framework,
    subjectKind: assessment.subject.kind,
    responses,
    reviewerRatings: ratings,
    serviceLeads: leads.map(agendaPerson),
    team: (team?.members ?? []).map((m) => ({
      ...(byId.get(m.personId) ?? { personId: m.personId, name: m.personId, email: '' }),
      role: m.role,
    })),
    people: byId,
  });
}

/** The agenda as a Word document, made in memory through the report renderer. */
export async function visitAgendaFile(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const visit = await loadVisit(ports, principal, assessmentId);
  authorize(principal, 'review.read', visit.resource);
  if (!ports.reports) {
    throw new DomainError('reports_unavailable', 'Report rendering is not configured on this server.', 'format');
  }
  const [agenda, names] = await Promise.all([agendaOf(ports, visit), subjectNames(ports, visit)]);
  const document = visitAgendaDocument(agenda, {
    ...names,
    visit: visit.team?.visit ?? null,
    joinUrl: visit.day.meeting?.joinUrl ?? null,
  });
  const bytes = await ports.reports.docx(document);
  return { fileName: `${document.fileStem}.docx`, contentType: REPORT_CONTENT_TYPES.docx, body: Buffer.from(bytes) };
}
