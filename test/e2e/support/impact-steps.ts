import type { Page } from 'playwright-core';
import { checkPageEverywhere } from './pages';

/** The demo service whose lead sees two cycles side by side. */
export const IMPACT_SERVICE = 'svc-slam-coast';

/** What a service's people and the network team do on the impact over time pages, in the words on screen. */
export function impactSteps(page: Page) {
  const serviceReady = (p: Page) => p.getByTestId('service-impact').waitFor();
  const networkReady = (p: Page) => p.getByTestId('network-impact').waitFor();
  return {
    async openService(baseUrl: string, serviceId = IMPACT_SERVICE): Promise<void> {
      await page.goto(`${baseUrl}/services/${encodeURIComponent(serviceId)}/impact`);
      await page.getByRole('heading', { level: 1, name: /^Impact over time:/ }).waitFor();
      await serviceReady(page);
    },
    async openNetwork(baseUrl: string): Promise<void> {
      await page.goto(`${baseUrl}/impact`);
      await page.getByRole('heading', { level: 1, name: 'Impact over time' }).waitFor();
      await networkReady(page);
    },
    /** From the organisation dashboard, follows a service's "Impact over time" link. */
    async followServiceLinkFromDashboard(baseUrl: string, serviceName: string): Promise<void> {
      await page.goto(`${baseUrl}/dashboard?view=organisation`);
      await page
        .getByRole('navigation', { name: 'Impact over time' })
        .getByRole('link', { name: serviceName, exact: true })
        .click();
      await serviceReady(page);
    },
    /** From the network dashboard, follows "Impact over time". */
    async followNetworkLinkFromDashboard(baseUrl: string): Promise<void> {
      await page.goto(`${baseUrl}/dashboard?view=network`);
      await page.getByRole('link', { name: 'Impact over time', exact: true }).click();
      await networkReady(page);
    },
    /** The cells of one standard's row on a service's page: code and title, a rating per cycle, the latest change. */
    async standardRow(themeCode: string, standardCode: string): Promise<string[]> {
      const table = page.getByRole('table', { name: `Theme ${themeCode} standards, cycle by cycle` });
      const row = table.getByRole('row').filter({ hasText: new RegExp(`^${standardCode.replace('.', '\\.')} `) });
      return row.getByRole('cell').allInnerTexts();
    },
    /** Narrows the network view to a range of cycles by their names. */
    async chooseRange(from: string, to: string): Promise<void> {
      await page.getByRole('combobox', { name: 'From cycle' }).selectOption({ label: from });
      await page.getByRole('combobox', { name: 'To cycle' }).selectOption({ label: to });
      await networkReady(page);
    },
    /** axe in three themes at 1280 and 320 CSS px, and no sideways scrolling at 320 px, for both pages. */
    async checkEverywhere(baseUrl: string, serviceId = IMPACT_SERVICE): Promise<string[]> {
      return [
        ...(await checkPageEverywhere(page, baseUrl, 'service-impact', `/services/${serviceId}/impact`, serviceReady)),
        ...(await checkPageEverywhere(page, baseUrl, 'network-impact', '/impact', networkReady)),
      ];
    },
  };
}
