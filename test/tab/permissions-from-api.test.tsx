/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import type { Api } from '../../tab/src/api/endpoints';
import type { AssessmentDetail } from '../../tab/src/api/types';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

// A service lead by role: what the page offers must still come from the API's answer, not from the role.
const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

function apiAnswering(shape: (base: AssessmentDetail) => AssessmentDetail): Partial<Api> {
  const responses = [response('1.1'), response('1.2', { rating: 'met', narrative: 'Seeded' }), response('2.1')];
  return {
    assessment: async () => shape(detail(responses)),
    framework: async () => FRAMEWORK,
    cycles: async () => [],
    evidence: async () => [],
    assessmentPeople: async () => [
      {
        id: LEAD.person.id,
        displayName: LEAD.person.displayName,
        jobTitle: LEAD.person.jobTitle,
        roles: ['service_lead'],
      },
    ],
    // The scores panel is not what these tests look at: it stays loading.
    scores: () => new Promise(() => undefined),
  };
}

describe('the assessment page offers what the API allows, and says why not', () => {
  it('shows a standard read-only with the reason the API gave, while the others stay editable', async () => {
    const reason = 'Standard 1.2 is assigned to Sophie Clarke; only they or a lead can rate it.';
    const api = apiAnswering((d) => ({
      ...d,
      allowedByStandard: { ...d.allowedByStandard, '1.2': { rate: { allowed: false, reason } } },
    }));
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1', themeCode: '1' }} />, api, LEAD);
    const locked = await screen.findByTestId('standard-1.2');
    expect(within(locked).getByText(reason)).toBeTruthy();
    expect(within(locked).queryByRole('radio')).toBeNull();
    const open = screen.getByTestId('standard-1.1');
    expect(within(open).getAllByRole('radio').length).toBeGreaterThan(0);
  });

  it('shows the submit button disabled, with the reason read out with it', async () => {
    const reason = 'You are not allowed to submit this assessment. Your roles in the network do not include this.';
    const api = apiAnswering((d) => ({ ...d, allowed: { ...d.allowed, submit: { allowed: false, reason } } }));
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1', view: 'submit' }} />, api, LEAD);
    const submit = await screen.findByRole('button', { name: 'Submit the self-assessment' });
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(reason).id).toBe(submit.getAttribute('aria-describedby'));
  });

  it('when no standard may be rated, says why at the top instead of offering the editor', async () => {
    const reason =
      'The self-assessment window of Cycle 2026/27 closed on 30 June 2026, so ratings can no longer be changed.';
    const api = apiAnswering((d) => ({
      ...d,
      allowedByStandard: Object.fromEntries(
        Object.keys(d.allowedByStandard).map((code) => [code, { rate: { allowed: false, reason } }]),
      ),
    }));
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1', themeCode: '1' }} />, api, LEAD);
    expect(await screen.findByText(`You can read this self-assessment. ${reason}`)).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });
});
