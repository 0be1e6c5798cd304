import type { Request, Server } from 'restify';
import {
  exportQuestionnaire,
  importQuestionnaire,
  listQuestionnaires,
} from '../../services/questionnaires/questionnaire-library';
import { closeRunEarly, listRuns, newPublicLink, openRun } from '../../services/questionnaires/questionnaire-runs';
import { answerThroughLink, enterPaperAnswer, THANK_YOU } from '../../services/questionnaires/questionnaire-answers';
import { exportRunResults, hideComment, runResults } from '../../services/questionnaires/questionnaire-results-view';
import { assessmentQuestionnaireEvidence } from '../../services/questionnaires/questionnaire-evidence';
import { questionnairesView } from '../../services/questionnaires/questionnaires-page';
import { HttpProblem, problem } from '../problem';
import type { RateLimiter } from '../rate-limiter';
import { addPublicRoute, addRoute, type RouteDeps } from '../route';
import { deviceHasAnswered } from '../public-questionnaire/answered-cookie';
import { shortLink } from '../public-questionnaire/short-link';
import {
  CommentParams,
  HideCommentBody,
  IdParams,
  NewLinkBody,
  OpenRunBody,
  PaperAnswerBody,
  PublicAnswerBody,
  PublicAnswerParams,
  QuestionnaireExportQuery,
  QuestionnaireImportBody,
  QuestionnaireListQuery,
  RunParams,
  VersionBody,
} from '../contracts';

/** Answers one address may send in a minute: a family sharing a connection, not a script. Kept in memory only. */
export const PUBLIC_ANSWERS_PER_ADDRESS_PER_MINUTE = 10;

/** What a connection over the per-address limit is told, on the public page and by the JSON route alike. */
export function tooManyAnswersMessage(waitSeconds: number): string {
  return `Many answers have come from your connection in the last minute. Please wait ${waitSeconds} seconds and send your answer again.`;
}

/**
 * Takes one of the address's public answers: 0 when it may answer now, else the seconds to wait. The JSON route and
 * the public page share one limiter, so the limit holds whichever way the answers come.
 */
export function takePublicAnswerSlot(limiter: RateLimiter, deps: RouteDeps, req: Request): number {
  return limiter.take(deps.clientAddress(req));
}

export interface QuestionnaireRouteOptions {
  /** The app's public address (PUBLIC_URL): public links and QR codes point at it. */
  readonly publicUrl: string;
  /** Public answers per address, shared with the public page's form. */
  readonly answerLimiter: RateLimiter;
}

export function registerQuestionnaireRoutes(server: Server, deps: RouteDeps, options: QuestionnaireRouteOptions): void {
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/questionnaires',
    summary: 'The questionnaires of the network, optionally of one framework version',
    query: QuestionnaireListQuery,
    handler: async ({ ports, principal, query }) => ({
      json: await listQuestionnaires(ports, principal, query.frameworkId),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/questionnaires/import',
    summary:
      'Import a questionnaire (JSON, or CSV items with the rest given) against a framework version (network admins)',
    body: QuestionnaireImportBody,
    handler: async ({ ports, principal, body }) => ({
      status: 201,
      json: await importQuestionnaire(ports, principal, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/questionnaires/:id/export',
    summary: 'A questionnaire as a JSON or CSV file',
    params: IdParams,
    query: QuestionnaireExportQuery,
    handler: async ({ ports, principal, params, query }) => ({
      file: await exportQuestionnaire(ports, principal, params.id, query.format),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/questionnaire-runs',
    summary: "The questionnaires the assessment's service runs in its cycle, each with its count of answers",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await listRuns(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/questionnaire-runs',
    summary:
      "Open a questionnaire for the assessment's service until a closing date; the public token and link are given once",
    params: IdParams,
    body: OpenRunBody,
    handler: async ({ ports, principal, params, body }) => {
      const opened = await openRun(ports, principal, params.id, body);
      return { status: 201, json: { ...opened, publicLink: shortLink(options.publicUrl, opened.token) } };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/new-link',
    summary: "Replace a questionnaire's public link: the old one stops working at once, the answers are kept",
    params: RunParams,
    body: NewLinkBody,
    handler: async ({ ports, principal, params, body }) => {
      const { token } = await newPublicLink(ports, principal, params.id, params.runId, body?.version);
      return { json: { token, publicLink: shortLink(options.publicUrl, token) } };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/close',
    summary: 'Close a questionnaire before its closing date',
    params: RunParams,
    body: VersionBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await closeRunEarly(ports, principal, params.id, params.runId, body.version),
    }),
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/paper-answers',
    summary: 'Type in an answer given on paper (counted as paper)',
    params: RunParams,
    body: PaperAnswerBody,
    handler: async ({ ports, principal, params, body }) => ({
      status: 201,
      json: await enterPaperAnswer(ports, principal, params.id, params.runId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/results',
    summary:
      "A questionnaire's results per item and per standard (nothing under the minimum), with its comments for the service and reviewers",
    params: RunParams,
    handler: async ({ ports, principal, params }) => ({
      json: await runResults(ports, principal, params.id, params.runId),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/results/export',
    summary: "A questionnaire's results as an Excel workbook (the comments too, for the service and reviewers)",
    params: RunParams,
    handler: async ({ ports, principal, params }) => {
      const file = await exportRunResults(ports, principal, params.id, params.runId);
      return { file: { ...file, body: Buffer.from(file.body) } };
    },
  });
  addRoute(server, deps, {
    method: 'post',
    path: '/api/v1/assessments/:id/questionnaire-runs/:runId/comments/:commentId/hide',
    summary: 'Hide a comment that names someone, with the reason on record',
    params: CommentParams,
    body: HideCommentBody,
    handler: async ({ ports, principal, params, body }) => ({
      json: await hideComment(ports, principal, params.id, params.runId, params.commentId, body),
    }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/questionnaires',
    summary:
      "The questionnaires page of a service's assessment: its runs with their counts, what may be opened, and what the person may do",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({ json: await questionnairesView(ports, principal, params.id) }),
  });
  addRoute(server, deps, {
    method: 'get',
    path: '/api/v1/assessments/:id/questionnaire-evidence',
    summary:
      "What the service's questionnaires say per standard, across the assessment's runs (nothing under a run's minimum)",
    params: IdParams,
    handler: async ({ ports, principal, params }) => ({
      json: await assessmentQuestionnaireEvidence(ports, principal, params.id),
    }),
  });

  addPublicRoute(server, deps, {
    method: 'post',
    path: '/api/v1/public/questionnaires/:token/answers',
    summary: 'Answer a questionnaire through its public link (no sign-in; nothing about the person is kept)',
    params: PublicAnswerParams,
    body: PublicAnswerBody,
    handler: async ({ ports, params, body, req }) => {
      const wait = takePublicAnswerSlot(options.answerLimiter, deps, req);
      if (wait > 0) throw new HttpProblem(problem(429, 'rate_limited', tooManyAnswersMessage(wait)));
      await answerThroughLink(ports, {
        token: params.token,
        choices: body.choices,
        texts: body.texts,
        honeypot: body.website,
        deviceHasAnswered: deviceHasAnswered(req),
      });
      return { status: 201, json: { message: THANK_YOU } };
    },
  });
}
