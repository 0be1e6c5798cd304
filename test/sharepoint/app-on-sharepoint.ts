import { GraphDriveEvidenceStore } from '../../src/adapters/evidence/graph-drive-evidence-store';
import { startHarness as startApi, type Harness as ApiHarness } from '../api/harness';
import { findEvidenceDrive } from '../../src/adapters/sharepoint/site-lists';
import { provisionedStore, startHarness as startGraph, type Harness as GraphHarness } from './harness';
import type { FaultRates } from '../graph-simulator/faults';
import type { SimSite } from '../graph-simulator/state';

export interface AppOnSharePoint {
  readonly graph: GraphHarness;
  readonly api: ApiHarness;
  readonly site: SimSite;
  close(): Promise<void>;
}

/**
 * The real server (API, services, access policy) with its store and evidence in SharePoint on the Graph
 * simulator, exactly as the composition root wires them for STORAGE=sharepoint; the demo network is seeded
 * through the SharePoint store. Sign-in is the local issuer, which is independent of where data lives.
 */
export async function startAppOnSharePoint(options: { faults?: FaultRates } = {}): Promise<AppOnSharePoint> {
  const graph = await startGraph(options.faults ? { faults: options.faults } : {});
  const { store, site } = await provisionedStore(graph);
  const driveId = await findEvidenceDrive(graph.graph.app, site.id);
  const evidence = new GraphDriveEvidenceStore({ graph: graph.graph.app, driveId, maxBytes: 50 * 1024 * 1024 });
  const api = await startApi({ store, evidence });
  return {
    graph,
    api,
    site,
    async close() {
      await api.close();
      await graph.close();
    },
  };
}
