import type { TurnContext } from 'botbuilder';
import type { Principal } from '../src/services/access-policy';
import type { Ports } from '../src/services/context';
import { UnknownPersonError } from '../src/services/errors';
import { resolvePrincipal } from '../src/services/identity/identity';
import { chatIdentity } from './chat-identity';
import { standInPrincipal } from './local-identity';
import { memberEmailOf } from './member-email';

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
    // Someone invited by e-mail who writes before ever opening the tab is linked as a first sign-in would be.
    const email = await memberEmailOf(context);
    if (!email) throw error;
    return resolvePrincipal(ports, { ...identity, email });
  }
}
