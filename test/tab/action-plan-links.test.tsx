/** @jest-environment jsdom */
import './tab-test-env';
import { screen } from '@testing-library/react';
import { ReviewPagesNav } from '../../tab/src/pages/shared/ReviewPagesNav';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

describe("the review pages' link to the action plan", () => {
  it('is there when the API says the person may read the plan', () => {
    renderWithApp(<ReviewPagesNav assessmentId="a-1" current="review" actionPlan={{ allowed: true }} />, {}, me());
    expect(screen.getByRole('link', { name: 'Action plan' }).getAttribute('href')).toBe('/assessments/a-1/actions');
  });

  it('is not there before the review is agreed, or for those who may not read the plan', () => {
    renderWithApp(
      <ReviewPagesNav
        assessmentId="a-1"
        current="review"
        actionPlan={{
          allowed: false,
          reason: 'Action plans answer an agreed review; this assessment is under review.',
        }}
      />,
      {},
      me(),
    );
    expect(screen.queryByRole('link', { name: 'Action plan' })).toBeNull();
  });
});
