import { GraphDriveEvidenceStore } from '../../src/adapters/evidence/graph-drive-evidence-store';
import { describeEvidenceStoreContract } from '../contract/evidence-contract';
import { evidenceLibrary, sharedHarness } from './harness';

/** The EvidenceStore contract (the same tests the local folder passes) against a drive on the Graph simulator. */
const harness = sharedHarness();

describeEvidenceStoreContract('Graph drive on the simulator', async () => {
  const h = await harness();
  const { driveId, listStored } = evidenceLibrary(h);
  const store = new GraphDriveEvidenceStore({ graph: h.graph.app, driveId, maxBytes: 100 * 1024 * 1024 });
  return { store, listStored, cleanup: async () => undefined };
});
