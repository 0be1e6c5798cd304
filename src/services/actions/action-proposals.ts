import { DEFAULT_DAYS_TO_ACT, newAction, type ActionItem } from '../../domain/action-plan';
import type { Assessment } from '../../domain/assessment';
import type { Finding } from '../../domain/review';
import type { Ports } from '../context';

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Who owns an action until the service says otherwise: the service lead (for an organisation assessment, the
 * organisational lead). Null when the subject has no lead yet: the finding then shows in the plan as needing an
 * action, because an action is never stored without an owner.
 */
export async function defaultOwnerOf(ports: Ports, assessment: Assessment): Promise<string | null> {
  const subject = assessment.subject;
  const scopeId = subject.kind === 'service' ? subject.serviceId : subject.organisationId;
  const role = subject.kind === 'service' ? 'service_lead' : 'organisational_lead';
  const leads = (await ports.store.query('roleAssignment', { scopeId }))
    .filter((r) => r.role === role)
    .sort((a, b) => a.id.localeCompare(b.id));
  return leads[0]?.personId ?? null;
}

/** One proposed action per area for improvement and immediate concern, due weeks (concern) or months away. */
export async function proposeActions(
  ports: Ports,
  assessment: Assessment,
  findings: readonly Finding[],
  now: string,
): Promise<ActionItem[]> {
  const owner = await defaultOwnerOf(ports, assessment);
  if (owner === null) return [];
  const existing = new Set(
    (await ports.store.query('action', { assessmentId: assessment.id })).map((a) => a.findingId),
  );
  return findings
    .filter((f) => f.kind !== 'good_practice' && !existing.has(f.id))
    .map((f) => {
      const kind = f.kind as 'area_for_improvement' | 'immediate_concern';
      return newAction(
        assessment,
        {
          id: `action:${f.id}`,
          findingId: f.id,
          findingKind: kind,
          standardCode: f.standardCode,
          title: `Respond to ${kind === 'immediate_concern' ? 'immediate concern' : 'area for improvement'} on ${f.standardCode}`,
          description: f.text,
          ownerId: owner,
          dueDate: addDays(now.slice(0, 10), DEFAULT_DAYS_TO_ACT[kind]),
        },
        now,
      );
    });
}
