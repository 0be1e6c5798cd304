import pino, { type Logger } from 'pino';
import restify, { type Server } from 'restify';
import { registerReadiness, type ReadinessCheck } from '../../src/api/readiness';
import type { Store } from '../../src/services/ports';

const logger = pino({ level: 'silent' });

async function serve(ping: () => Promise<void>, checks: ReadinessCheck[], timeoutMs = 5000, log: Logger = logger) {
  const server: Server = restify.createServer();
  registerReadiness(server, { ping } as Store, checks, log, timeoutMs);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/readyz`;
  const res = await fetch(url);
  const body = (await res.json()) as Record<string, unknown>;
  server.close();
  return { status: res.status, type: res.headers.get('content-type'), body };
}

const ok = async () => undefined;
const down = async () => {
  throw new Error('ECONNREFUSED graph.microsoft.com');
};

describe('/readyz', () => {
  it('is ready when the store and every extra check answer', async () => {
    const res = await serve(ok, [{ name: 'graph', check: ok }]);
    expect(res).toMatchObject({ status: 200, body: { status: 'ready', checks: { store: 'ok', graph: 'ok' } } });
  });

  it('answers 503 naming the check that failed, without its error text', async () => {
    const res = await serve(ok, [{ name: 'graph', check: down }]);
    expect(res.status).toBe(503);
    expect(res.type).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'not_ready', checks: { store: 'ok', graph: 'failed' } });
    expect(String(res.body['detail'])).toMatch(/graph/);
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED/);
  });

  it('fails a check that does not answer in time, and reports the store', async () => {
    const hang = () => new Promise<void>(() => undefined);
    const res = await serve(down, [{ name: 'graph', check: hang }], 50);
    expect(res.status).toBe(503);
    expect(res.body['checks']).toEqual({ store: 'failed', graph: 'failed' });
    expect(String(res.body['detail'])).toMatch(/the store and graph/);
  });

  // An error left unhandled would stop the whole server (Node ends the process on an unhandled rejection).
  it('answers a server error, and stops nothing, when writing a failed check to the log goes wrong', async () => {
    const brokenLog = pino({ level: 'silent' });
    brokenLog.warn = () => {
      throw new Error('log destination closed');
    };
    const res = await serve(ok, [{ name: 'graph', check: down }], 5000, brokenLog);
    expect(res.status).toBe(500);
  });
});
