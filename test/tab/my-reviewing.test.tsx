/** @jest-environment jsdom */
import './tab-test-env';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Api } from '../../tab/src/api/endpoints';
import type { ConflictDeclaration, DeclareConflictRequest, MyReviewing } from '../../tab/src/api/types';
import { MainNav } from '../../tab/src/app/MainNav';
import { parseRoute, routeToUrl } from '../../tab/src/app/routes';
import { MyReviewingPage } from '../../tab/src/pages/reviewing/MyReviewingPage';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const REVIEWER = me([], {
  allowed: {
    administer: { allowed: false, reason: 'No.' },
    see_network_benchmarks: { allowed: false, reason: 'No.' },
    declare_conflict: { allowed: true },
    record_time_and_expenses: { allowed: false, reason: 'No.' },
    manage_time_and_expenses: { allowed: false, reason: 'No.' },
    read_library: { allowed: true },
  },
});

const REVIEWING: MyReviewing = {
  training: [
    { role: 'lead_reviewer', trainedOn: '2024-01-10', expiresOn: '2026-01-10', valid: false },
    { role: 'peer_reviewer', trainedOn: '2026-03-03', expiresOn: '2028-03-03', valid: true },
  ],
  cycle: { id: 'c-1', name: 'Cycle 2026/27' },
  reviews: [
    {
      assessmentId: 'a-rheum',
      organisationName: "Guy's and St Thomas'",
      serviceName: 'Rheumatology service',
      state: 'submitted',
      role: 'peer_reviewer',
      visit: { date: '2027-01-25', format: 'in_person', startTime: '09:30' },
    },
  ],
  organisations: [
    { id: 'org-kch', name: "King's College Hospital", services: [{ id: 'svc-cardio', name: 'Cardio-respiratory' }] },
  ],
};

const CONFLICT: ConflictDeclaration = {
  id: 'c-1',
  version: 1,
  personId: 'p-lead',
  organisationId: 'org-kch',
  serviceId: 'svc-cardio',
  reason: 'I trained there.',
  declaredBy: 'p-lead',
  declaredAt: '2026-11-20T10:00:00.000Z',
};

function fakeApi() {
  let conflicts: ConflictDeclaration[] = [];
  const declared: DeclareConflictRequest[] = [];
  const withdrawn: [string, number][] = [];
  const api: Partial<Api> = {
    myReviewing: jest.fn(async () => REVIEWING),
    myConflicts: jest.fn(async () => conflicts),
    declareConflict: jest.fn(async (body: DeclareConflictRequest) => {
      declared.push(body);
      conflicts = [CONFLICT];
      return CONFLICT;
    }),
    withdrawConflict: jest.fn(async (id: string, version: number) => {
      withdrawn.push([id, version]);
      conflicts = [];
    }),
  };
  return { api, declared, withdrawn };
}

describe('My reviewing', () => {
  it('has its own address', () => {
    expect(parseRoute('/reviewing')).toEqual({ page: 'reviewing' });
    expect(routeToUrl({ page: 'reviewing' })).toBe('/reviewing');
  });

  it('is in the main navigation only when the API says the person may declare conflicts', () => {
    renderWithApp(<MainNav />, {}, REVIEWER);
    expect(screen.getByRole('link', { name: 'My reviewing' }).getAttribute('href')).toBe('/reviewing');
  });

  it('is not in the navigation, and says why, for someone outside the reviewer pool', () => {
    const lead = me();
    renderWithApp(<MainNav />, {}, lead);
    expect(screen.queryByRole('link', { name: 'My reviewing' })).toBeNull();
    renderWithApp(<MyReviewingPage />, {}, lead);
    expect(screen.getByText('Only trained reviewers in the network pool declare conflicts of interest.')).toBeTruthy();
  });

  it("shows the reviewer's training with its renewal date, and their reviews linked to the review page", async () => {
    const { api } = fakeApi();
    renderWithApp(<MyReviewingPage />, api, REVIEWER);
    expect(await screen.findByText('Peer reviewer: trained 3 March 2026, renew by 3 March 2028')).toBeTruthy();
    expect(
      screen.getByText('Lead reviewer: trained 10 January 2024, expired 10 January 2026: needs renewing'),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: "Rheumatology service, Guy's and St Thomas'" });
    expect(link.getAttribute('href')).toBe('/assessments/a-rheum/review');
    expect(screen.getByText(/25 January 2027 at 09:30 \(UK time\), In person/)).toBeTruthy();
  });

  it('declares a conflict with a service picked from lists, then withdraws it', async () => {
    const { api, declared, withdrawn } = fakeApi();
    renderWithApp(<MyReviewingPage />, api, REVIEWER);
    expect(await screen.findByText('You have declared no conflicts of interest.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Organisation/), { target: { value: 'org-kch' } });
    fireEvent.change(screen.getByLabelText(/Service/), { target: { value: 'svc-cardio' } });
    fireEvent.change(screen.getByLabelText(/Reason/), { target: { value: 'I trained there.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Declare the conflict' }));
    expect(
      await screen.findByText(
        "Your conflict of interest with Cardio-respiratory, King's College Hospital is on record.",
      ),
    ).toBeTruthy();
    expect(declared).toEqual([{ organisationId: 'org-kch', serviceId: 'svc-cardio', reason: 'I trained there.' }]);
    const list = await screen.findByRole('list', { name: 'Declared conflicts of interest' });
    fireEvent.click(
      within(list).getByRole('button', {
        name: "Withdraw the conflict with Cardio-respiratory, King's College Hospital",
      }),
    );
    expect(
      await screen.findByText(
        "Your conflict of interest with Cardio-respiratory, King's College Hospital is withdrawn.",
      ),
    ).toBeTruthy();
    expect(withdrawn).toEqual([['c-1', 1]]);
  });
});
