import { allOrganisations } from '../network/organisation-list';
import type { Organisation, Person, RoleAssignment } from '../../domain/network';
import { isReviewerRole } from '../../domain/review';
import { isAllowed, type Principal } from '../access-policy';
import { putOne, type Ports } from '../context';
import { LinkRefusedError, UnknownPersonError } from '../errors';
import { permission, type Permissions } from '../permission';
import { ConflictError } from '../ports';
import { cachedRead, forgetCached } from '../read-cache';
import { guestSignedIn } from '../../domain/guest-invitation';
import { linkRefusal, NO_EXTRA_TENANT_TRUST } from '../../domain/tenant-trust';

/** Who a validated token says the caller is. */
export interface SignedInIdentity {
  readonly tenantId: string;
  readonly objectId: string;
  readonly email: string | null;
  readonly name: string | null;
}

/**
 * Matches a sign-in to the network's records by tenant id + object id. A person invited by e-mail who has not
 * signed in before is linked on first sign-in; after that, the e-mail no longer matters (it can change).
 */
export async function resolvePrincipal(ports: Ports, identity: SignedInIdentity): Promise<Principal> {
  const key = `${identity.tenantId}:${identity.objectId}`;
  // Every request resolves its caller: a short per-instance cache saves two storage reads (Graph requests in
  // production) per request. Role changes made here clear it at once; made on another instance, within the TTL.
  const cached = await cachedRead(ports, principalKey(key), PRINCIPAL_CACHE_MS, async () => {
    const [known] = await ports.store.query('person', { identity: key });
    if (!known) return undefined;
    return { person: known, roles: await ports.store.query('roleAssignment', { personId: known.id }) };
  });
  if (cached) return cached.person.guest?.signedInAt === null ? acceptGuestInvitation(ports, cached, key) : cached;
  const person = await linkInvitedPerson(ports, identity);
  return { person, roles: await ports.store.query('roleAssignment', { personId: person.id }) };
}

const PRINCIPAL_CACHE_MS = 30_000;

function principalKey(identity: string): string {
  return `principal:${identity}`;
}

/**
 * A guest's first sign-in: they were found by the invitation's account (host tenant + object id), so the
 * invitation is accepted; the network admin then sees "Signed in" instead of "Invitation sent".
 */
async function acceptGuestInvitation(ports: Ports, principal: Principal, key: string): Promise<Principal> {
  const at = ports.clock.now().toISOString();
  try {
    const person = await putOne(
      ports,
      principal,
      'person',
      guestSignedIn(principal.person, at),
      principal.person.version,
    );
    return { ...principal, person };
  } catch (error) {
    // Another request of the same first sign-in got there first: theirs stands.
    if (!(error instanceof ConflictError)) throw error;
    const current = await ports.store.get('person', principal.person.id);
    return current ? { ...principal, person: current } : principal;
  } finally {
    forgetCached(ports, principalKey(key));
  }
}

/** After a change to someone's roles or record, so this instance never acts on the old ones. */
export function forgetPrincipal(ports: Ports, person: Pick<Person, 'tenantId' | 'objectId'>): void {
  if (person.tenantId && person.objectId) forgetCached(ports, principalKey(`${person.tenantId}:${person.objectId}`));
}

/**
 * First sign-in of an invited person: the e-mail finds the invitation, but only the verified tenant may claim it
 * (linkRefusal). A refusal is recorded on the invitation's audit trail, once per account that tried.
 */
async function linkInvitedPerson(ports: Ports, identity: SignedInIdentity): Promise<Person> {
  const email = identity.email?.trim().toLowerCase();
  if (!email) throw new UnknownPersonError();
  // A guest is never claimed by e-mail: their record already names the invitation's account, the only one it takes.
  const invited = (await ports.store.query('person', { email })).find((p) => p.tenantId === null && !p.guest);
  if (!invited) throw new UnknownPersonError();
  const organisation = invited.organisationId
    ? ((await ports.store.get('organisation', invited.organisationId)) ?? null)
    : null;
  const refusal = linkRefusal(invited, organisation, identity.tenantId, ports.tenantTrust ?? NO_EXTRA_TENANT_TRUST);
  if (refusal) {
    await recordRefusedLink(ports, invited, identity);
    throw new LinkRefusedError(refusal);
  }
  const linked: Person = { ...invited, tenantId: identity.tenantId, objectId: identity.objectId };
  const system = { person: invited, roles: [] };
  try {
    return await putOne(ports, system, 'person', linked, invited.version);
  } catch (error) {
    // Several first requests at once (the tab opens a page with a few calls): one links the person, the others
    // find it linked. Theirs is accepted when it names this very account; any other account stays refused.
    if (!(error instanceof ConflictError)) throw error;
    const current = await ports.store.get('person', invited.id);
    if (current?.tenantId === identity.tenantId && current.objectId === identity.objectId) return current;
    throw new UnknownPersonError();
  }
}

