import type { Request, Server } from 'restify';
import { DomainError } from '../../domain/errors';
import { NotFoundError } from '../../services/errors';
import { runForToken } from '../../services/questionnaires/public-link-run';
import { publicLinkState, type PublicLinkState } from '../../services/questionnaires/public-questionnaire';
import { answerThroughLink } from '../../services/questionnaires/questionnaire-answers';
import { PublicAnswerParams, ShortLinkParams } from '../contracts';
import { toProblem } from '../problem';
import { answeredCookie, deviceHasAnswered } from '../public-questionnaire/answered-cookie';
import { answerFormPage, type FormProblem } from '../public-questionnaire/answer-form-page';
import { PAGE_STYLE, PAGE_STYLE_ROUTE } from '../public-questionnaire/page-style';
import {
  alreadyAnsweredPage,
  closedPage,
  thankYouPage,
  unavailablePage,
  unknownLinkPage,
  type PlainPage,
} from '../public-questionnaire/plain-pages';
import { qrPng, qrSvg } from '../public-questionnaire/qr-code';
import { SHORT_LINK_ROUTE, shortLink } from '../public-questionnaire/short-link';
import { readFormAnswers, type TypedAnswers } from '../public-questionnaire/typed-answers';
import type { RateLimiter } from '../rate-limiter';
import { addPublicRoute, type RouteDeps, type RouteResult } from '../route';
import { takePublicAnswerSlot, tooManyAnswersMessage } from './questionnaires';

export interface PublicQuestionnaireOptions {
  /** The app's public address (PUBLIC_URL): QR codes carry the absolute short link, cookies are Secure on https. */
  readonly publicUrl: string;
  /** Public answers per address, shared with the JSON answer route. */
  readonly answerLimiter: RateLimiter;
}

function pageResult(page: PlainPage, headers: Readonly<Record<string, string>> = {}): RouteResult {
  return { status: page.status, html: page.html, headers };
}

/** The page for a link's state: the form, or the page that says it was answered on this device or has closed. */
function pageForState(token: string, state: PublicLinkState): PlainPage {
  switch (state.state) {
    case 'open':
      return answerFormPage({ token, questionnaire: state.questionnaire });
    case 'answered_on_this_device':
      return alreadyAnsweredPage(state);
    case 'closed':
      return closedPage(state);
  }
}

/** The questionnaire a page is about, whatever the link's state. */
function aboutOf(state: PublicLinkState): { readonly title: string; readonly language: string } {
  return state.state === 'open' ? state.questionnaire : state;
}

/** Problems the form lists at the top: per question when the service says which, else the message alone. */
function formProblems(error: DomainError): FormProblem[] {
  const errors = error.details?.['errors'];
  if (Array.isArray(errors) && errors.length > 0) {
    return (errors as { field: string; message: string }[]).map((e) => ({ itemCode: e.field, message: e.message }));
  }
  return [{ message: error.message }];
}

/**
 * The public questionnaire page at its short link: a small server-made HTML page with a plain form that works
 * without JavaScript and without signing in, posting to the same address through the same service function (and
 * the same checks and per-address limit) as the JSON answer route. Every outcome is a page in plain words; a
 * device that answered is remembered by a cookie alone. The QR codes for posters and leaflets carry the same link.
 */
