import { describeStoreContract } from '../contract/store-contract';
import { provisionedStore, sharedHarness } from './harness';

/** The Store contract (the same tests the SQLite store passes) against SharePoint on the Graph simulator. */
const harness = sharedHarness();

describeStoreContract('SharePoint on the Graph simulator', async () => {
  const { store } = await provisionedStore(await harness());
  return { store, cleanup: () => store.close() };
});
