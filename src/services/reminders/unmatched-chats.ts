import type { ConversationRecord } from '../../domain/conversation';
import type { Person } from '../../domain/network';
import type { Ports } from '../context';
import { matchConversation } from '../identity/conversations';
import { LinkRefusedError, UnknownPersonError } from '../errors';
import { resolvePrincipal } from '../identity/identity';
import type { MemberDirectory } from './notifier';
import { NO_EXTRA_TENANT_TRUST } from '../../domain/tenant-trust';
import { newRecord, notificationId, writeRecord } from './records';

/**
 * Invited people with work but no chat, whose trust installed the app for them before they were invited (the
 * install could not match them then): asks Teams who is in each unmatched personal chat of the tenants those people
 * sign in from, and links an invitation the roster's e-mail finds, under the same tenant rule as a first sign-in.
 * Each chat is asked about at most once a period (a `member_lookup` record is the dedupe key, written first), so a
 * trust that installed the app for thousands of staff costs one roster call per chat per period, and only while
 * someone in that tenant is waiting. Linked chats are matched by tenant + object id from then on. Returns how many
 * people were linked.
 */
export async function linkUnmatchedChats(
  ports: Ports,
  members: MemberDirectory,
  unreached: readonly Person[],
  period: string,
): Promise<number> {
  const invited = unreached.filter((p) => p.tenantId === null);
  if (invited.length === 0) return 0;
  const emails = new Set(invited.map((p) => p.email.trim().toLowerCase()));
  const tenants = await tenantsOf(ports, invited);
  if (tenants.size === 0) return 0;
  const chats = (await ports.store.query('conversation', {})).filter(
    (c) =>
      c.scope === 'personal' &&
      c.personId === null &&
      c.objectId !== null &&
      c.status === 'active' &&
      tenants.has(c.tenantId.toLowerCase()),
  );
  const asked = new Set(
    (
      await ports.store.getMany(
        'notification',
        chats.map((c) => notificationId('member_lookup', c.id, period)),
      )
    ).map((r) => r.id),
  );
  let linked = 0;
  for (const chat of chats) {
    if (asked.has(notificationId('member_lookup', chat.id, period))) continue;
    if (!(await claimLookup(ports, chat, period))) continue;
    const email = (await members.emailOf(chat))?.trim().toLowerCase();
    if (!email || !emails.has(email)) continue;
    if (await link(ports, chat, email)) linked += 1;
  }
  return linked;
}

/** The tenants the invited people may be linked from: their organisation's, or the host tenant without one. */
async function tenantsOf(ports: Ports, people: readonly Person[]): Promise<Set<string>> {
  const organisationIds = [...new Set(people.flatMap((p) => (p.organisationId ? [p.organisationId] : [])))];
  const organisations = new Map(
    (await ports.store.getMany('organisation', organisationIds)).map((o) => [o.id, o.tenantId]),
  );
  const host = (ports.tenantTrust ?? NO_EXTRA_TENANT_TRUST).hostTenantId;
  const tenants = new Set<string>();
  for (const person of people) {
    const tenant = (person.organisationId ? organisations.get(person.organisationId) : null) ?? host;
    if (tenant) tenants.add(tenant.toLowerCase());
  }
  return tenants;
}

/** Writes the dedupe key before asking Teams; false when another run (or instance) has asked already. */
async function claimLookup(ports: Ports, chat: ConversationRecord, period: string): Promise<boolean> {
  const at = ports.clock.now().toISOString();
  const record = newRecord({
    kind: 'member_lookup',
    personId: chat.id,
    period,
    content: null,
    conversationId: chat.id,
    at,
    status: 'skipped',
  });
  return (await writeRecord(ports, record, 0)) !== null;
}

async function link(ports: Ports, chat: ConversationRecord, email: string): Promise<boolean> {
  try {
    const principal = await resolvePrincipal(ports, {
      tenantId: chat.tenantId,
      objectId: chat.objectId ?? '',
      email,
      name: null,
    });
    if (principal.person.objectId !== chat.objectId) return false;
    await matchConversation(ports, chat, principal.person.id);
    return true;
  } catch (error) {
    if (error instanceof UnknownPersonError || error instanceof LinkRefusedError) return false;
    throw error;
  }
}
