/** @jest-environment jsdom */
import './tab-test-env';
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { Api } from '../../tab/src/api/endpoints';
import type { Cycle, NetworkImpact, ScoredAssessment, ServiceImpactView } from '../../tab/src/api/types';
import { ImpactLinks } from '../../tab/src/pages/dashboard/ImpactLinks';
import { NetworkImpactPage } from '../../tab/src/pages/impact/NetworkImpactPage';
import { ServiceImpactPage } from '../../tab/src/pages/impact/ServiceImpactPage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const SERVICE_LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-1' } },
]);

const VIEW: ServiceImpactView = {
  serviceId: 'svc-1',
  serviceName: 'Early intervention service',
  organisationId: 'org-1',
  impact: {
    frameworkName: 'Mind and body framework',
    frameworkVersionNumber: 2,
    cycles: [
      {
        cycleId: 'c-1',
        cycleName: 'Cycle 2025/26',
        frameworkVersionNumber: 1,
        basis: 'agreed',
        overallPercent: 40,
        recognitionLevel: 'Developing',
      },
      {
        cycleId: 'c-2',
        cycleName: 'Cycle 2026/27',
        frameworkVersionNumber: 2,
        basis: 'self',
        overallPercent: 70,
        recognitionLevel: 'Meeting the standard',
      },
    ],
    themes: [{ themeCode: '1', title: 'Integrated patient care', percents: [33.3, 83.3], changes: ['improved'] }],
    standards: [
      {
        code: '1.1',
        themeCode: '1',
        title: 'Physical health checks',
        carriesHistoryOf: [],
        ratings: ['not_met', 'met'],
        changes: ['improved'],
      },
      {
        code: '1.5',
        themeCode: '1',
        title: 'Joint care plans',
        carriesHistoryOf: ['1.3'],
        ratings: ['met', 'partly_met'],
        changes: ['worsened'],
      },
      {
        code: '1.6',
        themeCode: '1',
        title: 'Medicines reviews',
        carriesHistoryOf: [],
        ratings: [null, 'met'],
        changes: ['new'],
      },
    ],
    betweenCycles: [
      {
        fromCycleId: 'c-1',
        toCycleId: 'c-2',
        completedActions: [
          {
            actionId: 'act-1',
            title: 'Offer checks at every review',
            standardCode: '1.1',
            completedAt: '2026-05-01T10:00:00Z',
          },
        ],
      },
    ],
  },
};

const NETWORK: NetworkImpact = {
  anonymised: true,
  frameworkName: 'Mind and body framework',
  cycles: [
    {
      cycleId: 'c-1',
      cycleName: 'Cycle 2025/26',
      services: 4,
      metPercent: null,
      reviewToCompletionDays: { count: 0, min: null, q1: null, median: null, q3: null, max: null },
      withheld: true,
    },
    {
      cycleId: 'c-2',
      cycleName: 'Cycle 2026/27',
      services: 120,
      metPercent: 61.5,
      reviewToCompletionDays: { count: 40, min: 3, q1: 30, median: 55, q3: 90, max: 200 },
      withheld: false,
    },
  ],
  mostImproved: [
    { code: '1.1', title: 'Physical health checks', themeCode: '1', improved: 30, worsened: 2, stillNotMet: 5 },
  ],
  mostOftenStillNotMet: [
    { code: '4.2', title: 'Reflective practice', themeCode: '4', improved: 1, worsened: 0, stillNotMet: 44 },
  ],
  levelMoves: [{ fromCycleId: 'c-1', toCycleId: 'c-2', up: 3, down: 1, same: 0, withheld: false }],
};

const CYCLES = [
  { id: 'c-2', name: 'Cycle 2026/27', windows: { self_assessment: { start: '2026-10-01', end: '2026-12-01' } } },
  { id: 'c-1', name: 'Cycle 2025/26', windows: { self_assessment: { start: '2025-10-01', end: '2025-12-01' } } },
] as unknown as Cycle[];

