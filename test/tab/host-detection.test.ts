/** @jest-environment jsdom */
import './tab-test-env';
import { detectHost, mayBeInTeams } from '../../tab/src/host/detect-host';
import { themeFromTeams } from '../../tab/src/host/host-info';
import { isConsentError } from '../../tab/src/host/teams-host';

describe('finding the host', () => {
  it('treats a top-level browser window as standalone at once, without waiting for Teams', async () => {
    expect(mayBeInTeams(window)).toBe(false);
    const started = Date.now();
    const host = await detectHost(window, 1500);
    expect(host.kind).toBe('standalone');
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('falls back to standalone when framed by something that is not Teams', async () => {
    const framed = Object.create(window, { parent: { value: {} } }) as Window;
    expect(mayBeInTeams(framed)).toBe(true);
    const host = await detectHost(framed, 200);
    expect(host.kind).toBe('standalone');
  });

  it('maps Teams themes and recognises consent errors', () => {
    expect(themeFromTeams('default')).toBe('light');
    expect(themeFromTeams('dark')).toBe('dark');
    expect(themeFromTeams('contrast')).toBe('contrast');
    expect(isConsentError(new Error('resourceRequiresConsent'))).toBe(true);
    expect(isConsentError(new Error('AADSTS65001: The user has not consented'))).toBe(true);
    expect(isConsentError(new Error('CancelledByUser'))).toBe(false);
  });
});
