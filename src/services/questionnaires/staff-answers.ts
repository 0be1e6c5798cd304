import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/network';
import { askedQuestions } from '../../domain/questionnaires/asked-questions';
import type { AnswerScale, Questionnaire } from '../../domain/questionnaires/questionnaire';
import {
  answeredMarkerId,
  type AnswerSubmission,
  type QuestionnaireAnsweredMarker,
} from '../../domain/questionnaires/questionnaire-answer';
import { isRunOpen, type QuestionnaireRun } from '../../domain/questionnaires/questionnaire-run';
import { isAllowedTenant, NO_EXTRA_TENANT_TRUST } from '../../domain/tenant-trust';
import { authorize, isAllowed, type Principal, type Resource } from '../access-policy';
import { SERVICE_STAFF_ROLES } from '../access-table';
import { putChange, type Ports } from '../context';
import { NotFoundError, UnknownPersonError } from '../errors';
import { ConflictError } from '../ports';
import { channelMemberKey, invitedThroughChannel } from './channel-audience';
import { anonymousContext, checkedAnswer, commitAnswer, questionnaireOfRun } from './questionnaire-answers';

const STAFF_ROLES: readonly Role[] = SERVICE_STAFF_ROLES;

export const ALREADY_ANSWERED =
  'You have already answered this questionnaire: thank you. Each member of staff answers once, and an answer ' +
  'cannot be changed because nothing links it to you.';

