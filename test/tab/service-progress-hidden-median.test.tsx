/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import type { AssessmentListItem, Cycle, NetworkScores, ScoreReport, ServiceStanding } from '../../tab/src/api/types';
import { ServiceAssessmentProgress } from '../../tab/src/pages/dashboard/ServiceAssessmentProgress';
import { detail, me } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

const bucket = (percent: number | null) => ({
  met: 1,
  partlyMet: 0,
  notMet: 0,
  notApplicable: 0,
  unrated: 0,
  counted: 1,
  percent,
});

const SCORES: ScoreReport = {
  overall: bucket(75),
  byTheme: [
    { themeCode: '1', title: 'Integrated patient care', score: bucket(75) },
    { themeCode: '2', title: 'Patient and community involvement', score: bucket(null) },
  ],
  byType: [],
  recognition: { level: 'Developing', summary: 'Not every expected standard is met yet.', checks: [] },
};

const WINDOW = { start: '2026-10-01', end: '2027-01-31' };
const CYCLE: Cycle = {
  id: 'c-1',
  version: 1,
  name: 'Cycle 2026/27',
  frameworkVersionId: 'fw-1',
  windows: {
    self_assessment: WINDOW,
    peer_review: WINDOW,
    reporting: WINDOW,
    action_planning: WINDOW,
  },
  createdAt: '2026-01-01T00:00:00.000Z',
};

const HIDDEN = 'Hidden: fewer than 5 services';
const hidden = { count: 3, min: null, q1: null, median: null, q3: null, max: null, hidden: HIDDEN };

/** The anonymised benchmarks of a network with three services: every figure is withheld, saying why. */
const FEW_SERVICES: NetworkScores = {
  cycleId: 'c-1',
  anonymised: true,
  assessmentCount: 3,
  overall: hidden,
  byTheme: [
    { themeCode: '1', title: 'Integrated patient care', quartiles: hidden },
    { themeCode: '2', title: 'Patient and community involvement', quartiles: hidden },
  ],
  recognition: {},
  recognitionHidden: HIDDEN,
};

function summary(): AssessmentListItem {
  const { assessment, subjectName, organisationName, cycleName, progress } = detail([]);
  return {
    assessment,
    subjectName,
    organisationName,
    cycleName,
    progress,
    formalStatus: { status: 'awaiting_decision', level: null, decidedOn: null, expiresOn: null, dueNext: null },
  };
}

function standing(network: NetworkScores): ServiceStanding {
  return { assessmentId: 'a-1', scores: SCORES, network, leftToRate: [], assigneeNames: {} };
}

describe('The service dashboard beside a network too small to benchmark', () => {
  it('says the network median is hidden for privacy, not that nothing is scored yet', async () => {
    renderWithApp(
      <ServiceAssessmentProgress summary={summary()} cycle={CYCLE} standing={standing(FEW_SERVICES)} />,
      {},
      LEAD,
    );
    await screen.findByTestId('dashboard-ready');
    expect(screen.getByText(`Network median: ${HIDDEN}`)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Scores by theme' });
    const medianCells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)?.textContent);
    expect(medianCells).toEqual([HIDDEN, HIDDEN, HIDDEN]);
  });

  it('still shows the median where enough services stand behind it', async () => {
    const shown = { count: 6, min: 20, q1: 40, median: 62.5, q3: 70, max: 90, hidden: null };
    const network: NetworkScores = {
      ...FEW_SERVICES,
      assessmentCount: 6,
      overall: shown,
      byTheme: FEW_SERVICES.byTheme.map((t) => ({ ...t, quartiles: shown })),
    };
    renderWithApp(
      <ServiceAssessmentProgress summary={summary()} cycle={CYCLE} standing={standing(network)} />,
      {},
      LEAD,
    );
    await screen.findByTestId('dashboard-ready');
    expect(screen.getByText('Network median: 62.5%')).toBeTruthy();
  });
});
