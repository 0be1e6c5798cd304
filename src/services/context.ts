import type {
  Clock,
  CommitContext,
  EntityKind,
  EntityMap,
  EvidenceStore,
  GuestInviter,
  IdGenerator,
  PublicTokens,
  PutChange,
  Store,
} from './ports';
import type { Principal } from './access-policy';
import type { CertificateRenderer, MeetingScheduler, ReportRenderer } from './ports';
import type { RecognitionPolicy } from '../domain/recognition-decision';
import type { TenantTrust } from '../domain/tenant-trust';
import type { UserFileSource } from './user-files';

/** What every use case needs: the ports, chosen once by the composition root. */
export interface Ports {
  readonly store: Store;
  /** Bytes of evidence files (and filed reports); their records live in the store. */
  readonly evidence: EvidenceStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Tokens of public questionnaire links; without it, no questionnaire can be opened. */
  readonly publicTokens?: PublicTokens;
  /** Present when Entra ID is configured: copy-in of files people pick from their own OneDrive/SharePoint. */
  readonly userFiles?: UserFileSource;
  /** Largest evidence file accepted, in bytes. */
  readonly maxEvidenceBytes?: number;
  /** Word and Excel rendering of reports; without it, reports cannot be generated. */
  readonly reports?: ReportRenderer;
  /** Which tenants may link an invited person; without it, only the person's own organisation's tenant. */
  readonly tenantTrust?: TenantTrust;
  /** Present when Entra ID is configured: the visit scheduled as a Teams meeting on the lead reviewer's behalf. */
  readonly meetings?: MeetingScheduler;
  /** Invites experts by experience as guests of the host tenant; without it, guests cannot be invited. */
  readonly guests?: GuestInviter;
  /** The recognition certificate in Word; without it, a service cannot be recognised (nothing to file). */
  readonly certificates?: CertificateRenderer;
  /** The network's validity and appeal settings; DEFAULT_RECOGNITION_POLICY when absent. */
  readonly recognitionPolicy?: RecognitionPolicy;
  /** How long anonymised network benchmarks are reused; absent or 0: worked out on every request. */
  readonly benchmarkSnapshotMs?: number;
}

export function commitContext(ports: Ports, principal: Principal): CommitContext {
  return { actorId: principal.person.id, at: ports.clock.now().toISOString() };
}

export function today(ports: Ports): string {
  return ports.clock.now().toISOString().slice(0, 10);
}

/** Commits one put and returns the stored value with its new version. */
export async function putOne<K extends EntityKind>(
  ports: Ports,
  principal: Principal,
  kind: K,
  value: EntityMap[K],
  expectedVersion: number,
): Promise<EntityMap[K]> {
  // The compiler cannot follow a kind that is itself generic through the union of changes (putChange has checked
  // the value against it), so this one helper states it; calls with a known kind need no such cast.
  const change = putChange(kind, value, expectedVersion) as PutChange;
  const [stored] = await ports.store.commit(commitContext(ports, principal), [change]);
  return stored as EntityMap[K];
}

/** A put of one entity, checked against its kind. */
export function putChange<K extends EntityKind>(kind: K, value: EntityMap[K], expectedVersion: number): PutChange<K> {
  return { op: 'put', kind, value, expectedVersion };
}
