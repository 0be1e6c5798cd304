import type { Page } from 'playwright-core';

/**
 * The starter framework's offer on the Frameworks admin page. The demo network already has a framework, so the
 * API does not offer it there; to see the panel as an empty network's admin does, the offer is answered as the API
 * answers it while the network has none (everything else on the page is the real API's).
 */
export async function showStarterFrameworkOffer(page: Page, baseUrl: string): Promise<void> {
  await page.route('**/api/v1/starter-framework', async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const real = await route.fetch();
    const offer = (await real.json()) as Record<string, unknown>;
    await route.fulfill({ response: real, json: { ...offer, start: { allowed: true } } });
  });
  await page.goto(`${baseUrl}/admin/frameworks`);
}

/** Resolves once the offer is on screen. */
export async function starterFrameworkOfferShown(page: Page): Promise<unknown> {
  return page.getByRole('region', { name: 'Start with a framework' }).waitFor();
}
