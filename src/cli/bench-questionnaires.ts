import pino from 'pino';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { loadConfig } from '../config';
import { exportQuestionnaireJson } from '../domain/questionnaires/questionnaire-json';
import { STARTER_QUESTIONNAIRES } from '../domain/questionnaires/starter-questionnaires';
import { createApp } from '../server';
import { answerThroughLink } from '../services/questionnaires/questionnaire-answers';
import { formatMs, summarise, timeEach, type BudgetLine } from './bench-stats';
import { seedDemoNetwork } from './seed-demo';

/** Issue 17's bars: public answers sustained with a p95, and results of a questionnaire with 10,000 answers. */
export const ANSWERS_PER_SECOND_BUDGET = 200;
export const ANSWER_P95_BUDGET_MS = 50;
export const RESULTS_BUDGET_MS = 50;
const RESULTS_ANSWERS = 10_000;
const TIMED_ANSWERS = 2_000;
/** Answers in flight at once, as from many phones. */
const CONCURRENCY = 16;
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

async function call<T>(base: string, method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(base + url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      // A different phone each time, as the App Service front end would report it.
      'x-forwarded-for': `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * Public answers through HTTP on SQLite (a fresh in-memory store with the demo network): the rate sustained with
 * CONCURRENCY answers in flight and their latency; then the results of one questionnaire of 10,000 answers.
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

    const samples: number[] = [];
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TIMED_ANSWERS) {
          next += 1;
          samples.push(
            ...(await timeEach(1, () =>
              call(base, 'POST', `/api/v1/public/questionnaires/${opened.token}/answers`, null, ANSWER).then(
                () => undefined,
              ),
            )),
          );
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rate = Math.round(TIMED_ANSWERS / seconds);
    const latency = summarise(samples);

    // The rest of the 10,000 straight through the service (the HTTP path is measured above).
    for (let i = TIMED_ANSWERS; i < RESULTS_ANSWERS; i += 1) {
      await answerThroughLink(app.ports, { token: opened.token, honeypot: '', ...ANSWER });
    }
    const resultsUrl = `/api/v1/assessments/${ASSESSMENT}/questionnaire-runs/${encodeURIComponent(opened.run.id)}/results`;
    const first = await call<{ answers: number }>(base, 'GET', resultsUrl, lead);
    const results = summarise(await timeEach(20, () => call(base, 'GET', resultsUrl, lead).then(() => undefined)));
    return [
      {
        name: `public answers over HTTP (${TIMED_ANSWERS}, ${CONCURRENCY} in flight)`,
        figure: `${rate}/s; p50 ${formatMs(latency.p50)}, p95 ${formatMs(latency.p95)}`,
        budget: `>= ${ANSWERS_PER_SECOND_BUDGET}/s, p95 < ${ANSWER_P95_BUDGET_MS} ms`,
        ok: rate >= ANSWERS_PER_SECOND_BUDGET && latency.p95 < ANSWER_P95_BUDGET_MS,
      },
      {
        name: `results of a questionnaire with ${first.answers} answers (with comments)`,
        figure: `p50 ${formatMs(results.p50)}, p95 ${formatMs(results.p95)}`,
        budget: `p95 < ${RESULTS_BUDGET_MS} ms`,
        ok: results.p95 < RESULTS_BUDGET_MS,
      },
    ];
  } finally {
    await app.close();
  }
}
