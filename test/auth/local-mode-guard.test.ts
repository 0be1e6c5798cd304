import { assertBotStandInAllowed, assertLocalModeAllowed } from '../../src/auth/local-mode-guard';

describe('assertLocalModeAllowed', () => {
  it('allows local sign-in for development with the embedded store', () => {
    expect(() => assertLocalModeAllowed({ nodeEnv: undefined, storage: 'sqlite' })).not.toThrow();
    expect(() => assertLocalModeAllowed({ nodeEnv: 'development', storage: 'sqlite' })).not.toThrow();
    expect(() => assertLocalModeAllowed({ nodeEnv: 'test', storage: 'sqlite' })).not.toThrow();
  });

  it('refuses NODE_ENV=production and says what to configure instead', () => {
    expect(() => assertLocalModeAllowed({ nodeEnv: 'production', storage: 'sqlite' })).toThrow(
      /NODE_ENV is "production".*Configure Entra ID sign-in/s,
    );
  });

  it('refuses when SharePoint storage is configured', () => {
    expect(() => assertLocalModeAllowed({ nodeEnv: 'development', storage: 'sharepoint' })).toThrow(
      /production storage \(SharePoint\) is configured.*Entra ID/s,
    );
  });

  it('names both reasons when both apply', () => {
    expect(() => assertLocalModeAllowed({ nodeEnv: 'production', storage: 'sharepoint' })).toThrow(
      /NODE_ENV is "production" and production storage \(SharePoint\)/,
    );
  });
});

describe('assertBotStandInAllowed', () => {
  const local = { nodeEnv: 'development', storage: 'sqlite', entraConfigured: false } as const;

  it('allows the bot without credentials for local development (the Agents Playground)', () => {
    expect(() => assertBotStandInAllowed({ ...local, botId: null })).not.toThrow();
  });

  it('allows anything once the bot has its own credentials', () => {
    expect(() =>
      assertBotStandInAllowed({ nodeEnv: 'production', storage: 'sharepoint', entraConfigured: true, botId: 'bot' }),
    ).not.toThrow();
  });

  it('refuses to run without BOT_ID under NODE_ENV=production, naming the missing setting', () => {
    expect(() => assertBotStandInAllowed({ ...local, nodeEnv: 'production', botId: null })).toThrow(
      /BOT_ID is not set.*NODE_ENV is "production"/s,
    );
  });

  it('refuses to run without BOT_ID when Entra ID sign-in is configured, even outside production', () => {
    expect(() => assertBotStandInAllowed({ ...local, entraConfigured: true, botId: null })).toThrow(
      /BOT_ID is not set.*Entra ID sign-in \(AAD_APP_CLIENT_ID\) is configured/s,
    );
  });

  it('refuses to run without BOT_ID on SharePoint storage', () => {
    expect(() => assertBotStandInAllowed({ ...local, storage: 'sharepoint', botId: null })).toThrow(
      /BOT_ID is not set.*SharePoint/s,
    );
  });
});
