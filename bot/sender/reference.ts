import type { ConversationReference } from 'botbuilder';

/** What a proactive send needs from a stored Bot Framework conversation reference. */
export interface StoredReference {
  readonly serviceUrl: string;
  readonly conversationId: string;
  readonly channelId: string;
  readonly tenantId: string | null;
  readonly bot: { readonly id: string; readonly name?: string } | null;
  readonly user: { readonly id: string; readonly name?: string; readonly aadObjectId?: string } | null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function account(value: unknown): { id: string; name?: string; aadObjectId?: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const id = str(v['id']);
  if (!id) return null;
  const name = str(v['name']);
  const aadObjectId = str(v['aadObjectId']);
  return { id, ...(name ? { name } : {}), ...(aadObjectId ? { aadObjectId } : {}) };
}

/** Reads a reference stored as JSON (it came from the store, so it is checked, not trusted). */
export function parseReference(raw: Readonly<Record<string, unknown>>): StoredReference | null {
  const conversation = raw['conversation'] as Record<string, unknown> | undefined;
  const serviceUrl = str(raw['serviceUrl']);
  const conversationId = str(conversation?.['id']);
  if (!serviceUrl || !conversationId) return null;
  return {
    serviceUrl,
    conversationId,
    channelId: str(raw['channelId']) ?? 'msteams',
    tenantId: str(conversation?.['tenantId']) ?? null,
    bot: account(raw['bot']),
    user: account(raw['user']),
  };
}

/** The JSON form of a botbuilder ConversationReference, as the store keeps it. */
export function referenceToRecord(reference: Partial<ConversationReference>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}
