import type { ConversationRecord } from '../../domain/conversation';
import type { Person } from '../../domain/network';
import type { Principal } from '../access-policy';
import type { Ports } from '../context';
import { LinkRefusedError, UnknownPersonError } from '../errors';
import { resolvePrincipal } from './identity';
import { planRemindersAgain } from '../reminders/day-plan';
import { ConflictError, type CommitContext } from '../ports';

/** What the bot learns when it is installed, or when someone writes to it. */
export interface ConversationEvent {
  readonly scope: 'personal' | 'team';
  /** The Entra tenant of the conversation (Teams' `conversation.tenantId`). */
  readonly tenantId: string;
  /** The person acting (installing, or writing in a personal chat): Entra object id. */
  readonly objectId: string | null;
  readonly email: string | null;
  readonly name: string | null;
  readonly conversationId: string;
  /** The Bot Framework conversation reference, opaque here. */
  readonly reference: Readonly<Record<string, unknown>>;
}

const BOT_ACTOR = 'system:bot';

export function conversationRecordId(
  event: Pick<ConversationEvent, 'scope' | 'tenantId' | 'objectId' | 'conversationId'>,
): string {
  return event.scope === 'personal' && event.objectId
    ? `personal:${event.tenantId}:${event.objectId}`
    : `team:${event.conversationId}`;
}

/** How to ask Teams for the e-mail of the member in a conversation the network cannot match yet. */
export interface MemberLookup {
  readonly memberEmail?: () => Promise<string | null>;
}

/**
 * The person behind a conversation: by tenant + object id, else, for an invited person seen for the first time, by
 * the e-mail Teams holds for the member, under the same tenant rule as a first sign-in (a refusal leaves the
 * conversation unmatched).
 */
async function principalOf(ports: Ports, event: ConversationEvent, lookup: MemberLookup): Promise<Principal | null> {
  if (!event.objectId) return null;
  const identity = { tenantId: event.tenantId, objectId: event.objectId, email: event.email, name: event.name };
  try {
    return await resolvePrincipal(ports, identity);
  } catch (error) {
    if (error instanceof LinkRefusedError) return null;
    if (!(error instanceof UnknownPersonError)) throw error;
  }
  const email = identity.email ? null : await lookup.memberEmail?.();
  if (!email) return null;
  try {
    return await resolvePrincipal(ports, { ...identity, email });
  } catch (error) {
    if (error instanceof UnknownPersonError || error instanceof LinkRefusedError) return null;
    throw error;
  }
}

/** A team channel is bound to the service its installer leads (only when they lead exactly one). */
function boundService(principal: Principal | null): string | null {
  const led = (principal?.roles ?? []).flatMap((r) =>
    r.role === 'service_lead' && r.scope.kind === 'service' ? [r.scope.serviceId] : [],
  );
  return led.length === 1 ? (led[0] ?? null) : null;
}

async function put(
  ports: Ports,
  actorId: string,
  record: ConversationRecord,
  expectedVersion: number,
): Promise<ConversationRecord> {
  const context: CommitContext = { actorId, at: ports.clock.now().toISOString() };
  const [stored] = await ports.store.commit(context, [
    { op: 'put', kind: 'conversation', value: record, expectedVersion },
  ]);
  return stored;
}

/**
 * Stores (or refreshes) the conversation reference, linked to the person by tenant + object id. Also the way back
 * from `unreachable`: a reinstall or a new message makes the conversation active again.
 */