/**
 * The store writes audit events only with a change, so the refusal is an unchanged write of the invitation whose
 * actor names the account that tried (`link-refused:<tenant>:<object id>`): the network admin sees it in the
 * person's history. Written once per account, so retries do not churn the record.
 */
async function recordRefusedLink(ports: Ports, invited: Person, identity: SignedInIdentity): Promise<void> {
  const actorId = `link-refused:${identity.tenantId}:${identity.objectId}`;
  const history = await ports.store.auditForEntity('person', invited.id);
  if (history.some((event) => event.actorId === actorId)) return;
  try {
    await ports.store.commit({ actorId, at: ports.clock.now().toISOString() }, [
      { op: 'put', kind: 'person', value: invited, expectedVersion: invited.version },
    ]);
  } catch (error) {
    // Changed meanwhile (e.g. the real person signed in): the refusal stands, the record is theirs.
    if (!(error instanceof ConflictError)) throw error;
  }
}

/** Who am I: the signed-in person, their organisation and every role they hold. */
/** What a person may do across the network (not within one assessment), by the name of the act. */
export type NetworkAct =
  | 'administer'
  | 'see_network_benchmarks'
  | 'declare_conflict'
  | 'record_time_and_expenses'
  | 'manage_time_and_expenses'
  | 'read_library';

export interface WhoAmI {
  readonly person: Person;
  readonly organisation: Organisation | null;
  readonly roles: readonly RoleAssignment[];
  /** What the person may do across the network, and why not. */
  readonly allowed: Permissions<NetworkAct>;
  /** The organisations whose services' progress the person may see side by side. */
  readonly organisationsInView: readonly string[];
  /** Where the tab opens for the person: where their work is. */
  readonly startPage: StartPage;
}

/** My work (what is assigned to the person), or their organisation's view (the dashboard scoped to it). */
export type StartPage = 'my_work' | 'organisation_view';

/** Roles whose work is their organisation as a whole: a board member reading it, the lead answering for it. */
const ORGANISATION_ROLES: ReadonlySet<string> = new Set(['organisational_lead', 'viewer']);

/**
 * Board viewers and organisational leads open on their organisation's view, where their work is (My work holds
 * nothing for a viewer); everyone else on My work.
 */
function startPageOf(principal: Principal, organisationsInView: readonly string[]): StartPage {
  const organisationRole = principal.roles.some((r) => ORGANISATION_ROLES.has(r.role));
  return organisationRole && organisationsInView.length > 0 ? 'organisation_view' : 'my_work';
}

export async function whoAmI(ports: Ports, principal: Principal): Promise<WhoAmI> {
  const organisations = await allOrganisations(ports);
  const organisation = organisations.find((o) => o.id === principal.person.organisationId);
  const organisationsInView = organisations
    .filter((o) => isAllowed(principal, 'scores.read', { organisationId: o.id }))
    .map((o) => o.id);
  return {
    person: principal.person,
    organisation: organisation ?? null,
    roles: principal.roles,
    allowed: {
      administer: permission(principal, 'network.manage', {}),
      see_network_benchmarks: permission(principal, 'benchmark.read', {}),
      // "My reviewing" is for the reviewer pool: those who hold a reviewer role (trained, or on a team).
      declare_conflict: permission(
        principal,
        'conflict.declare',
        {},
        principal.roles.some((r) => isReviewerRole(r.role))
          ? null
          : 'Only trained reviewers in the network pool declare conflicts of interest; a network admin can add you to the pool.',
      ),
      record_time_and_expenses: permission(principal, 'claim.record', {}),
      manage_time_and_expenses: permission(principal, 'claim.manage', {}),
      read_library: permission(principal, 'library.read', {}),
    },
    organisationsInView,
    startPage: startPageOf(principal, organisationsInView),
  };
}
