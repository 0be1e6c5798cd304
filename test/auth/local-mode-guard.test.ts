import { assertLocalModeAllowed } from '../../src/auth/local-mode-guard';

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
