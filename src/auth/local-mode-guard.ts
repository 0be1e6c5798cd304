export interface LocalModeEnvironment {
  readonly nodeEnv: string | undefined;
  readonly storage: 'sqlite' | 'sharepoint';
}

/**
 * Local sign-in lets anyone pick who they are, so it must never be reachable where real data lives.
 * Throws, naming every reason that applies and what to configure instead; call it before the local
 * issuer is created so a misconfigured deployment fails at start, not at someone's first sign-in.
 */
export function assertLocalModeAllowed(env: LocalModeEnvironment): void {
  const reasons: string[] = [];
  if (env.nodeEnv === 'production') reasons.push('NODE_ENV is "production"');
  if (env.storage === 'sharepoint') reasons.push('production storage (SharePoint) is configured');
  if (reasons.length === 0) return;
  throw new Error(
    `Local sign-in ("sign in as" a seeded person) is refused because ${reasons.join(' and ')}: ` +
      'it would let anyone act as anyone. Configure Entra ID sign-in instead (the app registration ' +
      'client id, its allowed member tenant ids and the API audience), or, for local development, ' +
      'unset NODE_ENV=production and remove the SharePoint settings so the embedded SQLite store is used.',
  );
}
