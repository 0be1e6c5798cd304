import type { Server } from 'restify';
import { DomainError } from '../../domain/errors';
import { authorize } from '../../services/access-policy';
import { randomUUID } from 'node:crypto';
import {
  ChannelSendRunningError,
  channelSendProgress,
  startChannelSend,
} from '../../services/questionnaires/channel-send-job';
import { runOfService, serviceOfAssessment } from '../../services/questionnaires/questionnaire-runs';
import { answerAsStaff, staffQuestionnaire, staffRunsToAnswer } from '../../services/questionnaires/staff-answers';
import { problem, HttpProblem } from '../problem';
import { addRoute, type RouteDeps } from '../route';
import { RunParams, StaffAnswerBody, StaffRunParams } from '../contracts';
import type { JobRunners } from './jobs';

/**
 * Staff questionnaires: a member of staff reads and answers their service's staff questionnaire (the tab's page and
 * the bot's card use the same use cases), sees which they still have to answer, and a lead sends it to the staff now.
 */
export function registerStaffQuestionnaireRoutes(server: Server, deps: RouteDeps, jobs?: JobRunners): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/me/staff-questionnaires',
    summary: "The open staff questionnaires of the caller's services that they have not answered yet",
    handler: async ({ ports, principal }) => ({ json: await staffRunsToAnswer(ports, principal) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/staff-questionnaires/:runId',
    summary: 'A staff questionnaire to answer: its questions, whether it is open and whether the caller has answered',
    params: StaffRunParams,
    handler: async ({ ports, principal, params }) => ({
      json: await staffQuestionnaire(ports, principal, params.runId),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/staff-questionnaires/:runId/answers',
    summary: 'Answer a staff questionnaire once; the answer is anonymous (only "has answered" is kept)',
    params: StaffRunParams,
    body: StaffAnswerBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await answerAsStaff(ports, principal, params.runId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/send-to-staff',
    summary: "Send a staff questionnaire to the service's staff in Teams now rather than at the next reminder run",
    params: RunParams,
    handler: async ({ ports, principal, params }) => {
      const service = await serviceOfAssessment(ports, params.id);
      authorize(principal, 'questionnaire.run', service.resource);
      const run = await runOfService(ports, service, params.runId);
      if (run.audience !== 'staff') {
        throw new DomainError(
          'run_not_possible',
          'Only a staff questionnaire is sent in Teams: patients and carers answer through its link or QR code.',
        );
      }
      if (!jobs) {
        throw new HttpProblem(
          problem(
            503,
            'bot_unavailable',
            'The bot is not set up on this server, so nothing can be sent in Teams. Staff can answer in the tab, under My work.',
          ),
        );
      }
      // The reminder run sends it: its dedupe keys make sure each person gets it once, however often this is asked.
      const summary = await jobs.runReminders();
      return { status: 202, json: { outcome: summary.outcome } };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/send-to-channel',
    summary:
      "Send a staff questionnaire to the members of the service's Teams channel, each once, as a background job: " +
      'answers 202 at once with its progress, which GET …/channel-send follows; 409 while a send of the run is going',
    params: RunParams,
    handler: async ({ ports, principal, params }) => {
      const service = await serviceOfAssessment(ports, params.id);
      authorize(principal, 'questionnaire.run', service.resource);
      const background = jobs?.channelMessenger?.() ? jobs.sendToChannelInBackground : undefined;
      if (!background) {
        throw new HttpProblem(
          problem(
            503,
            'bot_unavailable',
            'The bot is not set up on this server, so nothing can be sent in Teams. Staff can answer in the tab, under My work.',
          ),
        );
      }
      const holder = `channel-send:${randomUUID()}`;
      try {
        const progress = await startChannelSend(ports, principal, params.id, params.runId, holder);
        background(progress.runId, holder);
        const location = `/api/v1/assessments/${encodeURIComponent(params.id)}/questionnaire-runs/${encodeURIComponent(progress.runId)}/channel-send`;
        return { status: 202, json: progress, headers: { Location: location } };
      } catch (error) {
        if (!(error instanceof ChannelSendRunningError)) throw error;
        throw new HttpProblem(problem(409, 'channel_send_running', error.message, { progress: error.progress }));
      }
    },
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/channel-send',
    summary:
      "How far sending a staff questionnaire to the channel's members has got, and how it ended ({ job: null } before it was sent)",
    params: RunParams,
    handler: async ({ ports, principal, params }) => ({
      json: { job: await channelSendProgress(ports, principal, params.id, params.runId) },
    }),
  });
}
