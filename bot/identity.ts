import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Principal } from '../src/services/access-policy';
import type { Ports } from '../src/services/context';
import { UnknownPersonError } from '../src/services/errors';
import { resolvePrincipal } from '../src/services/identity';
import { chatIdentity } from './chat-identity';
import { standInPrincipal } from './local-identity';

/**
 * The e-mail address, asked of Teams only when the person is not linked yet: someone invited by e-mail who writes to
 * the bot before ever opening the tab is linked the same way a first sign-in links them.
 */
async function emailOf(context: TurnContext): Promise<string | null> {
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.email ?? member.userPrincipalName ?? null;
  } catch {
    return null;
  }
}

export async function principalFor(ports: Ports, context: TurnContext, localMode = false): Promise<Principal> {
  const identity = chatIdentity(context);
  if (!identity) {
    const standIn = localMode ? await standInPrincipal(ports, context) : null;
    if (standIn) return standIn;
    throw new UnknownPersonError();
  }
  try {
    return await resolvePrincipal(ports, identity);
  } catch (error) {
    if (!(error instanceof UnknownPersonError)) throw error;
    const standIn = localMode ? await standInPrincipal(ports, context) : null;
    if (standIn) return standIn;
    const email = await emailOf(context);
    if (!email) throw error;
    return resolvePrincipal(ports, { ...identity, email });
  }
}
