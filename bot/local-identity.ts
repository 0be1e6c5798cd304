import type { TurnContext } from 'botbuilder';
import type { Principal } from '../src/services/access-policy';
import type { Ports } from '../src/services/context';
import { standInForLocalUse, standInPrincipalOf } from '../src/services/identity/conversations';
import { findSignInPerson } from '../src/services/identity/dev-sign-in';
import { messageCard, problemCard } from './cards/message';
import type { AdaptiveCardJson } from './cards/render';
import { conversationRecordIdOf, rememberConversation } from './installation';

/**
 * Local use with the Microsoft 365 Agents Playground (no bot credentials): its test user is not in the network,
 * so `as <email or person id>` makes the personal chat stand for a demo person, like the tab's "sign in as". The
 * person then gets that person's cards and reminders, under that person's roles. Never active with credentials.
 */
export const ACT_AS = /^as\s+(\S+)$/i;

function recordId(context: TurnContext): string | null {
  return context.activity.conversation?.conversationType === 'personal' ? conversationRecordIdOf(context) : null;
}

export async function actAs(ports: Ports, context: TurnContext, who: string): Promise<AdaptiveCardJson> {
  const id = recordId(context);
  if (!id) return problemCard('Use "as" in a personal chat with the bot.');
  const person = (await findSignInPerson(ports, { personId: who })) ?? (await findSignInPerson(ports, { email: who }));
  if (!person) return problemCard(`No demo person "${who}". GET /api/v1/dev/people lists them.`);
  await rememberConversation(ports, context);
  await standInForLocalUse(ports, id, person);
  return messageCard({
    title: `This chat is now ${person.displayName}`,
    text: 'Local use only. Type "help" to see what you can do as them.',
    style: 'good',
  });
}

/** The demo person this local chat stands for, if the developer chose one. */
export async function standInPrincipal(ports: Ports, context: TurnContext): Promise<Principal | null> {
  const id = recordId(context);
  return id ? standInPrincipalOf(ports, id) : null;
}
