import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response, Next, Server } from 'restify';
import type { ProblemCode } from '../src/domain/problem-codes';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function problem(res: Response, status: number, code: ProblemCode, detail: string): void {
  res.status(status);
  res.setHeader('Content-Type', 'application/problem+json');
  res.end(
    JSON.stringify({ type: `https://mindbody-qin.nhs.example/problems/${code}`, title: code, status, detail, code }),
  );
}

const UNAUTHORIZED =
  'The request did not carry a valid Bot Framework token. Only Microsoft Teams (the Bot Connector) can call this endpoint.';

function isActivity(body: unknown): body is { type: string } {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { type?: unknown }).type === 'string' &&
    (body as { type: string }).type !== ''
  );
}

/** The adapter's view of the response: successes pass through; an error status is handed to `onError` instead. */
function guardedResponse(res: Response, onError: (status: number) => void) {
  let failedWith: number | null = null;
  const guarded = {
    socket: res.socket,
    status(code: number) {
      if (code >= 400) failedWith = code;
      else res.status(code);
      return guarded;
    },
    header(name: string, value: string) {
      if (failedWith === null) res.header(name, value);
      return guarded;
    },
    send(body: unknown) {
      if (failedWith === null) res.send(body);
      return guarded;
    },
    end() {
      if (failedWith !== null) onError(failedWith);
      else res.end();
      return guarded;
    },
  };
  return guarded;
}

/**
 * POST /api/messages: the Bot Framework endpoint. The server reads bodies raw (restify bodyReader), so the JSON is
 * parsed here for the adapter. Without bot credentials the adapter accepts unauthenticated requests; those are
 * then taken only from this machine (the Agents Playground), never from the network. Loopback alone is no barrier
 * behind a reverse proxy on the same host, so the server does not start without credentials outside local mode
 * (assertBotStandInAllowed in src/auth/local-mode-guard.ts).
 */
export function mountMessagesEndpoint(
  server: Server,
  adapter: CloudAdapter,
  bot: ActivityHandler,
  options: { readonly anonymous: boolean; readonly logger: Logger },
): void {
  server.post('/api/messages', (req: Request, res: Response, next: Next) => {
    if (options.anonymous && !LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      problem(
        res,
        401,
        'bot_not_configured',
        'This bot has no credentials configured, so it only accepts local requests.',
      );
      return next();
    }
    let body: unknown;
    try {
      const raw: unknown = req.body;
      body = Buffer.isBuffer(raw) || typeof raw === 'string' ? JSON.parse(raw.toString()) : raw;
    } catch {
      problem(res, 400, 'malformed_json', 'The activity is not valid JSON.');
      return next();
    }
    if (!isActivity(body)) {
      problem(res, 400, 'invalid_activity', 'This is not a Bot Framework activity: it needs a "type".');
      return next();
    }
    const request = { method: req.method, headers: req.headers, body };
    let turnStarted = false;
    // The adapter answers its own failures with their error text (and anything but an AuthenticationError, such as
    // a malformed token, as 500): those answers are replaced by our own, which say what went wrong and no more.
    const guarded = guardedResponse(res, (status) => {
      if (turnStarted && status >= 500) {
        problem(res, 500, 'bot_error', 'The bot could not process this activity. Please try again.');
      } else if (status >= 500 || status === 401 || status === 403) {
        problem(res, 401, 'unauthorized', UNAUTHORIZED);
      } else {
        problem(res, status, 'bad_activity', 'The bot could not read this activity.');
      }
    });
    adapter
      .process(request as Parameters<CloudAdapter['process']>[0], guarded, (context) => {
        turnStarted = true;
        return bot.run(context);
      })
      .catch((err: unknown) => {
        options.logger.error({ err }, 'bot request failed');
        if (!res.headersSent)
          problem(res, 500, 'bot_error', 'The bot could not process this activity. Please try again.');
      })
      .finally(() => next());
  });
}