export async function recordConversation(
  ports: Ports,
  event: ConversationEvent,
  lookup: MemberLookup = {},
): Promise<{ record: ConversationRecord; principal: Principal | null; changed: boolean }> {
  const principal = await principalOf(ports, event, lookup);
  const id = conversationRecordId(event);
  for (let attempt = 0; ; attempt += 1) {
    const current = await ports.store.get('conversation', id);
    const personal = event.scope === 'personal';
    const next: ConversationRecord = {
      id,
      version: current?.version ?? 0,
      scope: event.scope,
      // Keep an earlier link when the person cannot be resolved now (e.g. a local stand-in, see standInForLocalUse).
      personId: personal ? (principal?.person.id ?? current?.personId ?? null) : null,
      tenantId: event.tenantId,
      objectId: personal ? event.objectId : null,
      serviceId: personal ? null : (boundService(principal) ?? current?.serviceId ?? null),
      reference: event.reference,
      status: 'active',
      // A reinstall or a new message must not undo the person's own choice.
      ...(current?.remindersOff ? { remindersOff: true } : {}),
      updatedAt: ports.clock.now().toISOString(),
    };
    if (current && sameConversation(current, next)) return { record: current, principal, changed: false };
    try {
      const record = await put(ports, principal?.person.id ?? BOT_ACTOR, next, current?.version ?? 0);
      // Someone the bot could not reach before can be reminded today, not only from tomorrow's plan.
      if (personal && (current?.status !== 'active' || current.personId !== next.personId)) {
        await planRemindersAgain(ports);
      }
      return { record, principal, changed: true };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}

function sameConversation(a: ConversationRecord, b: ConversationRecord): boolean {
  return (
    a.status === b.status &&
    a.personId === b.personId &&
    a.serviceId === b.serviceId &&
    JSON.stringify(a.reference) === JSON.stringify(b.reference)
  );
}

/** A chat stored before its person was known, now matched to them (an invitation linked through Teams' roster). */
export async function matchConversation(ports: Ports, record: ConversationRecord, personId: string): Promise<void> {
  try {
    await put(ports, BOT_ACTOR, { ...record, personId, updatedAt: ports.clock.now().toISOString() }, record.version);
  } catch (error) {
    // Changed meanwhile (the person wrote, or uninstalled): that newer state wins; tenant + object id still match.
    if (!(error instanceof ConflictError)) throw error;
  }
}

/** On uninstall: the reference is useless from now on, so it is removed. */
export async function removeConversation(
  ports: Ports,
  event: Pick<ConversationEvent, 'scope' | 'tenantId' | 'objectId' | 'conversationId'>,
): Promise<boolean> {
  const id = conversationRecordId(event);
  const current = await ports.store.get('conversation', id);
  if (!current) return false;
  await ports.store.commit({ actorId: BOT_ACTOR, at: ports.clock.now().toISOString() }, [
    { op: 'delete', kind: 'conversation', id, expectedVersion: current.version },
  ]);
  return true;
}

/** Switches a person's reminders off (or back on) on their personal conversation. False when they have none. */
export async function setRemindersOff(ports: Ports, person: Person, off: boolean): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    const current = await conversationOf(ports, person);
    if (!current) return false;
    if ((current.remindersOff ?? false) === off) return true;
    const { remindersOff: _previous, ...rest } = current;
    const next: ConversationRecord = {
      ...rest,
      ...(off ? { remindersOff: true } : {}),
      updatedAt: ports.clock.now().toISOString(),
    };
    try {
      await put(ports, person.id, next, current.version);
      return true;
    } catch (error) {
      // Teams refreshed the reference at the same moment: read it again and reapply the choice.
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}

/**
 * The service a team channel follows (bound when a service lead installed the app there), or null. A reply in a
 * thread carries `;messageid=...` after the channel's id: the channel is the part before it.
 */
export async function serviceFollowedBy(
  ports: Ports,
  tenantId: string,
  conversationId: string,
): Promise<string | null> {
  const channelId = conversationId.split(';')[0] ?? conversationId;
  const record = await ports.store.get(
    'conversation',
    conversationRecordId({ scope: 'team', tenantId, objectId: null, conversationId: channelId }),
  );
  return record?.serviceId ?? null;
}

/** Teams refused the conversation (403/404): no more sends to it until the person reinstalls or writes again. */
export async function markUnreachable(ports: Ports, id: string): Promise<void> {
  const current = await ports.store.get('conversation', id);
  if (!current || current.status === 'unreachable') return;
  try {
    await put(
      ports,
      BOT_ACTOR,
      { ...current, status: 'unreachable', updatedAt: ports.clock.now().toISOString() },
      current.version,
    );
  } catch (error) {
    // Changed meanwhile (e.g. reinstalled a moment ago): the newer state wins.
    if (!(error instanceof ConflictError)) throw error;
  }
}

/**
 * Each person's personal conversation. A reference stored before the person was known (installed before their
 * first sign-in) is matched through tenant + object id.
 */
export function personalConversationsByPerson(
  records: readonly ConversationRecord[],
  people: Iterable<Person>,
): Map<string, ConversationRecord> {
  const byIdentity = new Map<string, string>();
  for (const p of people) if (p.tenantId && p.objectId) byIdentity.set(`${p.tenantId}:${p.objectId}`, p.id);
  const out = new Map<string, ConversationRecord>();
  for (const r of records) {
    if (r.scope !== 'personal') continue;
    const personId = r.personId ?? (r.objectId ? byIdentity.get(`${r.tenantId}:${r.objectId}`) : undefined);
    if (!personId) continue;
    const existing = out.get(personId);
    // Prefer an active reference over one Teams refused.
    if (!existing || (existing.status !== 'active' && r.status === 'active')) out.set(personId, r);
  }
  return out;
}

/** The conversations of one person (for immediate notifications such as "not mine"). */
export async function conversationOf(ports: Ports, person: Person): Promise<ConversationRecord | undefined> {
  const records = await ports.store.query('conversation', { personId: person.id });
  const byIdentity =
    person.tenantId && person.objectId
      ? await ports.store.query('conversation', { identity: `${person.tenantId}:${person.objectId}` })
      : [];
  return personalConversationsByPerson([...records, ...byIdentity], [person]).get(person.id);
}

/**
 * Local use only (no bot credentials, requests from this machine): the Agents Playground chats as its own test
 * user, who is not in the network, so the developer says which demo person the chat stands for. The bot refuses
 * this whenever credentials are configured.
 */
export async function standInForLocalUse(ports: Ports, conversationId: string, person: Person): Promise<void> {
  const current = await ports.store.get('conversation', conversationId);
  if (!current) throw new Error('Install the app (or say hello) first, so that the conversation is known.');
  await put(
    ports,
    BOT_ACTOR,
    { ...current, personId: person.id, updatedAt: ports.clock.now().toISOString() },
    current.version,
  );
}

/** The demo person a local chat stands for (see standInForLocalUse), with their roles, if one was chosen. */
export async function standInPrincipalOf(ports: Ports, conversationId: string): Promise<Principal | null> {
  const record = await ports.store.get('conversation', conversationId);
  const person = record?.personId ? await ports.store.get('person', record.personId) : undefined;
  if (!person) return null;
  if (person.tenantId && person.objectId) {
    return resolvePrincipal(ports, { tenantId: person.tenantId, objectId: person.objectId, email: null, name: null });
  }
  return { person, roles: await ports.store.query('roleAssignment', { personId: person.id }) };
}
