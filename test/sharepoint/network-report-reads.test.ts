import type { NetworkReport } from '../../src/services/reports/network-report';
import { DEMO_CURRENT_CYCLE_ID } from '../../src/cli/seed-demo';
import { EMAILS } from '../api/harness';
import { startAppOnSharePoint, type AppOnSharePoint } from './app-on-sharepoint';

/**
 * What the network report reads on SharePoint. Each Graph request is a round trip the admin waits for (about a
 * second each for a list of 2,000 services on SharePoint Online), so the report asks for everything it stands on
 * together, and never asks SharePoint the same question twice.
 */
const REPORT = `/api/v1/network/report?cycleId=${DEMO_CURRENT_CYCLE_ID}`;

describe('SharePoint: the network report’s reads', () => {
  let app: AppOnSharePoint;
  beforeAll(async () => {
    app = await startAppOnSharePoint();
  }, 120_000);
  afterAll(() => app.close());

  /** The report as an admin asks for it a second time (the short per-instance caches as they would be). */
  async function readReport(): Promise<{ report: NetworkReport; requests: number; queries: string[] }> {
    const admin = await app.api.signIn(EMAILS.admin);
    await admin.get(REPORT);
    const counter = app.graph.graph.counter;
    const from = app.graph.sim.log.length;
    counter.reset();
    const res = await admin.get<NetworkReport>(REPORT);
    expect(res.status).toBe(200);
    const queries = app.graph.sim.log
      .slice(from)
      .flatMap((e) => e.queries ?? [])
      .filter((q) => !q.continued)
      .map((q) => q.query);
    return { report: res.body, requests: counter.total, queries };
  }

  // The cycles; then everything the figures stand on, together: each cycle's assessments, summaries, and completed
  // and verified actions are read by partition (8 parts each, partitions.ts), so 64 parts for the demo's 2 cycles,
  // which with the names is 4 `$batch` requests of at most 20 sent side by side (one round trip); then the
  // framework versions.
  it('reads in at most 6 Graph requests: the cycles, then everything the figures stand on together, then the framework versions', async () => {
    const { report, requests } = await readReport();
    // Both demo cycles are in the trends and the impact, and every service is named: the figures are all there.
    expect(report.trends.map((t) => t.cycleId)).toEqual(['cycle-previous', DEMO_CURRENT_CYCLE_ID]);
    expect(report.impact?.cycles).toHaveLength(2);
    expect(report.services.every((s) => s.serviceName !== '' && s.organisationName !== '')).toBe(true);
    expect(requests).toBeLessThanOrEqual(6);
  }, 60_000);

  it('asks each list the same question once: the trends and the impact share the cycles’ summaries', async () => {
    const { queries } = await readReport();
    const repeated = queries.filter((q, i) => queries.indexOf(q) !== i);
    expect(repeated).toEqual([]);
  }, 60_000);
});
