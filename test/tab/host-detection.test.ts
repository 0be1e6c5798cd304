/** @jest-environment jsdom */
import './tab-test-env';
import { detectHost, mayBeInTeams } from '../../tab/src/host/detect-host';
import { themeFromTeams, type HostInfo } from '../../tab/src/host/host-info';
import { isConsentError } from '../../tab/src/host/teams-host';

describe('finding the host', () => {
  it('treats a top-level browser window as standalone at once, without waiting for Teams', async () => {
    expect(mayBeInTeams(window)).toBe(false);
    // With the clock stopped, an answer that waited for Teams' 1.5 s could never arrive.
    jest.useFakeTimers();
    try {
      let found: HostInfo | undefined;
      void detectHost(window, 1500).then((host) => (found = host));
      await jest.advanceTimersByTimeAsync(0);
      expect(found?.kind).toBe('standalone');
    } finally {
      jest.useRealTimers();
    }
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
