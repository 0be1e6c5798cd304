/**
 * `npm run invite-admin -- --email <address> --name "<display name>"`: invites the network's first (or another)
 * network admin into the configured store. The person is linked to their Microsoft 365 account when they first
 * open the app from the host tenant (the invitation is found by e-mail, then held by tenant and object id for good;
 * with no organisation, only the host tenant may claim it), and can invite everyone else from the tab.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../config';
import type { Person, RoleAssignment } from '../domain/network';
import { putChange } from '../services/context';
import type { Change, Store } from '../services/ports';
import { newPersonId, roleAssignmentIdFor } from '../services/unique-ids';
import { openStores } from '../adapters/open-stores';
import { asksForHelp } from './help';
import { parseOptions } from './options';

const USAGE = 'Usage: npm run invite-admin -- --email <address> --name "<display name>" [--job-title "<title>"]';
const ACTOR = 'system:invite-admin';

export async function inviteNetworkAdmin(
  store: Store,
  invite: { email: string; displayName: string; jobTitle?: string },
  now: Date,
): Promise<{ person: Person; created: boolean; alreadyAdmin: boolean }> {
  const email = invite.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new Error(`"${invite.email}" is not an e-mail address. ${USAGE}`);
  const existing = (await store.query('person', { email })).at(0);
  // Ids derived from the e-mail: two runs at once (or a run and an invitation from the tab) leave one person.
  const person: Person = existing ?? {
    id: await newPersonId({ store, ids: { newId: () => randomUUID() } }, email),
    version: 0,
    displayName: invite.displayName.trim() || email,
    email,
    organisationId: null,
    jobTitle: invite.jobTitle ?? 'Network admin',
    profession: 'management',
    tenantId: null,
    objectId: null,
  };
  const roles = existing ? await store.query('roleAssignment', { personId: existing.id }) : [];
  const alreadyAdmin = roles.some((r) => r.role === 'network_admin' && r.scope.kind === 'network');
  const changes: Change[] = existing ? [] : [putChange('person', person, 0)];
  if (!alreadyAdmin) {
    const role: RoleAssignment = {
      id: roleAssignmentIdFor(person.id, 'network_admin', { kind: 'network' }),
      version: 0,
      personId: person.id,
      role: 'network_admin',
      scope: { kind: 'network' },
    };
    changes.push(putChange('roleAssignment', role, 0));
  }
  if (changes.length > 0) await store.commit({ actorId: ACTOR, at: now.toISOString() }, changes);
  return { person, created: !existing, alreadyAdmin };
}

const HELP = [
  USAGE,
  '',
  'Invites a network admin into the configured store. They are linked to their Microsoft 365 account when',
  'they first open the app, and can invite everyone else from the tab.',
].join('\n');

async function main(): Promise<void> {
  if (asksForHelp(process.argv.slice(2))) {
    console.log(HELP);
    return;
  }
  const options = parseOptions(process.argv.slice(2), ['email', 'name', 'job-title'], USAGE);
  const email = options.get('email');
  if (!email || email === 'true') throw new Error(USAGE);
  const stores = await openStores(loadConfig());
  try {
    const jobTitle = options.get('job-title');
    const result = await inviteNetworkAdmin(
      stores.store,
      { email, displayName: options.get('name') ?? email, ...(jobTitle ? { jobTitle } : {}) },
      new Date(),
    );
    console.log(
      result.alreadyAdmin
        ? `${result.person.email} is already a network admin.`
        : `${result.person.email} is now a network admin${result.created ? ' (invited)' : ''} in ${stores.source}. ` +
            'They become linked to their Microsoft 365 account when they first open the app in Teams.',
    );
  } finally {
    await stores.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Invite failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
