export interface LocalModeEnvironment {
  readonly nodeEnv: string | undefined;
  readonly storage: 'sqlite' | 'sharepoint';
}

/** The bot's local stand-in runs where the tab's local sign-in may, and never once Entra ID sign-in is set up. */
export interface BotStandInEnvironment extends LocalModeEnvironment {
  /** AAD_APP_CLIENT_ID is set: real people sign in, so nobody may pick who they are in chat either. */
  readonly entraConfigured: boolean;
  /** BOT_ID: with it the Bot Framework authenticates every request, and there is no stand-in. */
  readonly botId: string | null;
}

/** Thrown at start when a local-only way of choosing who you are would be reachable where real data lives. */
export class LocalModeRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalModeRefusedError';
  }
}

function productionReasons(env: LocalModeEnvironment): string[] {
  const reasons: string[] = [];
  if (env.nodeEnv === 'production') reasons.push('NODE_ENV is "production"');
  if (env.storage === 'sharepoint') reasons.push('production storage (SharePoint) is configured');
  return reasons;
}

/**
 * Local sign-in lets anyone pick who they are, so it must never be reachable where real data lives.
 * Throws, naming every reason that applies and what to configure instead; call it before the local
 * issuer is created so a misconfigured deployment fails at start, not at someone's first sign-in.
 */
export function assertLocalModeAllowed(env: LocalModeEnvironment): void {
  const reasons = productionReasons(env);
  if (reasons.length === 0) return;
  throw new LocalModeRefusedError(
    `Local sign-in ("sign in as" a seeded person) is refused because ${reasons.join(' and ')}: ` +
      'it would let anyone act as anyone. Configure Entra ID sign-in instead (the app registration ' +
      'client id, its allowed member tenant ids and the API audience), or, for local development, ' +
      'unset NODE_ENV=production and remove the SharePoint settings so the embedded SQLite store is used.',
  );
}

/**
 * Without bot credentials the Bot Framework adapter takes unauthenticated requests, and the bot trusts whatever
 * the activity says about who is writing (and offers "as <person>"). Only loopback requests reach it, but behind a
 * reverse proxy on the same host every caller is loopback: so the same rule as local sign-in applies, and Entra
 * ID sign-in being configured counts as production too. Throws at start, naming the missing setting.
 */
export function assertBotStandInAllowed(env: BotStandInEnvironment): void {
  if (env.botId) return;
  const reasons = productionReasons(env);
  if (env.entraConfigured) reasons.push('Entra ID sign-in (AAD_APP_CLIENT_ID) is configured');
  if (reasons.length === 0) return;
  throw new LocalModeRefusedError(
    `BOT_ID is not set, so the bot would run without credentials and believe any caller about who they are, ` +
      `which is refused because ${reasons.join(' and ')}. Set BOT_ID and BOT_PASSWORD (and BOT_TENANT_ID for a ` +
      'single-tenant bot) to the Azure Bot registration, or, for local development with the Agents Playground, ' +
      'unset NODE_ENV=production, AAD_APP_CLIENT_ID and the SharePoint settings.',
  );
}