/** One question as a member of staff sees it, with the wording of its options. */
export interface StaffQuestion {
  readonly code: string;
  readonly number: number;
  readonly text: string;
  readonly scale: AnswerScale;
  readonly required: boolean;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/** A staff questionnaire to answer: its wording, whether it is still open, and whether this person has answered. */
export interface StaffQuestionnaire {
  readonly runId: string;
  readonly serviceName: string;
  readonly title: string;
  readonly introduction: string;
  readonly closesAt: string;
  readonly open: boolean;
  readonly answered: boolean;
  readonly questions: readonly StaffQuestion[];
  /** Whether this person may answer now, and why not (closed, answered already). */
  readonly answer: { readonly allowed: true } | { readonly allowed: false; readonly reason: string };
}

/** A staff questionnaire someone still has to answer (for My work, the bot and the reminder). */
export interface StaffRunToAnswer {
  readonly runId: string;
  readonly serviceId: string;
  readonly title: string;
  readonly closesAt: string;
}

function runResource(run: QuestionnaireRun): Resource {
  return { organisationId: run.organisationId, serviceId: run.serviceId };
}

/**
 * A staff run of a service this person may answer for: listed as its staff, or sent it as a member of the service's
 * Teams channel. Anything else is not found (nothing about it is told).
 */
async function staffRun(ports: Ports, principal: Principal, runId: string): Promise<QuestionnaireRun> {
  const run = await ports.store.get('questionnaireRun', runId);
  if (!run || run.audience !== 'staff') throw new NotFoundError('questionnaire', runId);
  if (isAllowed(principal, 'questionnaire.answer', runResource(run))) return run;
  for (const key of respondentKeys(principal)) if (await invitedThroughChannel(ports, run.id, key)) return run;
  authorize(principal, 'questionnaire.answer', runResource(run));
  return run;
}

function questionsOf(questionnaire: Questionnaire): StaffQuestion[] {
  // The tab's form names an option's code its value.
  return askedQuestions(questionnaire).map(({ options, ...question }) => ({
    ...question,
    options: options.map(({ code, label }) => ({ value: code, label })),
  }));
}

/**
 * What a person's channel card and "has answered" marker may be kept under: their id, and their Teams identity
 * (channelMemberKey) when the card was sent, or answered in chat, before the network linked them to it. Their own
 * marker is written under the first.
 */
function respondentKeys(principal: Principal): string[] {
  const { id, tenantId, objectId } = principal.person;
  return tenantId && objectId ? [id, channelMemberKey(tenantId, objectId)] : [id];
}

async function hasAnswered(ports: Ports, runId: string, keys: readonly string[]): Promise<boolean> {
  const markers = await ports.store.getMany(
    'questionnaireMarker',
    keys.map((key) => answeredMarkerId(runId, key)),
  );
  return markers.length > 0;
}

/** The staff questionnaire of a run, as the person who is to answer it sees it. */
export async function staffQuestionnaire(
  ports: Ports,
  principal: Principal,
  runId: string,
): Promise<StaffQuestionnaire> {
  const run = await staffRun(ports, principal, runId);
  return formFor(ports, run, respondentKeys(principal));
}

/**
 * Stores a member of staff's answer without anything that links it to them (see storeAnswer). A second answer is
 * refused kindly.
 */
export async function answerAsStaff(
  ports: Ports,
  principal: Principal,
  runId: string,
  submission: AnswerSubmission,
): Promise<{ answered: true }> {
  const run = await staffRun(ports, principal, runId);
  return storeAnswer(ports, run, respondentKeys(principal), submission);
}

/**
 * A member of the service's Teams channel the network has no record of, by the identity Teams verified: the tenant
 * and object id of a Bot Framework activity, whose token the bot's adapter checked. Never a name or an e-mail.
 */
export interface ChannelMemberIdentity {
  readonly tenantId: string;
  readonly objectId: string;
}

/**
 * The staff run a channel member without a record may answer: only one they were sent the card of (the send
 * record, keyed by their identity, written before the card went), from a tenant the network allows. Anyone else is
 * someone the network does not know, as before.
 */
async function channelMemberRun(
  ports: Ports,
  member: ChannelMemberIdentity,
  runId: string,
): Promise<{ run: QuestionnaireRun; respondent: string }> {
  if (!isAllowedTenant(member.tenantId, ports.tenantTrust ?? NO_EXTRA_TENANT_TRUST)) throw new UnknownPersonError();
  const run = await ports.store.get('questionnaireRun', runId);
  const respondent = channelMemberKey(member.tenantId, member.objectId);
  if (!run || run.audience !== 'staff' || !(await invitedThroughChannel(ports, run.id, respondent))) {
    throw new UnknownPersonError();
  }
  return { run, respondent };
}

/** The staff questionnaire of a run, as a channel member the network does not know sees it in chat. */
export async function channelMemberQuestionnaire(
  ports: Ports,
  member: ChannelMemberIdentity,
  runId: string,
): Promise<StaffQuestionnaire> {
  const { run, respondent } = await channelMemberRun(ports, member, runId);
  return formFor(ports, run, [respondent]);
}

/**
 * Stores the answer of a channel member the network does not know, once, as anonymously as a listed member of
 * staff's: their "has answered" marker is keyed by what their send record holds, and nothing links it to the answer.
 */
export async function answerAsChannelMember(
  ports: Ports,
  member: ChannelMemberIdentity,
  runId: string,
  submission: AnswerSubmission,
): Promise<{ answered: true }> {
  const { run, respondent } = await channelMemberRun(ports, member, runId);
  return storeAnswer(ports, run, [respondent], submission);
}

/** The form for one respondent (by respondentKeys, or a channel member's key): wording, and whether they may answer. */
async function formFor(ports: Ports, run: QuestionnaireRun, keys: readonly string[]): Promise<StaffQuestionnaire> {
  const [questionnaire, answered, service] = await Promise.all([
    questionnaireOfRun(ports, run),
    hasAnswered(ports, run.id, keys),
    ports.store.get('service', run.serviceId),
  ]);
  const open = isRunOpen(run, ports.clock.now().toISOString());
  const answer = answered
    ? ({ allowed: false, reason: ALREADY_ANSWERED } as const)
    : open
      ? ({ allowed: true } as const)
      : ({ allowed: false, reason: 'This questionnaire has closed, so answers are no longer taken.' } as const);
  return {
    runId: run.id,
    serviceName: service?.name ?? '',
    title: questionnaire.title,
    introduction: questionnaire.introduction,
    closesAt: run.closesAt,
    open,
    answered,
    questions: questionsOf(questionnaire),
    answer,
  };
}

/**
 * Stores one respondent's answer without anything that links it to them. First the "has answered" marker is
 * written on its own (a second answer, even at the same moment, finds it and is refused kindly), then the answer
 * with the counts, by nobody at midnight, as a public answer. Should the answer fail to store, the marker is taken
 * back so the person can try again.
 *
 * The two are written one after the other, so their order must not survive: the answer, its comments and the
 * counts leave no audit event (the event after a marker's would be that person's answer: see unaudited-kinds),
 * and the stores keep answers in no order of arrival (by their random ids), with the day only and one version.
 */
async function storeAnswer(
  ports: Ports,
  run: QuestionnaireRun,
  keys: readonly string[],
  submission: AnswerSubmission,
): Promise<{ answered: true }> {
  const respondent = keys[0] ?? '';
  if (await hasAnswered(ports, run.id, keys)) throw new DomainError('already_answered', ALREADY_ANSWERED);
  const answer = await checkedAnswer(ports, run, submission);
  const marker: QuestionnaireAnsweredMarker = {
    id: answeredMarkerId(run.id, respondent),
    version: 0,
    runId: run.id,
    personId: respondent,
  };
  // The marker's commit carries the day only, like the answer's, so the two cannot be matched by their times.
  const context = { ...anonymousContext(ports), actorId: respondent };
  try {
    await ports.store.commit(context, [putChange('questionnaireMarker', marker, 0)]);
  } catch (error) {
    if (error instanceof ConflictError) throw new DomainError('already_answered', ALREADY_ANSWERED);
    throw error;
  }
  try {
    await commitAnswer(ports, run, answer, 'teams', anonymousContext(ports));
  } catch (error) {
    await ports.store.commit(context, [
      { op: 'delete', kind: 'questionnaireMarker', id: marker.id, expectedVersion: 1 },
    ]);
    throw error;
  }
  return { answered: true };
}

/** The services where this person is staff (a staff role held on the service itself). */
function staffServices(principal: Principal): string[] {
  const ids = principal.roles
    .filter((r) => STAFF_ROLES.includes(r.role) && r.scope.kind === 'service')
    .map((r) => (r.scope.kind === 'service' ? r.scope.serviceId : ''));
  return [...new Set(ids)];
}

/** The open staff questionnaires of this person's services that they have not answered yet. */
export async function staffRunsToAnswer(ports: Ports, principal: Principal): Promise<StaffRunToAnswer[]> {
  const services = staffServices(principal);
  if (services.length === 0) return [];
  const now = ports.clock.now().toISOString();
  const [runs, markers] = await Promise.all([
    Promise.all(services.map((serviceId) => ports.store.query('questionnaireRun', { serviceId }))),
    ports.store.query('questionnaireMarker', { personId: principal.person.id }),
  ]);
  const answered = new Set(markers.map((m) => m.runId));
  const open = runs
    .flat()
    .filter((r) => r.audience === 'staff' && isRunOpen(r, now) && !answered.has(r.id))
    .filter((r) => isAllowed(principal, 'questionnaire.answer', runResource(r)));
  const questionnaires = await Promise.all(open.map((r) => questionnaireOfRun(ports, r)));
  return open
    .map((r, i) => ({
      runId: r.id,
      serviceId: r.serviceId,
      title: questionnaires[i]?.title ?? '',
      closesAt: r.closesAt,
    }))
    .sort((a, b) => a.closesAt.localeCompare(b.closesAt));
}

/** The people a run's service lists as its staff who have not answered it yet (for the bot's send and reminder). */
export async function staffStillToAnswer(ports: Ports, run: QuestionnaireRun): Promise<string[]> {
  const [assignments, markers] = await Promise.all([
    ports.store.query('roleAssignment', { scopeId: run.serviceId }),
    ports.store.query('questionnaireMarker', { runId: run.id }),
  ]);
  const answered = new Set(markers.map((m) => m.personId));
  const staff = assignments.filter((a) => a.scope.kind === 'service' && STAFF_ROLES.includes(a.role));
  return [...new Set(staff.map((a) => a.personId))].filter((id) => !answered.has(id)).sort();
}
