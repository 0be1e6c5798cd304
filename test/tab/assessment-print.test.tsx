/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../tab/src/api/endpoints';
import type { EvidenceRecord, ScoreReport } from '../../tab/src/api/types';
import { parseRoute, routeToUrl } from '../../tab/src/app/routes';
import { AssessmentPage } from '../../tab/src/pages/assessment/AssessmentPage';
import { AssessmentPrintPage } from '../../tab/src/pages/assessment/print/AssessmentPrintPage';
import { detail, FRAMEWORK, me, response } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

const bucket = (percent: number | null, counted: number, unrated: number) => ({
  met: counted,
  partlyMet: 0,
  notMet: 0,
  notApplicable: 0,
  unrated,
  counted,
  percent,
});

const SCORES: ScoreReport = {
  overall: bucket(75, 2, 0),
  byTheme: [
    { themeCode: '1', title: 'Integrated patient care', score: bucket(75, 2, 0) },
    { themeCode: '2', title: 'Patient and community involvement', score: bucket(null, 0, 0) },
  ],
  byType: [
    { type: 'essential', score: bucket(100, 1, 0) },
    { type: 'expected', score: bucket(50, 1, 0) },
    { type: 'desirable', score: bucket(null, 0, 0) },
  ],
  recognition: {
    level: 'Developing',
    summary: 'Not every expected standard is met yet.',
    checks: [
      {
        levelName: 'Meeting the standard',
        type: 'expected',
        requiredPercent: 80,
        achievedPercent: 50,
        passed: false,
        heldBackBy: ['1.2', '2.1'],
      },
    ],
  },
};

function evidence(id: string, fileName: string): EvidenceRecord {
  return {
    id,
    version: 1,
    assessmentId: 'a-1',
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 1000,
    storageKey: id,
    source: null,
    uploadedBy: 'p-lead',
    uploadedAt: '2026-11-01T09:00:00.000Z',
  };
}

function fakeApi(): Partial<Api> {
  const responses = [
    response('1.1', { rating: 'met', narrative: 'Every patient is offered a check.', evidenceIds: ['e-1', 'e-2'] }),
    response('1.2', { rating: 'partly_met', narrative: 'Results are followed up on two wards.' }),
    response('2.1', { rating: 'not_applicable', naReason: 'The service has no patient panel yet.' }),
  ];
  return {
    assessment: async () => detail(responses),
    framework: async () => FRAMEWORK,
    cycles: async () => [],
    evidence: async () => [evidence('e-1', 'Health check audit 2026.pdf'), evidence('e-2', 'Clinic rota.xlsx')],
    assessmentPeople: async () => [],
    scores: async () => SCORES,
    saveResponse: jest.fn(),
  };
}

describe('Printing the self-assessment', () => {
  it('has its own address, /assessments/<id>/print', () => {
    expect(parseRoute('/assessments/a-1/print')).toEqual({ page: 'assessment-print', assessmentId: 'a-1' });
    expect(routeToUrl({ page: 'assessment-print', assessmentId: 'a 1' })).toBe('/assessments/a%201/print');
  });

  it('is reachable from the self-assessment page', async () => {
    renderWithApp(<AssessmentPage route={{ page: 'assessment', assessmentId: 'a-1' }} />, fakeApi(), LEAD);
    const link = await screen.findByRole('link', { name: 'Print the self-assessment' });
    expect(link.getAttribute('href')).toBe('/assessments/a-1/print');
  });

  it('shows every theme and standard with its rating, notes, evidence names, and the scores', async () => {
    renderWithApp(<AssessmentPrintPage assessmentId="a-1" />, fakeApi(), LEAD);
    expect(await screen.findByRole('heading', { level: 1, name: 'Self-assessment: COAST' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Theme 1: Integrated patient care' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Theme 2: Patient and community involvement' })).toBeTruthy();

    const first = screen.getByRole('article', { name: '1.1 Physical health checks (Essential)' });
    expect(within(first).getByText('Met')).toBeTruthy();
    expect(within(first).getByText('Every patient is offered a check.')).toBeTruthy();
    expect(within(first).getByText('Health check audit 2026.pdf')).toBeTruthy();
    expect(within(first).getByText('Clinic rota.xlsx')).toBeTruthy();

    const second = screen.getByRole('article', { name: '1.2 Acting on results (Expected)' });
    expect(within(second).getByText('Partly met')).toBeTruthy();
    expect(within(second).getByText('None linked.')).toBeTruthy();

    const third = screen.getByRole('article', { name: '2.1 Lived experience roles (Desirable)' });
    expect(within(third).getByText('Not applicable')).toBeTruthy();
    expect(within(third).getByText('The service has no patient panel yet.')).toBeTruthy();
    expect(within(third).getByText('No notes yet.')).toBeTruthy();

    expect(screen.getByText(/^Overall: 75(\.0)?%/)).toBeTruthy();
    expect(screen.getByText(/Recognition level: Developing/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Scores by theme (Mind and body framework)' })).toBeTruthy();
  });

  it('names each standard that held a recognition level back on its own, not run together', async () => {
    renderWithApp(<AssessmentPrintPage assessmentId="a-1" />, fakeApi(), LEAD);
    const table = await screen.findByRole('table', { name: 'What each recognition level needs' });
    const row = within(table).getByRole('row', { name: /Meeting the standard/ });
    expect(within(row).getAllByRole('cell').at(-1)?.textContent).toBe('1.2, 2.1');
  });

  it("opens the browser's print dialogue from its button", async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithApp(<AssessmentPrintPage assessmentId="a-1" />, fakeApi(), LEAD);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
