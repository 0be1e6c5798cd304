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
    const request = { method: req.method, headers: req.headers, body };
    adapter
      .process(request as Parameters<CloudAdapter['process']>[0], res, (context) => bot.run(context))
      .catch((err: unknown) => {
        options.logger.error({ err }, 'bot request failed');
        if (!res.headersSent) problem(res, 500, 'bot_error', 'The bot could not process this activity.');
      })
      .finally(() => next());
  });
}
