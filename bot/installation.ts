import { TurnContext } from 'botbuilder';
import type { Ports } from '../src/services/context';
import {
  conversationRecordId,
  recordConversation,
  removeConversation,
  type ConversationEvent,
} from '../src/services/identity/conversations';
import { chatIdentity } from './chat-identity';
import { memberEmailOf } from './member-email';
import { referenceToRecord } from './sender/reference';

/** Personal chats and team channels are where reminders can go; group chats are not used. */
export function scopeOf(context: TurnContext): ConversationEvent['scope'] | null {
  const type = context.activity.conversation?.conversationType;
  if (type === 'personal') return 'personal';
  if (type === 'channel') return 'team';
  return null;
}

function eventOf(context: TurnContext, scope: ConversationEvent['scope']): ConversationEvent | null {
  const identity = chatIdentity(context);
  const tenantId = identity?.tenantId ?? context.activity.conversation?.tenantId;
  if (!tenantId) return null;
  return {
    scope,
    tenantId,
    objectId: identity?.objectId ?? null,
    email: null,
    name: identity?.name ?? null,
    conversationId: context.activity.conversation.id,
    // Without what changes from message to message (the activity id; in a channel, who wrote), which would make
    // every message a write.
    reference: referenceToRecord({
      ...TurnContext.getConversationReference(context.activity),
      activityId: undefined,
      ...(scope === 'team' ? { user: undefined } : {}),
    }),
  };
}

/**
 * Stores the conversation reference (on install, and on every message, which also revives a reference Teams had
 * refused once the person reinstalls or unblocks the app). Returns whether it is new or changed. `lookUpMember`
 * asks Teams for an unlinked member's e-mail, to link their invitation (on install; messages do it when needed).
 */
export async function rememberConversation(
  ports: Ports,
  context: TurnContext,
  options: { readonly lookUpMember?: boolean } = {},
): Promise<{ changed: boolean; known: boolean } | null> {
  const scope = scopeOf(context);
  const event = scope ? eventOf(context, scope) : null;
  if (!event) return null;
  const { changed, principal } = await recordConversation(
    ports,
    event,
    options.lookUpMember ? { memberEmail: () => memberEmailOf(context) } : {},
  );
  return { changed, known: principal !== null };
}

/** The id of this chat's ConversationRecord (the same one install and messages write). */
export function conversationRecordIdOf(context: TurnContext): string | null {
  const scope = scopeOf(context);
  const event = scope ? eventOf(context, scope) : null;
  return event ? conversationRecordId(event) : null;
}

export async function forgetConversation(ports: Ports, context: TurnContext): Promise<boolean> {
  const scope = scopeOf(context);
  const event = scope ? eventOf(context, scope) : null;
  return event ? removeConversation(ports, event) : false;
}
