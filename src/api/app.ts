import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from 'pino';
import type { LocalIssuer } from '../auth/local-issuer';
import type { Ports } from '../services/context';
import { bearerAuthenticator, type BearerVerifier } from './authenticator';
import { registerDevRoutes } from './dev-routes';
import { clientAddress } from './client-address';
import { compressJsonAnswers } from './compress-json';
import { answerClientError } from './client-errors';
import { keepIdleConnectionsOpen } from './idle-connections';
import { refuseMalformedUrl } from './malformed-url';
import { formatProblem, restifyErrorProblem } from './restify-errors';
import type { RouteDeps } from './route';
import { registerAssessmentRoutes } from './routes/assessments';
import { registerEvidenceRoutes } from './routes/evidence';
import { registerCycleAndScoreRoutes } from './routes/cycles-and-scores';
import { registerDashboardRoutes } from './routes/dashboard';
import { registerImpactRoutes } from './routes/impact';
import { PUBLIC_ANSWERS_PER_ADDRESS_PER_MINUTE, registerQuestionnaireRoutes } from './routes/questionnaires';
import { registerPublicQuestionnaireRoutes } from './routes/public-questionnaire';
import { registerStaffQuestionnaireRoutes } from './routes/staff-questionnaires';
import { registerQuestionnaireCommentPageRoutes } from './routes/questionnaire-comment-pages';
import { registerFrameworkRoutes } from './routes/frameworks';
import { registerGuestRoutes } from './routes/guests';
import { registerClaimRoutes } from './routes/claims';
import { registerJobRoutes, type JobRunners } from './routes/jobs';
import { registerMeRoutes } from './routes/me';
import { registerNetworkRoutes } from './routes/network';
import { registerOpenApiRoute } from './routes/openapi';
import { registerActionRoutes } from './routes/actions';
import { registerLibraryRoutes } from './routes/library';
import { registerRecognitionRoutes } from './routes/recognition';
import { registerPublicSummaryRoute } from './routes/public-summary';
import { registerReportRoutes } from './routes/reports';
import { registerReviewingRoutes } from './routes/reviewing';
import { registerReviewVisitRoutes } from './routes/review-visit';
import { registerReviewTeamRoutes } from './routes/review-teams';
import { RateLimiter } from './rate-limiter';
import { registerReadiness, type ReadinessCheck } from './readiness';
import { securityHeaders } from './security-headers';
import { registerStaticTab } from './static-tab';

/** The service's evidence, the review team's own files and evidence that an action is done are streamed uploads. */
function isEvidenceUpload(req: Request): boolean {
  return (
    req.method === 'POST' && /^\/api\/v1\/assessments\/[^/]+\/(review\/|actions\/[^/]+\/)?evidence$/.test(req.path())
  );
}

export interface ApiOptions {
  readonly ports: Ports;
  readonly verifier: BearerVerifier;
  readonly logger: Logger;
  /** The app's public address (PUBLIC_URL, no trailing slash): absolute links it gives out, such as QR codes. */
  readonly publicUrl: string;
  /** Local mode only. */
  readonly localIssuer?: LocalIssuer;
  readonly tabRoot?: string;
  readonly maxBodyBytes?: number;
  readonly rateLimitPerMinute?: number;
  /** Per client address, for the routes that need no sign-in. */
  readonly publicRateLimitPerMinute?: number;
  /** Proxies in front of the app that append to X-Forwarded-For (see clientAddress). */
  readonly trustedProxyHops?: number;
  /** Extra routes (the bot) registered by the composition root. */
  readonly extraRoutes?: (server: Server) => void;
  /** Jobs that network admins can run on demand (POST /api/v1/jobs/...), e.g. the bot's reminders. */
  readonly jobs?: JobRunners;
  /** What /readyz checks besides the store (e.g. Microsoft Graph). */
  readonly readinessChecks?: readonly ReadinessCheck[];
}

