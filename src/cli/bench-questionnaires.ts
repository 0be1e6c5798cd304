import http from 'node:http';
import pino from 'pino';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { loadConfig } from '../config';
import { exportQuestionnaireJson } from '../domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../domain/questionnaires/starter-questionnaires';
import { createApp } from '../server';
import { answerThroughLink } from '../services/questionnaires/questionnaire-answers';
import { sendLoadFromWorker } from './bench-answer-load';
import { formatMs, summarise, timeEach, type BudgetLine } from './bench-stats';
import { seedDemoNetwork } from './seed-demo';

/** Issue 17's bars: public answers sustained with a p95, and results of a questionnaire with 10,000 answers. */
export const ANSWERS_PER_SECOND_BUDGET = 200;
export const ANSWER_P95_BUDGET_MS = 50;
export const RESULTS_BUDGET_MS = 50;
const RESULTS_ANSWERS = 10_000;
const TIMED_ANSWERS = 2_000;
const ASSESSMENT = 'a-cur-svc-slam-coast';
const FRAMEWORK = 'fw-mind-body-v1';
const ANSWER = {
  choices: {
    P1: 'agree',
    P2: 'yes',
    P3: 'no',
    P4: 'agree',
    P5: 'strongly_agree',
    P6: 'agree',
    P7: 'neither',
    P8: 'yes',
  },
  texts: { P9: 'Staff listened to me.' },
};

/**
 * Node's own HTTP client with a keep-alive pool: on this machine fetch (undici) resets a few pooled connections
 * at a couple of hundred requests a second against a server in the same process, which measured the client.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function call<T>(base: string, method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  const target = new URL(base + url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<T>((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent,
        headers: {
          'content-type': 'application/json',
          // The server answers compressed only when asked: the bench reads plain JSON.
          'accept-encoding': 'identity',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          // A different phone each time, as the App Service front end would report it.
          'x-forwarded-for': `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) reject(new Error(`${method} ${url}: ${status} ${text}`));
          else resolve(JSON.parse(text) as T);
        });
        res.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * Public answers through HTTP on SQLite (a fresh in-memory store with the demo network): answers sent at the budget's
 * rate, the rate sustained and their latency; then the results of one questionnaire of 10,000 answers.
 */
export async function benchQuestionnaires(): Promise<BudgetLine[]> {
  const store = SqliteStore.open(':memory:');
  await seedDemoNetwork(store, new Date());
  const config = loadConfig({
    DATA_DIR: '/tmp/qin-bench-questionnaires',
    LOG_LEVEL: 'silent',
    TRUSTED_PROXY_HOPS: '1',
  });
  const app = await createApp(config, { store, logger: pino({ level: 'silent' }) });
  // Longer than the client's idle connections live: the server must not close a connection the client is reusing at
  // that moment (a race that shows as a reset, not as the server's speed).
  app.server.server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${app.server.address().port}`;
  try {
    const signIn = async (personId: string) =>
      (await call<{ token: string }>(base, 'POST', '/api/v1/dev/sign-in', null, { personId })).token;
    const [leadPerson] = await store.query('person', { email: 'ella.morgan@slam.nhs.example' });
    const [admin, lead] = await Promise.all([signIn('p-admin'), signIn(leadPerson?.id ?? 'missing')]);
    const questionnaire = await call<{ id: string }>(base, 'POST', '/api/v1/questionnaires/import', admin, {
      format: 'json',
      content: exportQuestionnaireJson(STARTER_QUESTIONNAIRES[1]!),
      frameworkId: FRAMEWORK,
    });
    const closesAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const opened = await call<{ token: string; run: { id: string } }>(
      base,
      'POST',
      `/api/v1/assessments/${ASSESSMENT}/questionnaire-runs`,
      lead,
      { questionnaireId: questionnaire.id, closesAt },
    );

    // Sent from another thread (open loop, at a fixed rate, latency counted from when each answer was due), so the
    // figures are the server's own and not those of a client competing with it for this event loop.
    const load = await sendLoadFromWorker({
      url: `${base}/api/v1/public/questionnaires/${opened.token}/answers`,
      body: ANSWER,
      perSecond: ANSWERS_PER_SECOND_BUDGET,
      count: TIMED_ANSWERS,
    });
    if (load.failures.length > 0) {
      throw new Error(`${load.failures.length} public answers failed, the first: ${load.failures[0] ?? ''}`);
    }
    const rate = Math.round(TIMED_ANSWERS / load.seconds);
    const latency = summarise(load.samplesMs);

    // The rest of the 10,000 straight through the service (the HTTP path is measured above). SQLite answers without
    // waiting, so the loop lets the server's own timers (idle connections) run now and then.
    for (let i = TIMED_ANSWERS; i < RESULTS_ANSWERS; i += 1) {
      await answerThroughLink(app.ports, { token: opened.token, honeypot: '', ...ANSWER });
      if (i % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const resultsUrl = `/api/v1/assessments/${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/results`;
    const first = await call<{ answers: number }>(base, 'GET', resultsUrl, lead);
    const results = summarise(await timeEach(20, () => call(base, 'GET', resultsUrl, lead).then(() => undefined)));
    return [
      {
        name: `public answers over HTTP (${TIMED_ANSWERS} sent at ${ANSWERS_PER_SECOND_BUDGET}/s)`,
        figure: `${rate}/s; p50 ${formatMs(latency.p50)}, p95 ${formatMs(latency.p95)}`,
        budget: `>= ${ANSWERS_PER_SECOND_BUDGET}/s, p95 < ${ANSWER_P95_BUDGET_MS} ms`,
        ok: rate >= ANSWERS_PER_SECOND_BUDGET && latency.p95 < ANSWER_P95_BUDGET_MS,
      },
      {
        name: `results of a questionnaire with ${first.answers} answers (with the first page of comments)`,
        figure: `p50 ${formatMs(results.p50)}, p95 ${formatMs(results.p95)}`,
        budget: `p95 < ${RESULTS_BUDGET_MS} ms`,
        ok: results.p95 < RESULTS_BUDGET_MS,
      },
    ];
  } finally {
    await app.close();
  }
}
