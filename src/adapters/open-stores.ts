import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { GraphDriveEvidenceStore } from './evidence/graph-drive-evidence-store';
import { LocalFolderEvidenceStore } from './evidence/local-folder-evidence-store';
import { createGraphClientFactory, type GraphClientFactory } from './graph/graph-client-factory';
import type { AppCredentials } from './graph/graph-options';
import { openSharePointStore } from './sharepoint/sharepoint-store';
import { findEvidenceDrive } from './sharepoint/site-lists';
import { SqliteStore } from './sqlite/sqlite-store';
import type { AppConfig } from '../config';
import type { EvidenceStore, Store } from '../services/ports';

export interface OpenedStores {
  readonly store: Store;
  readonly evidence: EvidenceStore;
  /** The Graph client, when the stores are in SharePoint (for copy-in on behalf of a person, readiness). */
  readonly graph?: GraphClientFactory;
  /** Recorded in the backup's manifest. */
  readonly source: string;
  close(): Promise<void>;
}

/** The evidence folder of the embedded default, beside the database. */
export function localEvidenceDir(dataDir: string): string {
  return path.join(dataDir, 'evidence');
}

/** Graph as the app: the managed identity when one is configured, else the app registration's secret. */
export function graphCredentials(config: AppConfig): AppCredentials {
  if (config.managedIdentityClientId) return { kind: 'managedIdentity', clientId: config.managedIdentityClientId };
  const { clientId, clientSecret } = config.entra;
  if (!clientId || !clientSecret) {
    throw new Error(
      'STORAGE=sharepoint needs AAD_APP_CLIENT_ID and AAD_APP_CLIENT_SECRET (or MANAGED_IDENTITY_CLIENT_ID).',
    );
  }
  return { kind: 'clientSecret', clientId, clientSecret };
}

async function openSharePoint(config: AppConfig, product: string): Promise<OpenedStores> {
  const site = config.sharePointSiteId;
  const tenantId = config.entra.tenantId;
  if (!site || !tenantId) throw new Error('STORAGE=sharepoint needs SHAREPOINT_SITE_ID and AAD_APP_TENANT_ID.');
  const graph = createGraphClientFactory({
    tenantId,
    credentials: graphCredentials(config),
    graphHost: config.graphHost,
    loginHost: config.entra.loginHost,
    userAgent: { company: 'NHS', product, version: '0.1.0' },
  });
  try {
    const store = await openSharePointStore({ graph: graph.app, site });
    const driveId = await findEvidenceDrive(graph.app, site);
    return {
      store,
      evidence: new GraphDriveEvidenceStore({
        graph: graph.app,
        driveId,
        maxBytes: config.maxEvidenceBytes,
        ...(config.evidenceRetentionLabel ? { retentionLabel: config.evidenceRetentionLabel } : {}),
      }),
      source: `sharepoint:${site}`,
      graph,
      async close() {
        await store.close();
        graph.close();
      },
    };
  } catch (error) {
    graph.close();
    throw error;
  }
}

/**
 * The store and evidence store the configuration names, for the backup, restore and invite commands: the
 * SharePoint site and its evidence library, or the embedded default (`<dataDir>/network.db`, `<dataDir>/evidence/`).
 */
export async function openStores(
  config: AppConfig,
  dataDir = config.dataDir,
  product = 'MindBodyQIN',
): Promise<OpenedStores> {
  if (config.storage === 'sharepoint') return openSharePoint(config, product);
  mkdirSync(dataDir, { recursive: true });
  const store = SqliteStore.open(path.join(dataDir, 'network.db'));
  return {
    store,
    evidence: new LocalFolderEvidenceStore(localEvidenceDir(dataDir)),
    source: `sqlite:${path.join(dataDir, 'network.db')}`,
    close: () => store.close(),
  };
}