/** The restify server: API, dev sign-in (local mode), health, the bot hook and the built tab. */
export function createApiServer(options: ApiOptions): Server {
  const maxBodySize = options.maxBodyBytes ?? 6 * 1024 * 1024;
  const server = restify.createServer({
    name: 'mind-body-qin',
    handleUncaughtExceptions: false,
    // Restify's own errors (no route, wrong method, body too large) are sent as their problem (see restifyError).
    formatters: { 'application/problem+json': formatProblem },
    // Any id short enough for Node to parse reaches the route's checks, which say what is wrong with it; the
    // router's default (100) answered a long id with "no such route".
    maxParamLength: 16 * 1024,
  });
  server.on('clientError', answerClientError);
  keepIdleConnectionsOpen(server.server);
  server.pre(securityHeaders);
  server.pre(refuseMalformedUrl);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  const bodyReader = restify.plugins.bodyReader({ maxBodySize });
  // Evidence uploads are streamed to the evidence store, never buffered whole in memory.
  server.use((req, res, next) => (isEvidenceUpload(req) ? next() : bodyReader(req, res, next)));
  // Fewer bytes on the wire for large JSON answers; the tab's own files come compressed from the build.
  server.use(compressJsonAnswers);

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    const p = restifyErrorProblem(req, res, err, maxBodySize);
    (err as Error & { toJSON?: () => unknown }).toJSON = () => p;
    res.setHeader('Content-Type', 'application/problem+json');
    return cb();
  });

  const deps: RouteDeps = {
    ports: options.ports,
    authenticator: bearerAuthenticator(options.ports, options.verifier),
    rateLimiter: new RateLimiter(options.rateLimitPerMinute ?? 600),
    publicRateLimiter: new RateLimiter(options.publicRateLimitPerMinute ?? 300),
    clientAddress: (req) => clientAddress(req, options.trustedProxyHops ?? 0),
    onError: (req, error, status) => {
      if (status >= 500) options.logger.error({ err: error, reqId: req.id(), route: req.path() }, 'request failed');
      else
        options.logger.info(
          { reqId: req.id(), route: req.path(), status, code: (error as Error).name },
          'request refused',
        );
    },
  };

  // One structured line per request: who, what, how long. Never headers or bodies (tokens, narratives).
  server.on('after', (req: Request, res: Response) => {
    options.logger.info(
      {
        reqId: req.id(),
        method: req.method,
        path: req.path(),
        status: res.statusCode,
        ms: Math.round(Date.now() - req.time()),
        personId: (req as Request & { personId?: string }).personId,
      },
      'request',
    );
  });

  server.get('/healthz', (_req, res, next) => {
    res.json({ status: 'ok' });
    next();
  });
  registerReadiness(server, options.ports.store, options.readinessChecks ?? [], options.logger);

  if (options.localIssuer) registerDevRoutes(server, deps, options.localIssuer);
  registerMeRoutes(server, deps);
  registerFrameworkRoutes(server, deps);
  registerNetworkRoutes(server, deps);
  registerGuestRoutes(server, deps);
  registerClaimRoutes(server, deps);
  registerCycleAndScoreRoutes(server, deps);
  registerDashboardRoutes(server, deps);
  registerAssessmentRoutes(server, deps);
  registerEvidenceRoutes(server, deps);
  registerReviewTeamRoutes(server, deps);
  registerReviewingRoutes(server, deps);
  registerReviewVisitRoutes(server, deps);
  registerReportRoutes(server, deps);
  registerActionRoutes(server, deps);
  registerLibraryRoutes(server, deps);
  registerRecognitionRoutes(server, deps);
  registerImpactRoutes(server, deps);
  const answerLimiter = new RateLimiter(PUBLIC_ANSWERS_PER_ADDRESS_PER_MINUTE);
  registerQuestionnaireRoutes(server, deps, { publicUrl: options.publicUrl, answerLimiter });
  registerPublicQuestionnaireRoutes(server, deps, { publicUrl: options.publicUrl, answerLimiter });
  registerStaffQuestionnaireRoutes(server, deps, options.jobs);
  registerQuestionnaireCommentPageRoutes(server, deps);
  registerPublicSummaryRoute(server, deps);
  registerOpenApiRoute(server, deps);
  if (options.jobs) registerJobRoutes(server, deps, options.jobs);
  options.extraRoutes?.(server);
  if (options.tabRoot) registerStaticTab(server, options.tabRoot);
  return server;
}
