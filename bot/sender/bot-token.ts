import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { TokenSource } from './connector-transport';

/** Where bots send to Teams from (the Bot Connector's audience) and where their tokens come from. */
const BOT_CONNECTOR_AUDIENCE = 'https://api.botframework.com';
const BOT_LOGIN = 'https://login.microsoftonline.com/botframework.com';

export interface BotCredentials {
  readonly appId: string;
  readonly password: string;
  /** Set for a single-tenant bot registration; null for multi-tenant. */
  readonly tenantId: string | null;
}

/**
 * Bot Connector tokens for proactive sends, from the same credential factory the CloudAdapter uses (so single- and
 * multi-tenant registrations behave alike). The credentials object caches the token and renews it before expiry.
 */
export function botTokenSource(credentials: BotCredentials): TokenSource {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.password,
    MicrosoftAppType: credentials.tenantId ? 'SingleTenant' : 'MultiTenant',
    ...(credentials.tenantId ? { MicrosoftAppTenantId: credentials.tenantId } : {}),
  });
  let pending: Promise<{ getToken(forceRefresh?: boolean): Promise<string> }> | undefined;
  return async () => {
    pending ??= factory
      .createCredentials(credentials.appId, BOT_CONNECTOR_AUDIENCE, BOT_LOGIN, true)
      .then((c) => {
        const withToken = c as unknown as { getToken?: (force?: boolean) => Promise<string> };
        if (typeof withToken.getToken !== 'function') throw new Error('The bot credentials cannot issue tokens.');
        return {
          getToken: (force?: boolean) => (withToken.getToken as (f?: boolean) => Promise<string>).call(c, force),
        };
      })
      .catch((error: unknown) => {
        pending = undefined; // try again on the next send rather than fail forever
        throw error;
      });
    return (await pending).getToken();
  };
}
