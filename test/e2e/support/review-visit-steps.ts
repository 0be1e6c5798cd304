import type { BrowserContext, Page } from 'playwright-core';

/**
 * Steps on the visit day page (`/assessments/<id>/review/visit`) as the lead reviewer uses it: open it, download
 * the agenda, write a note (also with the network gone), share the preliminary feedback.
 */

export function reviewVisitSteps(page: Page, context: BrowserContext) {
  const noteBox = (themeCode: string) => page.getByRole('textbox', { name: `Your notes on theme ${themeCode}` });
  return {
    async open(baseUrl: string, assessmentId: string): Promise<void> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}/review/visit`);
      await page.getByRole('heading', { level: 1, name: /^Visit day: / }).waitFor();
    },

    /** Downloads the agenda through the page's button: the file's suggested name and its bytes. */
    async downloadAgenda(): Promise<{ fileName: string; bytes: Buffer }> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the agenda (Word)' }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
      return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
    },

    /** Types a note with the network gone; resolves once the page says it is kept on the device. */
    async writeNoteOffline(themeCode: string, text: string): Promise<void> {
      await context.setOffline(true);
      await noteBox(themeCode).fill(text);
      await page.getByText('Kept on this device; it is saved when the connection allows.').waitFor();
    },

    /** What the device holds for the notes of this assessment (localStorage), as text. */
    async notesKeptOnDevice(): Promise<string> {
      return page.evaluate(() => {
        const keys = Object.keys(localStorage).filter((k) => k.startsWith('mbqin.visit-notes.'));
        return keys.map((k) => localStorage.getItem(k) ?? '').join('\n');
      });
    },

    /** Brings the network back; resolves once the page says the note is saved. */
    async backOnline(): Promise<void> {
      await context.setOffline(false);
      await page.getByText('Saved.', { exact: true }).waitFor({ timeout: 30_000 });
    },

    async shareFeedback(): Promise<void> {
      await page.getByRole('button', { name: 'Share with the service…' }).click();
      await page.getByRole('button', { name: 'Yes, share with the service' }).click();
      await page.getByText(/Shared with the service\. Its leads see it/).waitFor();
    },

    /** True when the page fits the viewport's width (no sideways scrolling). */
    async fitsWidth(): Promise<boolean> {
      return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    },
  };
}
