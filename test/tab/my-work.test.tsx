/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import { ApiProblemError } from '../../tab/src/api/errors';
import type { MyWork } from '../../tab/src/api/types';
import { MyWorkPage } from '../../tab/src/pages/my-work/MyWorkPage';
import { workItems } from '../../tab/src/pages/my-work/work-items';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const WORK: MyWork = {
  work: [
    {
      assessmentId: 'a-coast',
      cycleId: 'c-1',
      cycleName: 'Cycle 2026/27',
      subjectName: 'COAST',
      organisationName: 'SLaM',
      role: 'contributor',
      state: 'in_progress',
      deadline: '2026-06-30',
      daysLeft: 20,
      themes: [],
      rated: 3,
      total: 5,
      toRate: [
        { assessmentId: 'a-coast', standardCode: '4.2', title: 'Wellbeing offer', themeCode: '4', assignedToMe: true },
      ],
      toRateCount: 1,
      readyToSubmit: false,
    },
  ],
  reviews: [
    {
      assessmentId: 'a-cardio',
      subjectName: 'Cardio-respiratory',
      organisationName: 'KCH',
      cycleName: 'Cycle 2026/27',
      role: 'lead_reviewer',
      state: 'submitted',
      windowEnd: '2026-08-31',
      daysLeft: 80,
    },
  ],
  upcomingReviews: [
    {
      assessmentId: 'a-rheum',
      role: 'expert_by_experience',
      cycleName: 'Cycle 2026/27',
      windowStart: '2026-07-01',
      windowEnd: '2026-09-30',
    },
  ],
  actions: [
    {
      actionId: 'x-1',
      title: 'Start drills',
      assessmentId: 'a-old',
      subjectName: 'COAST',
      dueDate: '2026-06-01',
      daysLeft: -3,
      status: 'in_progress',
    },
  ],
};

describe('My work', () => {
  it('lists what GET /me/work says is due, soonest first, each opening where the work is', () => {
    const items = workItems(WORK);
    expect(items.map((i) => i.title)).toEqual([
      'Overdue action: Start drills',
      'One standard to rate for COAST',
      'Agree the review: Cardio-respiratory',
      'Peer review: Cardio-respiratory',
      'Peer review assigned to you',
    ]);
    expect(items[0]?.detail).toBe('COAST · In progress · 3 days late');
    expect(items[0]?.route).toEqual({ page: 'actions', assessmentId: 'a-old', actionId: 'x-1' });
    expect(items[1]?.route).toEqual({
      page: 'assessment',
      assessmentId: 'a-coast',
      standardCode: '4.2',
      themeCode: '4',
    });
    expect(items[2]?.route).toEqual({ page: 'review-agreement', assessmentId: 'a-cardio' });
    expect(items[3]?.detail).toBe('Lead reviewer · KCH · Submitted');
    expect(items[3]?.route).toEqual({ page: 'review', assessmentId: 'a-cardio' });
    expect(items[4]).toMatchObject({
      detail:
        'Expert by experience · Cycle 2026/27 · you can open it when the peer review window starts on 1 July 2026',
      route: null,
    });
  });

  it('shows the page from that one answer', async () => {
    renderWithApp(<MyWorkPage />, { myWork: async () => WORK }, me());
    const list = await screen.findByRole('list', { name: 'Your work, soonest deadline first' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
  });

  it('says so when the work cannot be loaded, rather than showing an empty list', async () => {
    const myWork = async (): Promise<MyWork> => {
      throw new ApiProblemError({
        type: 't',
        title: 'Service unavailable',
        status: 503,
        code: 'store_unavailable',
        detail: 'The network’s data could not be reached. Try again in a minute.',
      });
    };
    renderWithApp(<MyWorkPage />, { myWork }, me());
    expect(await screen.findByText(/could not be reached/)).toBeTruthy();
    expect(screen.queryByText(/Nothing is waiting for you/)).toBeNull();
  });
});
