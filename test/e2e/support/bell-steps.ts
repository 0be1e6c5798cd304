import type { Page } from 'playwright-core';

/**
 * Steps for the Teams bell's setting on My work: "How you hear about your work" (chat, the Teams bell or both).
 * The page is the signed-in person's My work; the choice is saved as soon as it is picked.
 */
export function bellSteps(page: Page) {
  const group = () => page.getByRole('radiogroup', { name: 'Send my reminders as' });
  return {
    /** Waits until My work shows the setting. */
    async ready(): Promise<void> {
      await group().waitFor();
    },
    /** The option checked now (its label). */
    async current(): Promise<string | null> {
      const checked = group().locator('input[type="radio"]:checked');
      const id = await checked.getAttribute('id');
      return id ? page.locator(`label[for="${id}"]`).innerText() : null;
    },
    /** Picks an option by keyboard (Tab to the group, arrows to the option) and returns what the page then says. */
    async chooseByKeyboard(label: string): Promise<string> {
      await group().getByRole('radio', { name: label }).focus();
      await page.keyboard.press('Space');
      const saved = page.getByText(/^Saved\./);
      await saved.waitFor();
      return saved.innerText();
    },
  };
}
