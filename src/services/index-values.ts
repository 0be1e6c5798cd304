import { scopeId } from '../domain/network';
import type { EntityKind, EntityMap, IndexField } from './ports';

type Derivations = {
  readonly [K in EntityKind]: { readonly [F in IndexField<K>]: (entity: EntityMap[K]) => string | null };
};

const subjectIdOf = (s: { kind: 'service'; serviceId: string } | { kind: 'organisation'; organisationId: string }) =>
  s.kind === 'service' ? s.serviceId : s.organisationId;

/**
 * The value each filterable field takes for an entity: declared once here, next to IndexMap, so every store adapter
 * (SQLite columns, SharePoint indexed columns) files and finds entities the same way.
 */
export const INDEX_VALUES: Derivations = {
  framework: { key: (f) => f.key },
  organisation: {},
  service: { organisationId: (s) => s.organisationId },
  person: {
    email: (p) => p.email,
    identity: (p) => (p.tenantId !== null && p.objectId !== null ? `${p.tenantId}:${p.objectId}` : null),
    organisationId: (p) => p.organisationId,
  },
  roleAssignment: { personId: (r) => r.personId, scopeId: (r) => scopeId(r.scope) },
  cycle: {},
  assessment: {
    cycleId: (a) => a.cycleId,
    subjectId: (a) => subjectIdOf(a.subject),
    organisationId: (a) => a.subject.organisationId,
  },
  response: { assessmentId: (r) => r.assessmentId, cycleId: (r) => r.cycleId },
  evidence: { assessmentId: (e) => e.assessmentId },
  conversation: {
    personId: (c) => c.personId,
    identity: (c) => (c.objectId !== null ? `${c.tenantId}:${c.objectId}` : null),
    serviceId: (c) => c.serviceId,
  },
  notification: { personId: (n) => n.personId, status: (n) => n.status },
  reviewTeam: { assessmentId: (t) => t.assessmentId, cycleId: (t) => t.cycleId },
  conflictDeclaration: { personId: (d) => d.personId, organisationId: (d) => d.organisationId },
  reviewRating: { assessmentId: (r) => r.assessmentId },
  agreedRating: { assessmentId: (r) => r.assessmentId, cycleId: (r) => r.cycleId },
  finding: { assessmentId: (f) => f.assessmentId, cycleId: (f) => f.cycleId },
  action: {
    assessmentId: (a) => a.assessmentId,
    cycleId: (a) => a.cycleId,
    ownerId: (a) => a.ownerId,
    status: (a) => a.status,
  },
  report: { assessmentId: (r) => r.assessmentId, cycleId: (r) => r.cycleId, subjectId: (r) => subjectIdOf(r.subject) },
  libraryEntry: { status: (e) => e.status, assessmentId: (e) => e.assessmentId, announcement: (e) => e.announcement },
  visitDay: { assessmentId: (v) => v.assessmentId },
  visitNote: { assessmentId: (n) => n.assessmentId },
  reportComment: { assessmentId: (c) => c.assessmentId },
  reviewerClaim: { personId: (c) => c.personId, status: (c) => c.status },
  recognition: { assessmentId: (r) => r.assessmentId, cycleId: (r) => r.cycleId, subjectId: (r) => r.subjectId },
  questionnaire: { frameworkId: (q) => q.frameworkId, questionnaireKey: (q) => q.key },
  questionnaireRun: { serviceId: (r) => r.serviceId, cycleId: (r) => r.cycleId, tokenHash: (r) => r.tokenHash },
  questionnaireAnswer: { runId: (a) => a.runId },
  questionnaireComment: { runId: (c) => c.runId },
  questionnaireTally: {},
  questionnaireMarker: { runId: (m) => m.runId, personId: (m) => m.personId },
  assessmentSummary: { cycleId: (s) => s.cycleId, organisationId: (s) => s.subject.organisationId },
};

/**
 * Every entity kind, in EntityMap order. Read from INDEX_VALUES, which the compiler makes list every kind, so a new
 * kind in EntityMap reaches both store adapters and the backup without another list to keep in step.
 */
export const ENTITY_KINDS: readonly EntityKind[] = Object.freeze(Object.keys(INDEX_VALUES) as EntityKind[]);
