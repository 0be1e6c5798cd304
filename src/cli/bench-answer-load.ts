import http from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** What the load client is asked to send: one JSON body POSTed to one URL, `count` times at `perSecond`. */
export interface AnswerLoad {
  readonly url: string;
  readonly body: unknown;
  readonly perSecond: number;
  readonly count: number;
}

/** What it measured: every request's latency from the moment it was due, and the wall time of the whole run. */
export interface AnswerLoadResult {
  readonly samplesMs: readonly number[];
  readonly failures: readonly string[];
  readonly seconds: number;
}

/** A different phone each time, as the App Service front end would report it (the limiter counts per address). */
function anyPhoneAddress(): string {
  const part = () => Math.floor(Math.random() * 250);
  return `10.${part()}.${part()}.${part()}`;
}

function post(agent: http.Agent, target: URL, payload: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'accept-encoding': 'identity',
          'x-forwarded-for': anyPhoneAddress(),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/**
 * Open loop, as phones arrive: request i is sent at start + i / rate whatever happened to the ones before, and its
 * latency counts from that moment, so a server falling behind shows as latency (queueing included), not as a slower
 * client. Runs in its own thread, so the client's work does not wait on the server's event loop or the reverse.
 */
async function sendLoad(load: AnswerLoad): Promise<AnswerLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(load.url);
  const payload = JSON.stringify(load.body);
  const intervalMs = 1000 / load.perSecond;
  const samplesMs: number[] = [];
  const failures: string[] = [];
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < load.count; i += 1) {
    const due = started + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      post(agent, target, payload).then(
        (status) => {
          samplesMs.push(performance.now() - due);
          if (status < 200 || status >= 300) failures.push(`HTTP ${status}`);
        },
        (error: unknown) => {
          failures.push(error instanceof Error ? error.message : String(error));
        },
      ),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { samplesMs, failures, seconds: (performance.now() - started) / 1000 };
}

/** Sends the load from a worker thread running this file and resolves with what it measured. */
export function sendLoadFromWorker(load: AnswerLoad): Promise<AnswerLoadResult> {
  return new Promise<AnswerLoadResult>((resolve, reject) => {
    // Run from source (npm run bench uses tsx), the worker needs tsx's loader to read this TypeScript file too.
    const fromSource = __filename.endsWith('.ts');
    const worker = new Worker(__filename, {
      workerData: load,
      execArgv: fromSource ? ['--require', require.resolve('tsx/cjs')] : [],
    });
    worker.once('message', (result: AnswerLoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load client stopped with code ${code}`));
    });
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  void sendLoad(workerData as AnswerLoad).then((result) => port.postMessage(result));
}