async function noSeriousProblems(container: HTMLElement) {
  // Colours need a real browser: the Chromium steps check them in every theme.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe("a service's impact page", () => {
  const api: Partial<Api> = { serviceImpact: async () => VIEW };

  it("shows each standard's rating cycle by cycle, what changed and where a revised standard's history comes from", async () => {
    renderWithApp(<ServiceImpactPage serviceId="svc-1" />, api, SERVICE_LEAD);
    const table = await screen.findByRole('table', { name: 'Theme 1 standards, cycle by cycle' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'StandardCycle 2025/26Cycle 2026/27Latest change',
      '1.1 Physical health checksNot metMetImproved',
      '1.5 Joint care plansEarlier cycles: 1.3MetPartly metWent down',
      '1.6 Medicines reviewsNot ratedMetNew',
    ]);
    const themes = screen.getByRole('table', { name: 'Score by theme, cycle by cycle' });
    expect(within(themes).getAllByRole('row')[1]?.textContent).toBe('1. Integrated patient care33.3%83.3%Improved');
  });

  it('lists the actions completed between the cycles', async () => {
    renderWithApp(<ServiceImpactPage serviceId="svc-1" />, api, SERVICE_LEAD);
    expect(
      await screen.findByText(/Offer checks at every review \(standard 1\.1\), completed 1 May 2026/),
    ).toBeTruthy();
  });

  it('says so when the service has no cycle yet', async () => {
    renderWithApp(
      <ServiceImpactPage serviceId="svc-1" />,
      { serviceImpact: async () => ({ ...VIEW, impact: null }) },
      SERVICE_LEAD,
    );
    expect(await screen.findByText(/no assessment in any cycle yet/)).toBeTruthy();
  });

  it('puts each table in its own labelled, scrollable region and has no serious accessibility problem', async () => {
    const { container } = renderWithApp(<ServiceImpactPage serviceId="svc-1" />, api, SERVICE_LEAD);
    await screen.findByTestId('service-impact');
    expect(screen.getByRole('region', { name: 'Cycles compared' })).toBeTruthy();
    expect(await noSeriousProblems(container)).toEqual([]);
  });
});

describe("the network's impact page", () => {
  const api: Partial<Api> = { networkImpact: async () => NETWORK, cycles: async () => CYCLES };

  it('shows the share met per cycle, withholding a cycle of fewer than five services, and the time to completion', async () => {
    renderWithApp(<NetworkImpactPage route={{ page: 'impact' }} />, api, SERVICE_LEAD);
    const table = await screen.findByRole('table', { name: 'Standards met and time from review to action completion' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'CycleServicesStandards metActions completedMedian time to completeMiddle half',
      'Cycle 2025/264Hidden: fewer than 5 services0––',
      'Cycle 2026/2712061.5%4055 days30 days to 90 days',
    ]);
    expect(screen.getByText(/Cycle 2025\/26 had fewer than five services/)).toBeTruthy();
  });

  it('names the most improved standards, those still not met and the level moves, without naming services', async () => {
    renderWithApp(<NetworkImpactPage route={{ page: 'impact' }} />, api, SERVICE_LEAD);
    const improved = await screen.findByRole('table', { name: 'Most improved standards' });
    expect(within(improved).getAllByRole('row')[1]?.textContent).toBe('1.1 Physical health checks3025');
    const still = screen.getByRole('table', { name: 'Standards most often still not met' });
    expect(within(still).getAllByRole('row')[1]?.textContent).toBe('4.2 Reflective practice1044');
    const moves = screen.getByRole('table', { name: 'Services that moved recognition level' });
    expect(within(moves).getAllByRole('row')[1]?.textContent).toBe('Cycle 2025/26Cycle 2026/27310');
    expect(screen.queryByRole('table', { name: 'Level moves by service' })).toBeNull();
  });

  it('offers the cycle range in the order the cycles ran, and has no serious accessibility problem', async () => {
    const { container } = renderWithApp(<NetworkImpactPage route={{ page: 'impact' }} />, api, SERVICE_LEAD);
    await screen.findByTestId('network-impact');
    const from = screen.getByRole('combobox', { name: 'From cycle' });
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Cycle 2025/26', 'Cycle 2026/27']);
    expect(await noSeriousProblems(container)).toEqual([]);
  });
});

describe('the links to impact on the organisation dashboard', () => {
  it('links only the services the API allows the reader to see the impact of', () => {
    const scored = (id: string, allowed: boolean) =>
      ({
        subjectKind: 'service',
        subjectId: id,
        subjectName: `Service ${id}`,
        allowed: { see_impact: allowed ? { allowed: true } : { allowed: false, reason: 'Not yours.' } },
      }) as unknown as ScoredAssessment;
    renderWithApp(<ImpactLinks scored={[scored('a', true), scored('b', false)]} />, {}, SERVICE_LEAD);
    const nav = screen.getByRole('navigation', { name: 'Impact over time' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => [l.textContent, l.getAttribute('href')]),
    ).toEqual([['Service a', '/services/a/impact']]);
  });
});
