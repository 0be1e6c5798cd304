import type { Questionnaire } from '../../domain/questionnaires/questionnaire';
import { authorize, type Principal } from '../access-policy';
import type { Ports } from '../context';
import { permission, type Permissions } from '../permission';
import type { ChannelSendProgress } from '../../domain/questionnaires/channel-send-progress';
import { channelAudienceRefusal, channelOfService } from './channel-audience';
import { channelSendId, progressOf } from './channel-send-job';
import { listRuns, serviceOfAssessment, type RunSummary } from './questionnaire-runs';

/** What a lead may do with one run, and why not. */
export type RunAct = 'close' | 'new_link' | 'paper_answer' | 'send_to_channel';
/** What a person may do on the questionnaires page of an assessment. */
export type QuestionnairesAct = 'open' | 'hide_comments';

export interface RunView extends RunSummary {
  /** The questionnaire's title, as the lead knows it. */
  readonly title: string;
  /** The last (or the running) send of a staff questionnaire to the channel's members; null if never sent there. */
  readonly channelSend: ChannelSendProgress | null;
  readonly allowed: Permissions<RunAct>;
}

/** GET /api/v1/assessments/:id/questionnaires: the service's runs in the cycle and what may be opened. */
export interface QuestionnairesView {
  readonly assessmentId: string;
  readonly serviceName: string;
  readonly cycleName: string;
  readonly runs: readonly RunView[];
  /**
   * The questionnaires of the cycle's framework version not yet run for the service in this cycle (one run per
   * questionnaire, service and cycle), with their items for typing in paper answers.
   */
  readonly openableIds: readonly string[];
  /** Every questionnaire of the framework version, so a run's paper answers can be typed against its items. */
  readonly questionnaires: readonly Questionnaire[];
  readonly allowed: Permissions<QuestionnairesAct>;
}

const CLOSED = {
  close: 'This questionnaire has already closed.',
  new_link: 'A closed questionnaire takes no answers, so it needs no new link.',
  paper_answer: 'This questionnaire has closed, so no more answers can be added, on paper or online.',
  send_to_channel: 'This questionnaire has closed, so it is not sent any more.',
} as const satisfies Record<RunAct, string>;

/**
 * The questionnaires page of a service's assessment: its runs with their counts (the count only, until the
 * minimum), the questionnaires that may still be opened, and what the person may do with each, with reasons.
 */
export async function questionnairesView(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<QuestionnairesView> {
  const service = await serviceOfAssessment(ports, assessmentId);
  authorize(principal, 'questionnaire.results', service.resource);
  const [runs, cycle, serviceRecord, channel] = await Promise.all([
    listRuns(ports, principal, assessmentId),
    ports.store.get('cycle', service.cycleId),
    ports.store.get('service', service.serviceId),
    channelOfService(ports, service.serviceId),
  ]);
  const questionnaires = cycle
    ? await ports.store.query('questionnaire', { frameworkId: cycle.frameworkVersionId })
    : [];
  const titleOf = new Map(questionnaires.map((q) => [q.id, q.title]));
  const sends = await ports.store.getMany(
    'notification',
    runs.filter((r) => r.audience === 'staff').map((r) => channelSendId(r.id)),
  );
  const sendOf = new Map(sends.map((record) => [record.period, progressOf(record)]));
  const running = new Set(runs.map((r) => r.questionnaireId));
  const openable = questionnaires.filter((q) => !running.has(q.id));
  const may = (act: RunAct, run: RunSummary) =>
    permission(principal, 'questionnaire.run', service.resource, run.open ? null : CLOSED[act]);
  return {
    assessmentId,
    serviceName: serviceRecord?.name ?? service.serviceId,
    cycleName: cycle?.name ?? service.cycleId,
    runs: runs
      .map((run) => ({
        ...run,
        title: titleOf.get(run.questionnaireId) ?? run.questionnaireId,
        channelSend: sendOf.get(run.id) ?? null,
        allowed: {
          close: may('close', run),
          new_link: may('new_link', run),
          paper_answer: may('paper_answer', run),
          // The members of the service's Teams channel, as the audience of a staff questionnaire.
          send_to_channel: permission(
            principal,
            'questionnaire.run',
            service.resource,
            channelAudienceRefusal(run, channel),
            sendOf.get(run.id)?.state === 'running'
              ? "It is being sent to the channel's members now: its progress shows here."
              : null,
          ),
        },
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
    openableIds: openable.map((q) => q.id),
    questionnaires,
    allowed: {
      open: permission(
        principal,
        'questionnaire.run',
        service.resource,
        questionnaires.length === 0
          ? 'No questionnaire has been imported for this framework version yet: ask the network team to import one.'
          : null,
        openable.length === 0
          ? 'Every questionnaire of this framework version is already running for the service in this cycle.'
          : null,
      ),
      hide_comments: permission(principal, 'questionnaire.comments', service.resource),
    },
  };
}
