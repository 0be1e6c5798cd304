/** @jest-environment jsdom */
import './tab-test-env';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Api } from '../../tab/src/api/endpoints';
import { ApiProblemError } from '../../tab/src/api/errors';
import type {
  Candidate,
  CheckReviewTeamRequest,
  ReviewTeamList,
  SaveReviewTeamRequest,
  TeamView,
  TeamViolation,
} from '../../tab/src/api/types';
import { parseRoute, routeToUrl } from '../../tab/src/app/routes';
import { AdminPage } from '../../tab/src/pages/admin/AdminPage';
import { TEAM_CHECK_DELAY_MS } from '../../tab/src/pages/admin/review-teams/use-team-check';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const ADMIN = me([], {
  allowed: {
    administer: { allowed: true },
    see_network_benchmarks: { allowed: true },
    declare_conflict: { allowed: true },
    record_time_and_expenses: { allowed: false, reason: 'No.' },
    manage_time_and_expenses: { allowed: false, reason: 'No.' },
    read_library: { allowed: true },
  },
});

const LIST: ReviewTeamList = {
  cycle: { id: 'c-1', name: 'Cycle 2026/27' },
  cycles: [{ id: 'c-1', name: 'Cycle 2026/27' }],
  rows: [
    {
      assessmentId: 'a-rheum',
      state: 'submitted',
      organisationId: 'org-gstt',
      organisationName: "Guy's and St Thomas'",
      serviceName: 'Rheumatology service',
      team: null,
    },
  ],
};

function candidate(personId: string, displayName: string, organisationId: string, barred: string[] = []): Candidate {
  return {
    personId,
    displayName,
    organisationId,
    profession: 'physical_health',
    trainedAs: ['peer_reviewer'],
    training: [{ role: 'peer_reviewer', trainedOn: '2026-03-03', expiresOn: '2028-03-03', valid: true }],
    notTrainedFor: ['lead_reviewer', 'expert_by_experience'],
    otherReviewsThisCycle: 0,
    barred,
  };
}

const CANDIDATES = [
  candidate('p-gstt', 'Dr Samuel Obi', 'org-gstt', ["works for Guy's and St Thomas'"]),
  candidate('p-kch', "Aisha O'Neill", 'org-kch'),
];

const OWN_ORGANISATION: TeamViolation = {
  rule: 'own_organisation',
  personId: 'p-gstt',
  message:
    "Dr Samuel Obi works for Guy's and St Thomas', the organisation under review: nobody reviews their own organisation.",
};

/** The API as the editor meets it: the check says "own organisation" while the GSTT reviewer is on the team. */
function fakeApi() {
  const saved: SaveReviewTeamRequest[] = [];
  const checked: CheckReviewTeamRequest[] = [];
  const view = (members: CheckReviewTeamRequest['members']): TeamView => ({
    team: null,
    members: members.map((m) => ({
      personId: m.personId,
      displayName: CANDIDATES.find((c) => c.personId === m.personId)?.displayName ?? m.personId,
      organisationId: null,
      profession: 'physical_health',
      role: m.role as 'peer_reviewer',
    })),
    violations: members.some((m) => m.personId === 'p-gstt') ? [OWN_ORGANISATION] : [],
  });
  const api: Partial<Api> = {
    reviewTeams: jest.fn(async () => LIST),
    reviewTeam: jest.fn(async () => ({ team: null, members: [], violations: [] })),
    reviewCandidates: jest.fn(async () => CANDIDATES),
    checkReviewTeam: jest.fn(async (_id: string, body: CheckReviewTeamRequest) => {
      checked.push(body);
      return view(body.members);
    }),
    saveReviewTeam: jest.fn(async (_id: string, body: SaveReviewTeamRequest) => {
      saved.push(body);
      return view(body.members);
    }),
  };
  return { api, saved, checked };
}

/** Lets the editor's pause before checking run out, and the check's answer arrive. */
async function afterTheCheck() {
  await act(async () => {
    jest.advanceTimersByTime(TEAM_CHECK_DELAY_MS);
  });
}

async function openEditor(api: Partial<Api>) {
  renderWithApp(<AdminPage section="review-teams" />, api, ADMIN);
  fireEvent.click(
    await screen.findByRole('button', {
      name: "Build the team for Rheumatology service, Guy's and St Thomas'",
    }),
  );
  await screen.findByRole('heading', { name: "Review team for Rheumatology service, Guy's and St Thomas'" });
  fireEvent.change(await screen.findByLabelText(/Visit date/), { target: { value: '2027-01-25' } });
  fireEvent.change(screen.getByLabelText(/Start time/), { target: { value: '09:30' } });
}

