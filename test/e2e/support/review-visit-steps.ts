import type { BrowserContext, Page } from 'playwright-core';
import { callApi } from './api';

/**
 * Steps on the visit day page (`/assessments/<id>/review/visit`) as the lead reviewer uses it: open it, download
 * the agenda, write a note (also with the network gone), share the preliminary feedback.
 */

interface CycleWithWindows {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly frameworkVersionId: string;
}

function day(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);
}

/** Moves the assessment's cycle (as the network admin) so its peer review window runs today. */
export async function openReviewWindowToday(baseUrl: string, adminToken: string, assessmentId: string): Promise<void> {
  const detail = await callApi<{ assessment: { cycleId: string } }>(
    baseUrl,
    adminToken,
    'GET',
    `/assessments/${assessmentId}`,
  );
  const cycles = await callApi<CycleWithWindows[]>(baseUrl, adminToken, 'GET', '/cycles');
  const cycle = cycles.find((c) => c.id === detail.assessment.cycleId);
  if (!cycle) throw new Error(`No cycle ${detail.assessment.cycleId}`);
  await callApi(baseUrl, adminToken, 'PUT', `/cycles/${cycle.id}`, {
    name: cycle.name,
    frameworkVersionId: cycle.frameworkVersionId,
    windows: {
      self_assessment: { start: day(-60), end: day(-31) },
      peer_review: { start: day(-30), end: day(30) },
      reporting: { start: day(31), end: day(60) },
      action_planning: { start: day(61), end: day(300) },
    },
    version: cycle.version,
  });
}

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
