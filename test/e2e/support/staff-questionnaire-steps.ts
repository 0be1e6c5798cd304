import type { Page } from 'playwright-core';

/** What a member of staff sees once their answers are sent. */
export const STAFF_THANK_YOU = 'Thank you: your answers are anonymous.';

/** From My work, opens the staff questionnaire of that title by its link, as a member of staff would. */
export async function openStaffQuestionnaireFromMyWork(page: Page, title: string): Promise<void> {
  const list = page.getByTestId('staff-questionnaires');
  await list.getByRole('link', { name: title }).click();
  await page.getByRole('form', { name: 'Your answers' }).waitFor();
}

/**
 * Answers every question by keyboard only: Tab to each question's radio group, the arrow keys to the answer
 * wanted (the first answer is chosen by Space), and typed words for free text; then Enter on the send button.
 * `answers` gives, per question in order, how many times to press the Down arrow after choosing the first
 * answer, or the words to type.
 */
export async function answerStaffQuestionnaireByKeyboard(
  page: Page,
  answers: readonly (number | string)[],
): Promise<void> {
  const form = page.getByRole('form', { name: 'Your answers' });
  await form.locator('fieldset').first().waitFor();
  const fieldsets = form.locator('fieldset');
  const count = await fieldsets.count();
  if (count !== answers.length) throw new Error(`The questionnaire has ${count} questions, not ${answers.length}.`);
  await page.keyboard.press('Tab');
  for (const [index, answer] of answers.entries()) {
    const fieldset = fieldsets.nth(index);
    // Tab until the focus is inside this question (past links and the question before).
    for (let presses = 0; presses < 20; presses += 1) {
      if (await fieldset.evaluate((el) => el.contains(document.activeElement))) break;
      await page.keyboard.press('Tab');
    }
    if (typeof answer === 'string') {
      await page.keyboard.type(answer);
    } else {
      await page.keyboard.press('Space');
      for (let step = 0; step < answer; step += 1) await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab');
  }
  const send = form.getByRole('button', { name: 'Send my answers' });
  for (let presses = 0; presses < 20; presses += 1) {
    if (await send.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

/** Waits for the thank-you and returns whether it holds the focus, as a screen reader would announce it. */
export async function thankYouHasFocus(page: Page): Promise<boolean> {
  const result = page.getByTestId('staff-questionnaire-result');
  await result.getByText(STAFF_THANK_YOU).waitFor();
  return result.evaluate((el) => el === document.activeElement);
}
