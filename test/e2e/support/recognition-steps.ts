import type { Page } from 'playwright-core';
import { callApi } from './api';
import { checkPageEverywhere } from './pages';
import { REVIEWED_ASSESSMENT } from './review-window';

/** The demo's people in the recognition decision, by the names the "sign in as" picker shows. */
export const RECOGNITION_PEOPLE = {
  panel: { name: 'Dr Ruth Adeyemi', email: 'ruth.adeyemi@network.nhs.example' },
  serviceLead: { name: 'Grace Chen', email: 'grace.chen@gstt.nhs.example' },
  /** GSTT's organisational lead: the organisation dashboard shows each of its services' formal status. */
  organisationLead: { name: 'Rajesh Patel', email: 'rajesh.patel@gstt.nhs.example' },
  /** A board member (viewer) of GSTT: reads the trust's formal standing. */
  boardMember: { name: 'Jonathan Price', email: 'jonathan.price@gstt.nhs.example' },
} as const;

export interface DecisionToRecord {
  readonly outcome: 'Recognised' | 'Deferred' | 'Not recognised';
  /** For a recognition: the level, as the pick list shows it (the proposal is chosen when left out). */
  readonly level?: string;
  /** For a deferral: what the service must do, and by when (YYYY-MM-DD). */
  readonly conditions?: string;
  readonly conditionsDueBy?: string;
  readonly reasons: string;
}

interface CertificateAnswer {
  readonly current: { readonly certificate: { readonly fileName: string; readonly storageKey: string } | null } | null;
}

/**
 * Steps on the recognition page (`/assessments/<id>/recognition`): the panel reads the proposal and records its
 * decision, the service lead appeals within the window, the panel records the appeal's outcome. Each step waits for
 * what the page then says.
 */
