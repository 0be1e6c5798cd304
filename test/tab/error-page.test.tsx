/** @jest-environment jsdom */
import './tab-test-env';
import { screen } from '@testing-library/react';
import { ApiProblemError } from '../../tab/src/api/errors';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { FRAMEWORK, me } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

describe('A page that cannot be opened', () => {
  it('has a heading, says why in the API’s words, and offers a way back to My work', async () => {
    const api = {
      assessment: async () => {
        throw new ApiProblemError({
          type: 't',
          title: 'Not found',
          status: 404,
          detail: 'There is no self-assessment a-9, or you may not see it.',
          code: 'not_found',
        });
      },
      framework: async () => FRAMEWORK,
    };
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-9' }} />, api, LEAD);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The self-assessment could not be opened' }),
    ).toBeTruthy();
    expect(screen.getByText('There is no self-assessment a-9, or you may not see it.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go back to My work' }).getAttribute('href')).toBe('/my-work');
  });
});