describe('Network admin > Review teams', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is a section of the admin pages with its own address', () => {
    expect(parseRoute('/admin/review-teams')).toEqual({ page: 'admin', section: 'review-teams' });
    expect(routeToUrl({ page: 'admin', section: 'review-teams' })).toBe('/admin/review-teams');
  });

  it('lists the assessments with their team status, and the chosen one opens the editor', async () => {
    const { api } = fakeApi();
    renderWithApp(<AdminPage section="review-teams" />, api, ADMIN);
    const table = await screen.findByRole('table', { name: 'Assessments and their review teams' });
    const row = within(table).getByText('Rheumatology service').closest('tr') as HTMLElement;
    expect(within(row).getByText('Submitted')).toBeTruthy();
    expect(within(row).getByText('No team yet')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Assessments and their review teams' })).toBeTruthy();
  });

  it('shows who is barred and why, a broken rule next to the member it concerns, then fixed, then saved', async () => {
    const { api, saved } = fakeApi();
    await openEditor(api);
    expect(await screen.findByText("Cannot review this: works for Guy's and St Thomas'.")).toBeTruthy();
    expect(screen.getAllByText('Not trained to sit as lead reviewer or expert by experience.')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Add Dr Samuel Obi to the team' }));
    await afterTheCheck();
    const broken = await screen.findByRole('list', { name: 'Rules broken by Dr Samuel Obi' });
    expect(within(broken).getByText(OWN_ORGANISATION.message)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Remove Dr Samuel Obi from the team' }));
    fireEvent.click(screen.getByRole('button', { name: "Add Aisha O'Neill to the team" }));
    await afterTheCheck();
    expect(screen.queryByText(OWN_ORGANISATION.message)).toBeNull();
    expect(screen.getByText('The team keeps every rule.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save the team' }));
    expect(await screen.findByText('The review team for Rheumatology service is saved.')).toBeTruthy();
    expect(saved).toEqual([
      {
        members: [{ personId: 'p-kch', role: 'peer_reviewer' }],
        visit: { date: '2027-01-25', format: 'in_person', startTime: '09:30' },
        version: 0,
      },
    ]);
  });

  it('checks once after a burst of changes, not once per change', async () => {
    const { api, checked } = fakeApi();
    await openEditor(api);
    await screen.findByRole('button', { name: 'Add Dr Samuel Obi to the team' });
    fireEvent.click(screen.getByRole('button', { name: 'Add Dr Samuel Obi to the team' }));
    fireEvent.click(screen.getByRole('button', { name: "Add Aisha O'Neill to the team" }));
    await afterTheCheck();
    expect(checked.at(-1)?.members.map((m) => m.personId)).toEqual(['p-gstt', 'p-kch']);
    expect(checked.filter((c) => c.members.length === 1)).toEqual([]);
  });

  it('lists every reason when the API refuses to save', async () => {
    const { api } = fakeApi();
    const violations: TeamViolation[] = [
      OWN_ORGANISATION,
      { rule: 'no_expert_by_experience', personId: null, message: 'The team needs at least one expert by experience.' },
    ];
    api.saveReviewTeam = jest.fn(async () => {
      throw new ApiProblemError({
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        detail: 'The team cannot be saved.',
        code: 'review_team_invalid',
        violations,
      });
    });
    await openEditor(api);
    fireEvent.click(screen.getByRole('button', { name: 'Save the team' }));
    const alert = await screen.findByRole('alert');
    expect(await within(alert).findByText(OWN_ORGANISATION.message)).toBeTruthy();
    expect(within(alert).getByText('The team needs at least one expert by experience.')).toBeTruthy();
  });

  it('says plainly when someone else saved the team first, and offers to load theirs', async () => {
    const { api } = fakeApi();
    api.saveReviewTeam = jest.fn(async () => {
      throw new ApiProblemError({
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'Changed by someone else.',
        code: 'conflict',
      });
    });
    await openEditor(api);
    fireEvent.click(screen.getByRole('button', { name: 'Save the team' }));
    expect(await screen.findByText(/Someone else saved this team while you were changing it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Load the saved team' })).toBeTruthy();
  });
});
