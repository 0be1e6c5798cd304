import { responseId } from '../../domain/assessment';
import type { NotificationRecord } from '../../domain/conversation';
import { DomainError } from '../../domain/errors';
import type { Person } from '../../domain/network';
import { authorize, type Principal } from '../access-policy';
import { loadAssessment } from '../assessment/assessment-context';
import type { Ports } from '../context';
import { conversationOf } from '../identity/conversations';
import { NotFoundError } from '../errors';
import { loadFramework } from '../network/frameworks';
import type { Notifier } from './notifier';
import { ConflictError } from '../ports';
import type { NotMineContent } from './content';
import { deliverRecord } from './delivery';
import { newRecord } from './records';

export interface NotMineResult {
  /** The leads told (reached = the message was delivered to them in Teams). */
  readonly leads: readonly { readonly name: string; readonly reached: boolean }[];
  /** The person had already said so: nobody is told twice. */
  readonly alreadyReported: boolean;
}

/** The service's leads (or, for an organisation assessment or a service without one, the organisational leads). */
async function leadsOf(ports: Ports, subject: { organisationId: string; serviceId?: string }): Promise<Person[]> {
  const ids = async (scopeId: string, role: string) =>
    (await ports.store.query('roleAssignment', { scopeId })).filter((r) => r.role === role).map((r) => r.personId);
  let leadIds = subject.serviceId ? await ids(subject.serviceId, 'service_lead') : [];
  if (leadIds.length === 0) leadIds = await ids(subject.organisationId, 'organisational_lead');
  return ports.store.getMany('person', [...new Set(leadIds)]);
}

/**
 * A contributor says a standard assigned to them is not theirs: their lead(s) are told in Teams so they can
 * reassign it. Said twice, nobody is told twice (one record per lead, standard and person is the dedupe key).
 */
export async function reportNotMine(
  ports: Ports,
  notifier: Notifier,
  principal: Principal,
  assessmentId: string,
  standardCode: string,
): Promise<NotMineResult> {
  const { assessment, resource } = await loadAssessment(ports, assessmentId);
  authorize(principal, 'assessment.read', resource);
  const response = await ports.store.get('response', responseId(assessmentId, standardCode));
  if (!response) throw new NotFoundError('standard in this assessment', standardCode);
  if (response.assigneeId !== principal.person.id) {
    throw new DomainError(
      'not_assigned',
      `Standard ${standardCode} is not assigned to you, so there is nothing to hand back.`,
      'standardCode',
    );
  }
  const framework = await loadFramework(ports, assessment.frameworkVersionId);
  const subject = assessment.subject;
  const subjectName =
    subject.kind === 'service'
      ? ((await ports.store.get('service', subject.serviceId))?.name ?? subject.serviceId)
      : ((await ports.store.get('organisation', subject.organisationId))?.name ?? subject.organisationId);
  const leads = await leadsOf(ports, {
    organisationId: subject.organisationId,
    ...(subject.kind === 'service' ? { serviceId: subject.serviceId } : {}),
  });
  const told: { name: string; reached: boolean }[] = [];
  let alreadyReported = false;
  for (const lead of leads.filter((l) => l.id !== principal.person.id)) {
    const content: NotMineContent = {
      kind: 'not_mine',
      leadName: lead.displayName,
      fromName: principal.person.displayName,
      assessmentId,
      subjectName,
      standardCode,
      standardTitle: framework.standards.find((s) => s.code === standardCode)?.title ?? standardCode,
    };
    const conversation = await conversationOf(ports, lead);
    const reachable = conversation?.status === 'active';
    const record = newRecord({
      kind: 'not_mine',
      personId: lead.id,
      period: `${assessmentId}:${standardCode}:${principal.person.id}`,
      content,
      conversationId: conversation?.id ?? null,
      at: ports.clock.now().toISOString(),
      ...(reachable ? {} : { status: 'skipped' as const, error: 'The lead has not installed the app in Teams.' }),
    });
    let stored: NotificationRecord;
    try {
      const [written] = await ports.store.commit({ actorId: principal.person.id, at: record.createdAt }, [
        { op: 'put', kind: 'notification', value: record, expectedVersion: 0 },
      ]);
      stored = written;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      alreadyReported = true;
      continue;
    }
    const outcome =
      reachable && conversation ? await deliverRecord(ports, notifier, stored, conversation, 1) : 'failed';
    told.push({ name: lead.displayName, reached: outcome === 'sent' });
  }
  return { leads: told, alreadyReported };
}
