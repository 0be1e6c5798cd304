import { ConfigError, loadConfig } from '../../src/config';

const ENTRA = {
  AAD_APP_CLIENT_ID: '0b7f4c1e-2a7d-4f7b-8f2e-5c3d9a1b2c3d',
  AAD_APP_TENANT_ID: '9a8b7c6d-1111-4222-8333-444455556666',
} as const;

describe('the demo network is seeded only in local mode', () => {
  it('seeds by default for local development', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
  });

  it('does not seed by default when Entra ID sign-in is configured', () => {
    expect(loadConfig({ ...ENTRA }).seedDemo).toBe(false);
  });

  it('does not seed by default under NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
  });

  it('can be turned off for local development', () => {
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('still seeds when asked explicitly with Entra ID in development (debugging in Teams, m365agents.local.yml)', () => {
    expect(loadConfig({ ...ENTRA, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('refuses SEED_DEMO=true under NODE_ENV=production, and says what to do', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...ENTRA, NODE_ENV: 'production', SEED_DEMO: 'true' })).toThrow(
      /SEED_DEMO=true is for local development only.*Remove SEED_DEMO/s,
    );
  });
});

describe('the host tenant may always sign in', () => {
  it('is allowed even when ALLOWED_TENANT_IDS does not list it', () => {
    const config = loadConfig({ ...ENTRA, ALLOWED_TENANT_IDS: 'bbbbbbbb-0000-4000-8000-000000000000' });
    expect(config.entra.allowedTenantIds).toEqual(['bbbbbbbb-0000-4000-8000-000000000000', ENTRA.AAD_APP_TENANT_ID]);
    expect(loadConfig({ ...ENTRA }).entra.allowedTenantIds).toEqual([ENTRA.AAD_APP_TENANT_ID]);
  });

  it('is listed once when ALLOWED_TENANT_IDS names it as well (in any case)', () => {
    const config = loadConfig({ ...ENTRA, ALLOWED_TENANT_IDS: ENTRA.AAD_APP_TENANT_ID.toUpperCase() });
    expect(config.entra.allowedTenantIds).toHaveLength(1);
  });
});
