/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import type { Api } from '../../tab/src/api/endpoints';
import type { AssessmentHistory } from '../../tab/src/api/types';
import { parseRoute, routeToUrl } from '../../tab/src/app/routes';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { AssessmentHistoryPage } from '../../tab/src/pages/assessment/history/AssessmentHistoryPage';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

const HISTORY: AssessmentHistory = {
  subjectName: 'COAST',
  cycleName: 'Cycle 2026/27',
  state: 'in_progress',
  entries: [
    {
      at: '2026-11-20T14:05:00.000Z',
      who: 'Amara Okafor',
      what: '1.1 Physical health checks: rated Met (was Partly met); notes edited',
      standardCode: '1.1',
    },
    {
      at: '2026-11-02T09:30:00.000Z',
      who: 'Sam Patel',
      what: 'Moved the assessment from Not started to In progress',
      standardCode: null,
    },
  ],
};

function fakeApi(history: AssessmentHistory = HISTORY, mayRead = true): Partial<Api> {
  const responses = [response('1.1', { rating: 'met' }), response('1.2')];
  const base = detail(responses);
  return {
    assessment: async () => ({
      ...base,
      allowed: {
        ...base.allowed,
        read_history: mayRead ? { allowed: true } : { allowed: false, reason: 'Only the service’s leads see it.' },
      },
    }),
    framework: async () => FRAMEWORK,
    cycles: async () => [],
    evidence: async () => [],
    assessmentPeople: async () => [],
    history: async () => history,
  };
}

describe('An assessment’s history', () => {
  it('has its own address, /assessments/<id>/history', () => {
    expect(parseRoute('/assessments/a-1/history')).toEqual({ page: 'assessment-history', assessmentId: 'a-1' });
    expect(routeToUrl({ page: 'assessment-history', assessmentId: 'a 1' })).toBe('/assessments/a%201/history');
  });

  it('is linked from the self-assessment for people the API lets read it, and not for others', async () => {
    const { unmount } = renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />,
      fakeApi(),
      LEAD,
    );
    const link = await screen.findByRole('link', { name: 'History: who changed what, and when' });
    expect(link.getAttribute('href')).toBe('/assessments/a-1/history');
    unmount();
    renderWithApp(
      <AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />,
      fakeApi(HISTORY, false),
      LEAD,
    );
    await screen.findByRole('link', { name: 'Print the self-assessment' });
    expect(screen.queryByRole('link', { name: 'History: who changed what, and when' })).toBeNull();
  });

  it('lists who changed what and when, newest first, each standard linked to its place', async () => {
    renderWithApp(<AssessmentHistoryPage assessmentId="a-1" />, fakeApi(), LEAD);
    expect(await screen.findByRole('heading', { level: 1, name: 'History: COAST' })).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Changes, newest first' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      '20 November 2026 at 14:05 · Amara Okafor1.1 Physical health checks: rated Met (was Partly met); notes edited',
      '2 November 2026 at 09:30 · Sam PatelMoved the assessment from Not started to In progress',
    ]);
    const standard = within(items[0]!).getByRole('link');
    expect(standard.getAttribute('href')).toBe('/assessments/a-1?standard=1.1');
  });

  it('says so when nothing has changed yet', async () => {
    renderWithApp(<AssessmentHistoryPage assessmentId="a-1" />, fakeApi({ ...HISTORY, entries: [] }), LEAD);
    expect(await screen.findByText('Nothing has been changed in this assessment yet.')).toBeTruthy();
  });
});
