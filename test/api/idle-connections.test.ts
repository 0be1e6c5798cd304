import http from 'node:http';
import { IDLE_CONNECTION_MS } from '../../src/api/idle-connections';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seed: false });
});
afterAll(() => h.close());

function getOn(agent: http.Agent, url: string): Promise<{ keepAlive: string | undefined; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ keepAlive: res.headers['keep-alive']?.toString(), reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
}

describe('idle connections', () => {
  it('tells clients an idle connection stays open for minutes, not Node’s 5 seconds, and serves the next request on it', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await getOn(agent, `${h.baseUrl}/healthz`);
      expect(first.keepAlive).toBe(`timeout=${IDLE_CONNECTION_MS / 1000}`);
      expect(IDLE_CONNECTION_MS).toBeGreaterThanOrEqual(4 * 60_000);
      const second = await getOn(agent, `${h.baseUrl}/healthz`);
      expect(second.reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});
