import type { Page } from 'playwright-core';
import { switchPerson } from './review-agreement-steps';
import { REVIEW_PEOPLE, REVIEWED_ASSESSMENT } from './review-window';

export interface NewAction {
  readonly title: string;
  /** The owner's name as the pick list shows it (the job title may follow it). */
  readonly ownerName: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
}

export interface EvidenceFile {
  readonly name: string;
  readonly mimeType: string;
  readonly text: string;
}

/** What people do on the action plan page, in the words on screen. */
export function actionPlanSteps(page: Page) {
  const card = (title: string) => page.getByRole('listitem', { name: title, exact: true });
  const moveButton = (title: string, name: string) =>
    card(title)
      .getByRole('group', { name: `Change the status of ${title}` })
      .getByRole('button', { name });
  // Each change is confirmed in words; waiting for that change's own words, not an earlier one's.
  const confirmed = (words: string) => page.getByText(words, { exact: true }).waitFor();
  return {
    card,
    async open(baseUrl: string, assessmentId = REVIEWED_ASSESSMENT, actionId?: string): Promise<void> {
      const query = actionId ? `?action=${encodeURIComponent(actionId)}` : '';
      await page.goto(`${baseUrl}/assessments/${encodeURIComponent(assessmentId)}/actions${query}`);
      await page.getByRole('heading', { level: 1, name: /^Action plan:/ }).waitFor();
    },
    /** The service lead starts an action from the first finding no action answers yet whose text matches. */
    async createFromFinding(findingText: RegExp, action: NewAction): Promise<void> {
      await page
        .getByRole('region', { name: 'Findings that no action answers yet' })
        .getByRole('listitem')
        .filter({ hasText: findingText })
        .first()
        .getByRole('button', { name: 'Create an action from this finding' })
        .click();
      const form = page.getByRole('form', { name: 'New action' });
      await form.getByRole('textbox', { name: 'What will be done' }).fill(action.title);
      const owner = form.getByRole('combobox', { name: 'Owner' });
      const value = await owner.locator('option', { hasText: action.ownerName }).first().getAttribute('value');
      await owner.selectOption(value ?? '');
      await form.getByLabel('Due date').fill(action.dueDate);
      await form.getByRole('button', { name: 'Add to the plan' }).click();
      await card(action.title).waitFor();
    },
    async accept(title: string): Promise<void> {
      await moveButton(title, 'Accept into the plan').click();
      await confirmed(`"${title}" is now agreed.`);
    },
    async startWork(title: string): Promise<void> {
      await moveButton(title, 'Start work').click();
      await confirmed(`"${title}" is now in progress.`);
    },
    async addNote(title: string, text: string): Promise<void> {
      await card(title).getByRole('button', { name: 'Add a progress note' }).click();
      await card(title).getByRole('textbox', { name: 'Progress note' }).fill(text);
      await card(title).getByRole('button', { name: 'Save the note' }).click();
      await card(title)
        .getByRole('list', { name: `Progress notes on ${title}` })
        .getByText(text)
        .waitFor();
    },
    /** Opens the completion form, uploads a file as evidence that the action is done and completes with it. */
    async completeWithEvidence(title: string, how: string, file: EvidenceFile): Promise<void> {
      await moveButton(title, 'Mark as completed…').click();
      await card(title)
        .getByTestId('evidence-file-input')
        .setInputFiles({
          name: file.name,
          mimeType: file.mimeType,
          buffer: Buffer.from(file.text),
        });
      const form = card(title).getByRole('form', { name: `Complete: ${title}` });
      const chosen = form.getByRole('checkbox', { name: file.name });
      await chosen.waitFor();
      await chosen.check();
      await form.getByRole('textbox', { name: 'How was the action completed?' }).fill(how);
      await form.getByRole('button', { name: 'Mark as completed' }).click();
      await confirmed(`"${title}" is now completed.`);
      await card(title)
        .getByRole('list', { name: `Completion evidence for ${title}` })
        .getByText(file.name)
        .waitFor();
    },
    /** The lead reviewer verifies a completed action (the API offers it only to them for an immediate concern). */
    async verify(title: string): Promise<void> {
      await moveButton(title, 'Verify that it is done').click();
      await confirmed(`"${title}" is now verified.`);
    },
    /** Why this person cannot make a move: the reason the page shows beside the disabled button. */
    async reasonRefused(title: string, move: string): Promise<string> {
      const button = moveButton(title, move);
      const describedBy = await button.getAttribute('aria-describedby');
      if (!describedBy) throw new Error(`"${move}" on "${title}" is not refused with a reason`);
      return page.locator(`[id="${describedBy}"]`).innerText();
    },
  };
}

/**
 * The whole journey after an agreed review: the service lead creates an action from a finding, accepts it, starts
 * it, adds progress and evidence and completes it; the lead reviewer then verifies it. The assessment's review
 * must be agreed first (see review-agreement-steps).
 */
export async function actionPlanJourney(
  page: Page,
  baseUrl: string,
  finding: RegExp,
  action: NewAction,
  assessmentId = REVIEWED_ASSESSMENT,
): Promise<void> {
  const steps = actionPlanSteps(page);
  await switchPerson(page, REVIEW_PEOPLE.serviceLead.name);
  await steps.open(baseUrl, assessmentId);
  await steps.createFromFinding(finding, action);
  await steps.accept(action.title);
  await steps.startWork(action.title);
  await steps.addNote(action.title, 'Two of the three clinics have changed their letters.');
  await steps.completeWithEvidence(action.title, 'Every clinic letter now gives the crisis line.', {
    name: 'clinic-letter.txt',
    mimeType: 'text/plain',
    text: 'If you are in crisis, call the crisis line on 0800 000 0000.',
  });
  await switchPerson(page, REVIEW_PEOPLE.lead.name);
  await steps.open(baseUrl, assessmentId);
  await steps.verify(action.title);
}