export function recognitionSteps(page: Page) {
  const decisionSection = () => page.getByRole('region', { name: 'The panel’s decision' });
  return {
    decisionSection,
    async open(baseUrl: string, assessmentId = REVIEWED_ASSESSMENT): Promise<void> {
      await page.goto(`${baseUrl}/assessments/${assessmentId}/recognition`);
      await page.getByRole('heading', { level: 1, name: /^Recognition: / }).waitFor();
      await page.getByRole('region', { name: 'The proposal' }).waitFor();
    },

    /** The level the agreed ratings propose, as the page says it. */
    async proposedLevel(): Promise<string> {
      const text = (await page.getByRole('region', { name: 'The proposal' }).textContent()) ?? '';
      return /give the level (.+?)\. This is a proposal/.exec(text)?.[1] ?? '';
    },

    /** The panel records its decision; for a recognition, waits until the page says the certificate is filed. */
    async recordDecision(decision: DecisionToRecord): Promise<void> {
      await page.getByRole('button', { name: 'Record the decision', exact: true }).click();
      const form = page.getByRole('form', { name: 'Record the decision' });
      await form.getByRole('radio', { name: decision.outcome, exact: true }).check();
      if (decision.level) {
        await form.getByRole('combobox', { name: 'Level recognised at' }).selectOption({ label: decision.level });
      }
      if (decision.conditions) {
        await form.getByRole('textbox', { name: 'Conditions the service must meet' }).fill(decision.conditions);
      }
      if (decision.conditionsDueBy) {
        await form.getByLabel('Conditions to be met by').fill(decision.conditionsDueBy);
      }
      await form.getByRole('textbox', { name: 'Reasons', exact: true }).fill(decision.reasons);
      await form.getByRole('button', { name: 'Record the decision' }).click();
      await page
        .getByText(
          decision.outcome === 'Recognised'
            ? 'The decision is recorded and its certificate is filed in the service’s folder.'
            : 'The decision is recorded.',
        )
        .waitFor();
      // The notice comes as the page reloads the decision: wait for the decision itself on the page.
      await decisionSection().getByText('No decision has been recorded yet.').waitFor({ state: 'detached' });
    },

    /** The decision's facts as the page shows them (outcome, level, dates, reasons). */
    async decisionText(): Promise<string> {
      return (await decisionSection().textContent()) ?? '';
    },

    /** The certificate offered for download: its file name, from the download the button starts. */
    async downloadCertificate(): Promise<string> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the certificate (Word)' }).click(),
      ]);
      return download.suggestedFilename();
    },

    async appeal(grounds: string): Promise<void> {
      await page.getByRole('button', { name: 'Appeal the decision', exact: true }).click();
      const form = page.getByRole('form', { name: 'Appeal the decision' });
      await form.getByRole('textbox', { name: /Grounds of the appeal/ }).fill(grounds);
      await form.getByRole('button', { name: 'Send the appeal' }).click();
      await page.getByText('Your appeal has been sent to the recognition panel.').waitFor();
    },

    /** The panel dismisses the open appeal, or upholds it with a new recognition at `level`. */
    async recordAppealOutcome(outcome: { upheldAt?: string; reasons: string; newReasons?: string }): Promise<void> {
      await page.getByRole('button', { name: 'Record the appeal’s outcome' }).click();
      const form = page.getByRole('form', { name: 'Record the appeal’s outcome' });
      if (outcome.upheldAt) {
        await form.getByRole('radio', { name: 'Upheld: the decision is changed' }).check();
        await form.getByRole('combobox', { name: 'Level recognised at' }).selectOption({ label: outcome.upheldAt });
        await form.getByRole('textbox', { name: 'Reasons', exact: true }).fill(outcome.newReasons ?? outcome.reasons);
      } else {
        await form.getByRole('radio', { name: 'Dismissed: the decision stands' }).check();
      }
      await form.getByRole('textbox', { name: 'Reasons for the outcome' }).fill(outcome.reasons);
      await form.getByRole('button', { name: 'Record the outcome' }).click();
      await page.getByText('The appeal’s outcome is recorded.').waitFor();
    },

    /** axe in three themes at 1280 and 320 CSS px, and no sideways scrolling at 320 px. */
    async checkEverywhere(baseUrl: string, name: string, assessmentId = REVIEWED_ASSESSMENT): Promise<string[]> {
      return checkPageEverywhere(page, baseUrl, name, `/assessments/${assessmentId}/recognition`, (p) =>
        p.getByRole('region', { name: 'The panel’s decision' }).waitFor(),
      );
    },
  };
}

/** Where the certificate was filed, as the API says (the journey checks it is there once the panel has decided). */
export async function filedCertificate(
  baseUrl: string,
  token: string,
  assessmentId = REVIEWED_ASSESSMENT,
): Promise<{ fileName: string; storageKey: string } | null> {
  const answer = await callApi<CertificateAnswer>(baseUrl, token, 'GET', `/assessments/${assessmentId}/recognition`);
  return answer.current?.certificate ?? null;
}

/**
 * The organisation dashboard, as the service's organisation and its board see it: each service's formal status
 * linked to its recognition page, with the expiry and what is due next beside it.
 */
export function formalStatusOnDashboardSteps(page: Page) {
  return {
    async open(baseUrl: string, organisationId = 'org-gstt'): Promise<void> {
      await page.goto(`${baseUrl}/dashboard?view=organisation&organisation=${organisationId}`);
      await page.getByTestId('dashboard-ready').waitFor();
    },
    /** The formal status cell of the service's row: e.g. "Recognised: Excellent Until 20 Mar 2030 ...". */
    async statusOf(serviceName: string): Promise<string> {
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: serviceName, exact: true }) });
      const cell = row.getByRole('cell').last();
      await cell.waitFor();
      return (await cell.textContent()) ?? '';
    },
    /** Follows the service's formal status to its recognition page. */
    async openRecognition(serviceName: string): Promise<void> {
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: serviceName, exact: true }) });
      await row.getByRole('cell').last().getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: /^Recognition: / }).waitFor();
    },
  };
}
