import type { TurnContext } from 'botbuilder';
import type { SignedInIdentity } from '../src/services/identity/identity';

/**
 * Who is writing: Teams says who in `from.aadObjectId` and which tenant in `conversation.tenantId`, and the same
 * resolvePrincipal as the tab's sign-in turns that into a Principal, so chat is held to the same access policy.
 */
export function chatIdentity(context: TurnContext): SignedInIdentity | null {
  const activity = context.activity;
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenantId = activity.conversation?.tenantId ?? (typeof channelTenant === 'string' ? channelTenant : undefined);
  const objectId = activity.from?.aadObjectId;
  if (!tenantId || !objectId) return null;
  return { tenantId, objectId, email: null, name: activity.from.name ?? null };
}
