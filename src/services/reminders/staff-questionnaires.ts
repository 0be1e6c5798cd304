import type { ConversationRecord } from '../../domain/conversation';
import { channelsFor } from '../../domain/notification-channels';
import { isRunOpen, type QuestionnaireRun } from '../../domain/questionnaires/questionnaire-run';
import { SERVICE_STAFF_ROLES } from '../access-table';
import type { Ports } from '../context';
import { questionnaireOfRun } from '../questionnaires/questionnaire-answers';
import type { StaffQuestionnaireContent } from './content';
import type { Intent } from './planner';
import { notificationId } from './records';
import type { ReminderSnapshot } from './snapshot';

/** Staff who have not answered hear once more this many days (or fewer) before the questionnaire closes. */
export const STAFF_REMINDER_DAYS_BEFORE_CLOSING = 3;

const DAY_MS = 86_400_000;

/** The dedupe period of the invitation (the run) and of the one reminder (the run, marked). */
export function staffQuestionnairePeriod(runId: string, reminder: boolean): string {
  return reminder ? `${runId}:reminder` : runId;
}

function staffByService(snapshot: ReminderSnapshot): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [personId, roles] of snapshot.rolesByPerson) {
    for (const r of roles) {
      if (r.scope.kind !== 'service' || !(SERVICE_STAFF_ROLES as readonly string[]).includes(r.role)) continue;
      const staff = out.get(r.scope.serviceId) ?? new Set<string>();
      staff.add(personId);
      out.set(r.scope.serviceId, staff);
    }
  }
  return out;
}

/**
 * What the service's staff are due for its open staff questionnaires, through the same reminder pipeline as all
 * other work (its dedupe keys, pacing and sending window): the questionnaire once it is open, then one reminder in
 * the last days before it closes, for those who have not answered (their "has answered" marker says so) and whose
 * invitation went out in an earlier run. People who switched reminders off or cannot be reached get nothing.
 */
export async function staffQuestionnaireIntents(
  ports: Ports,
  snapshot: ReminderSnapshot,
  conversations: ReadonlyMap<string, ConversationRecord>,
): Promise<Intent[]> {
  const now = ports.clock.now();
  const cycleIds = new Set([...snapshot.assessments.values()].map((v) => v.cycle.id));
  const staff = staffByService(snapshot);
  const reachable = (personId: string) => conversations.get(personId)?.status === 'active';
  // Read by service, and only for services with someone to remind: never every run of a cycle.
  const serviceIds = [...staff].filter(([, people]) => [...people].some(reachable)).map(([serviceId]) => serviceId);
  const runs = (await Promise.all(serviceIds.map((serviceId) => ports.store.query('questionnaireRun', { serviceId }))))
    .flat()
    .filter((r) => cycleIds.has(r.cycleId) && r.audience === 'staff' && isRunOpen(r, now.toISOString()));
  if (runs.length === 0) return [];
  const [markers, services, questionnaires] = await Promise.all([
    Promise.all(runs.map((r) => ports.store.query('questionnaireMarker', { runId: r.id }))),
    ports.store.getMany(
      'service',
      runs.map((r) => r.serviceId),
    ),
    Promise.all(runs.map((r) => questionnaireOfRun(ports, r))),
  ]);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const candidates: { run: QuestionnaireRun; title: string; personId: string }[] = [];
  runs.forEach((run, i) => {
    const answered = new Set((markers[i] ?? []).map((m) => m.personId));
    for (const personId of staff.get(run.serviceId) ?? []) {
      if (!answered.has(personId)) candidates.push({ run, title: questionnaires[i]?.title ?? '', personId });
    }
  });
  const invited = new Set(
    (
      await ports.store.getMany(
        'notification',
        candidates.map((c) =>
          notificationId('staff_questionnaire', c.personId, staffQuestionnairePeriod(c.run.id, false)),
        ),
      )
    ).map((n) => n.id),
  );
  const intents: Intent[] = [];
  for (const { run, title, personId } of candidates) {
    const person = snapshot.people.get(personId);
    const conversation = conversations.get(personId);
    if (!person || !conversation || conversation.status !== 'active' || conversation.remindersOff) continue;
    const wasInvited = invited.has(
      notificationId('staff_questionnaire', personId, staffQuestionnairePeriod(run.id, false)),
    );
    const daysLeft = Math.ceil((Date.parse(run.closesAt) - now.getTime()) / DAY_MS);
    const reminder = wasInvited && daysLeft <= STAFF_REMINDER_DAYS_BEFORE_CLOSING;
    // Invited and not yet near the closing date: nothing new to say.
    if (wasInvited && !reminder) continue;
    const content: StaffQuestionnaireContent = {
      kind: 'staff_questionnaire',
      personName: person.displayName,
      runId: run.id,
      title,
      serviceName: serviceName.get(run.serviceId) ?? '',
      closesAt: run.closesAt,
      reminder,
    };
    intents.push({
      kind: 'staff_questionnaire',
      personId,
      period: staffQuestionnairePeriod(run.id, reminder),
      content,
      conversation,
      channels: channelsFor(person.notifyBy, true),
    });
  }
  return intents;
}
