import type { Locator, Page } from 'playwright-core';
import { callApi } from './api';
import { REVIEWED_ASSESSMENT } from './review-window';

/** Signs in as someone else from the standalone "sign in as" picker. */
export async function switchPerson(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Switch person' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

export interface Ask {
  readonly text: string;
  readonly standardCode?: string;
}

/**
 * Checks a radio button. The agreement page reloads after each save, and the cards can move under the pointer
 * while it does: a click that lands beside its target is tried again, as a person would.
 */
async function checkOnceSettled(radio: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await radio.check();
      return;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('did not change its state')) throw error;
    }
  }
}

/** What the lead reviewer does on the agreement page, in the words on screen. */
export function reviewAgreementSteps(page: Page) {
  const card = (code: string) => page.getByTestId(`agreement-${code}`);
  const decision = (name: string) => page.getByRole('button', { name, exact: true });
  // Each decision is confirmed in words; waiting for that decision's own words, not an earlier one's.
  const confirmed = (words: RegExp) => page.getByText(words).waitFor();
  return {
    card,
    async open(baseUrl: string, assessmentId = REVIEWED_ASSESSMENT): Promise<void> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}/review/agree`);
      await page.getByRole('heading', { level: 1, name: /^Agree the review:/ }).waitFor();
    },
    /** Starts the review when the page offers it (a submitted assessment); otherwise it is already under way. */
    async startOrOpen(): Promise<void> {
      if ((await decision('Start the review').getAttribute('aria-disabled')) === 'true') return;
      await decision('Start the review').click();
      await confirmed(/^The review has started/);
    },
    async returnForInformation(asks: readonly Ask[]): Promise<void> {
      await decision('Return for information').click();
      const form = page.getByRole('form', { name: 'Return for information' });
      for (const [i, ask] of asks.entries()) {
        if (i > 0) await form.getByRole('button', { name: 'Add another ask' }).click();
        await form.getByRole('textbox', { name: new RegExp(`^Ask ${i + 1}`) }).fill(ask.text);
        if (ask.standardCode) {
          await form
            .getByRole('combobox', { name: new RegExp(`Standard for ask ${i + 1}`) })
            .selectOption({ value: ask.standardCode });
        }
      }
      await form.getByRole('button', { name: 'Return to the service' }).click();
      await confirmed(/^The assessment has gone back to the service/);
    },
    async recordAgreedRating(code: string, rating: string, rationale: string): Promise<void> {
      await checkOnceSettled(card(code).getByRole('radio', { name: rating, exact: true }));
      await card(code)
        .getByRole('textbox', { name: new RegExp(`Rationale for ${code.replace('.', '\\.')}`) })
        .fill(rationale);
      await card(code).getByRole('button', { name: /^Save/ }).click();
      await card(code).getByText('Saved.').waitFor();
    },
    /** Waits until the API offers agreeing the review, then agrees it. */
    async agreeReview(): Promise<void> {
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('button')].some(
            (b) => b.textContent === 'Agree the review' && b.getAttribute('aria-disabled') !== 'true' && !b.disabled,
          ),
        undefined,
        { timeout: 15_000 },
      );
      await decision('Agree the review').click();
      await confirmed(/^The review is agreed/);
    },
  };
}

/** What the service does with a returned assessment: answer each ask in the panel, then hand it back. */
export function serviceAnswerSteps(page: Page) {
  const panel = () => page.getByRole('region', { name: 'The review team asked for more information' });
  return {
    panel,
    async open(baseUrl: string, assessmentId = REVIEWED_ASSESSMENT): Promise<void> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}`);
      await panel().waitFor();
    },
    async answer(askText: string, answer: string): Promise<void> {
      const form = panel().getByRole('form', { name: `Your answer to: ${askText}` });
      await form.getByRole('textbox').fill(answer);
      await form.getByRole('button', { name: 'Save answer' }).click();
      await form.getByText('Answer saved.').waitFor();
    },
    async handBack(): Promise<void> {
      const button = () => panel().getByRole('button', { name: 'Hand back to the review team' });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('button')].some(
            (b) => b.textContent === 'Hand back to the review team' && b.getAttribute('aria-disabled') !== 'true',
          ),
        undefined,
        { timeout: 15_000 },
      );
      await button().click();
      // Back with the team: the panel goes and the self-assessment is locked again.
      await panel().waitFor({ state: 'detached' });
    },
  };
}

interface ReviewLine {
  readonly standardCode: string;
  readonly self: { readonly rating: string | null };
  readonly agreed: { readonly version: number } | null;
}

/**
 * Records the agreed rating of every standard but `except` through the API (the team's rating as the service
 * gave it, with a rationale), so a journey can do the last few through the page.
 */
export async function recordAgreedRatingsThroughApi(
  baseUrl: string,
  leadToken: string,
  except: readonly string[],
  assessmentId = REVIEWED_ASSESSMENT,
): Promise<void> {
  const view = await callApi<{ standards: ReviewLine[] }>(
    baseUrl,
    leadToken,
    'GET',
    `/assessments/${assessmentId}/review`,
  );
  for (const line of view.standards) {
    if (except.includes(line.standardCode)) continue;
    await callApi(baseUrl, leadToken, 'PUT', `/assessments/${assessmentId}/review/agreed/${line.standardCode}`, {
      rating: line.self.rating ?? 'not_met',
      rationale: 'Confirmed by the team at the visit.',
      version: line.agreed?.version ?? 0,
    });
  }
}

/** The report's state once the review is agreed (GET /assessments/:id/report answers 200 only when it exists). */
export async function reportState(baseUrl: string, token: string, assessmentId = REVIEWED_ASSESSMENT): Promise<string> {
  const view = await callApi<{ report: { state: string } }>(
    baseUrl,
    token,
    'GET',
    `/assessments/${assessmentId}/report`,
  );
  return view.report.state;
}
