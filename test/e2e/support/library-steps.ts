import type { Page } from 'playwright-core';
import { REVIEWED_ASSESSMENT } from './review-window';

/**
 * The good-practice library in the words on screen: the lead reviewer proposes a good-practice finding from the
 * agreement page, the service lead agrees to share it (nothing is published before), and anyone in the network
 * finds it by search. Each step waits for the page's own confirmation.
 */
export function librarySteps(page: Page) {
  const results = page.getByTestId('library-results');
  return {
    results,
    /** On the agreement page (already open): proposes the first good-practice finding the API lets this person. */
    async proposeFromAgreementPage(): Promise<void> {
      const section = page.getByRole('region', { name: 'Good practice for the library' });
      await section.waitFor();
      await section.getByRole('button', { name: 'Propose for the library' }).first().click();
      await page.getByText(/^Proposed for the library\. The service will be asked to agree/).waitFor();
    },
    async openLibrary(baseUrl: string): Promise<void> {
      await page.goto(`${baseUrl}/library`);
      await page.getByRole('heading', { level: 1, name: 'Good practice' }).waitFor();
      // The results, or the words that say nothing matches (an empty list is not shown).
      await results
        .or(page.getByText(/^Nothing matches\./))
        .first()
        .waitFor();
    },
    /** As the service lead: opens the first proposal waiting for agreement and agrees to share it. */
    async agreeToFirstProposal(
      baseUrl: string,
      entry: { readonly title: string; readonly whatTheyDo: string; readonly serviceTypeLabel: string },
    ): Promise<void> {
      await this.openLibrary(baseUrl);
      await page
        .getByTestId('library-proposals')
        .getByRole('link', { name: /^Read the proposal and decide:/ })
        .first()
        .click();
      await page.getByText('Proposed: waiting for the service to agree. Nobody else can see it yet.').waitFor();
      await page.getByRole('button', { name: 'Agree to share' }).click();
      const form = page.getByRole('form', { name: 'Agree to share' });
      await form.getByRole('textbox', { name: /^Title/ }).fill(entry.title);
      await form.getByRole('textbox', { name: /^What the service does/ }).fill(entry.whatTheyDo);
      await form.getByRole('combobox', { name: /^Type of service/ }).selectOption({ label: entry.serviceTypeLabel });
      await form.getByRole('button', { name: 'Agree and publish' }).click();
      await page.getByText(/^Published\. Everyone in the network can find it now/).waitFor();
    },
    /** Searches the library for words; returns the titles of the cards found. */
    async search(baseUrl: string, words: string): Promise<string[]> {
      await this.openLibrary(baseUrl);
      await page
        .getByRole('search', { name: 'Search the library' })
        .getByRole('textbox', { name: 'Search' })
        .fill(words);
      // The answer to this search (its words in the query), then the frame that shows it.
      const answered = page.waitForResponse(
        (r) => r.url().includes('/api/v1/library?') && new URL(r.url()).searchParams.get('q') === words.trim(),
      );
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await answered;
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      return results.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''));
    },
    /** Filters the results by one of the four pick lists (Theme, Standard, Organisation, Type of service). */
    async filter(label: 'Theme' | 'Standard' | 'Organisation' | 'Type of service', option: string): Promise<void> {
      await page.getByRole('combobox', { name: label }).selectOption({ label: option });
      await results.waitFor();
    },
  };
}

/** The agreement page of the review the browser tests walk, where good practice is proposed. */
export function agreementPageUrl(baseUrl: string, assessmentId = REVIEWED_ASSESSMENT): string {
  return `${baseUrl}/assessments/${assessmentId}/review/agree`;
}