export function registerPublicQuestionnaireRoutes(
  server: Server,
  deps: RouteDeps,
  options: PublicQuestionnaireOptions,
): void {
  const secureCookie = options.publicUrl.startsWith('https:');

  /** Whatever went wrong that is not the person's to fix: logged, and a page that says to try again later. */
  const unexpected = (req: Request, error: unknown): RouteResult => {
    if (error instanceof NotFoundError) return pageResult(unknownLinkPage());
    const status = toProblem(error).status;
    deps.onError(req, error, status);
    return pageResult(unavailablePage(status >= 500 ? status : 500));
  };

  /** The form again with what was typed and the problems listed, or the page of the link's new state. */
  const formAgain = async (
    req: Request,
    token: string,
    typed: TypedAnswers,
    problems: readonly FormProblem[],
    status: number,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<RouteResult> => {
    const state = await publicLinkState(deps.ports, token, deviceHasAnswered(req));
    if (state.state !== 'open') return pageResult(pageForState(token, state));
    return pageResult(answerFormPage({ token, questionnaire: state.questionnaire, typed, problems, status }), headers);
  };

  /** The page for an answer the service refused: the form again for what the person can fix, else the reason. */
  const refusal = async (req: Request, token: string, typed: TypedAnswers, error: unknown): Promise<RouteResult> => {
    if (!(error instanceof DomainError)) return unexpected(req, error);
    if (error.code === 'answer_incomplete' || error.code === 'answer_refused') {
      return formAgain(req, token, typed, formProblems(error), 422);
    }
    if (error.code === 'already_answered') {
      return pageResult(alreadyAnsweredPage(aboutOf(await publicLinkState(deps.ports, token, false)), 409));
    }
    if (error.code === 'questionnaire_closed') {
      return pageResult(closedPage(aboutOf(await publicLinkState(deps.ports, token, false))));
    }
    return unexpected(req, error);
  };

  addPublicRoute(server, deps, {
    method: 'get',
    path: PAGE_STYLE_ROUTE,
    summary: "The public questionnaire page's stylesheet (no sign-in)",
    handler: () =>
      Promise.resolve({
        inline: { contentType: 'text/css; charset=utf-8', body: PAGE_STYLE },
        headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
      }),
  });

  addPublicRoute(server, deps, {
    method: 'get',
    path: SHORT_LINK_ROUTE,
    summary: 'The public questionnaire page of a short link: a plain HTML form for patients and carers (no sign-in)',
    params: ShortLinkParams,
    handler: async ({ ports, params, req }) => {
      try {
        return pageResult(
          pageForState(params.token, await publicLinkState(ports, params.token, deviceHasAnswered(req))),
        );
      } catch (error) {
        return unexpected(req, error);
      }
    },
  });

  addPublicRoute(server, deps, {
    method: 'post',
    path: SHORT_LINK_ROUTE,
    summary:
      'Answer a questionnaire from its public page (application/x-www-form-urlencoded; answered with a page, no sign-in)',
    params: ShortLinkParams,
    handler: async ({ ports, params, req }) => {
      const { token } = params;
      const { honeypot, ...typed } = readFormAnswers(requestText(req));
      try {
        const wait = takePublicAnswerSlot(options.answerLimiter, deps, req);
        if (wait > 0) {
          return await formAgain(req, token, typed, [{ message: tooManyAnswersMessage(wait) }], 429, {
            'Retry-After': String(wait),
          });
        }
        const receipt = await answerThroughLink(ports, {
          token,
          ...typed,
          honeypot,
          deviceHasAnswered: deviceHasAnswered(req),
        });
        const cookie: Record<string, string> = receipt.rememberDeviceUntil
          ? {
              'Set-Cookie': answeredCookie({
                path: new URL(shortLink(options.publicUrl, token)).pathname,
                until: receipt.rememberDeviceUntil,
                secure: secureCookie,
              }),
            }
          : {};
        return pageResult(thankYouPage(), cookie);
      } catch (error) {
        return refusal(req, token, typed, error).catch((e: unknown) => unexpected(req, e));
      }
    },
  });

  addPublicRoute(server, deps, {
    method: 'get',
    path: '/api/v1/public/questionnaires/:token/qr.svg',
    summary: "A questionnaire's short link as a QR code in SVG, for posters and leaflets (no sign-in)",
    params: PublicAnswerParams,
    handler: async ({ ports, params }) => {
      await runForToken(ports, params.token);
      const body = await qrSvg(shortLink(options.publicUrl, params.token));
      return { file: { contentType: 'image/svg+xml', fileName: 'questionnaire-qr-code.svg', body } };
    },
  });

  addPublicRoute(server, deps, {
    method: 'get',
    path: '/api/v1/public/questionnaires/:token/qr.png',
    summary: "A questionnaire's short link as a QR code in PNG at print size, for posters and leaflets (no sign-in)",
    params: PublicAnswerParams,
    handler: async ({ ports, params }) => {
      await runForToken(ports, params.token);
      const body = await qrPng(shortLink(options.publicUrl, params.token));
      return { file: { contentType: 'image/png', fileName: 'questionnaire-qr-code.png', body } };
    },
  });
}

/** The raw body restify read; a form that sends nothing reads as no answers. */
function requestText(req: Request): string {
  const raw: unknown = req.body;
  if (Buffer.isBuffer(raw)) return raw.toString('utf8');
  return typeof raw === 'string' ? raw : '';
}
