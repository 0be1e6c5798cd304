/** @jest-environment jsdom */
import './tab-test-env';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MainNav } from '../../tab/src/app/MainNav';
import type { Api } from '../../tab/src/api/endpoints';
import type { GoodPracticeFinding, LibraryEntryView, LibraryPage as Page } from '../../tab/src/api/types';
import { LibraryPage } from '../../tab/src/pages/library/LibraryPage';
import { GoodPracticeProposals } from '../../tab/src/pages/review-agreement/GoodPracticeProposals';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const SERVICE_LEAD = me([
  { id: 'r', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 's-1' } },
]);
const YES = { allowed: true } as const;
const NOT_YOURS = {
  allowed: false,
  reason: "You are not allowed to publish good practice to the library. Only the service's lead …",
} as const;

function entry(overrides: Partial<LibraryEntryView> = {}): LibraryEntryView {
  return {
    id: 'library:f-1',
    version: 2,
    findingId: 'f-1',
    assessmentId: 'a-1',
    cycleId: 'c-1',
    organisationId: 'org-1',
    serviceId: 's-1',
    subjectName: 'Rheumatology service',
    organisationName: "Guy's and St Thomas'",
    standardCode: '1.2',
    standardTitle: 'Screening for depression',
    themeCode: '1',
    themeTitle: 'Integrated patient care',
    title: 'Mood questions at every clinic visit',
    whatTheyDo: 'Nurses ask two questions about mood and sleep at each visit.',
    contact: { name: 'Grace Chen', email: 'grace.chen@gstt.nhs.example' },
    attachments: [{ evidenceId: 'ev-1', fileName: 'Mood pathway.pdf' }],
    serviceType: 'long_term_conditions',
    status: 'published',
    publishedBy: 'p-grace',
    publishedAt: '2027-02-01T10:00:00Z',
    history: [
      {
        step: 'proposed',
        by: 'p-cl',
        byName: 'Catherine Lowe',
        at: '2027-01-20T10:00:00Z',
        reason: 'Cheap and it works.',
      },
      { step: 'agreed', by: 'p-grace', byName: 'Grace Chen', at: '2027-02-01T10:00:00Z', reason: '' },
    ],
    announcement: 'sent',
    announcedAt: null,
    updatedAt: '2027-02-01T10:00:00Z',
    allowed: { agree: NOT_YOURS, decline: NOT_YOURS, withdraw: YES },
    ...overrides,
  };
}

const PROPOSAL = entry({
  id: 'library:f-2',
  title: '3.1 Training in mind and body care',
  whatTheyDo: 'Every new nurse shadows the liaison team for a day.',
  contact: { name: '', email: '' },
  attachments: [],
  serviceType: null,
  status: 'proposed',
  publishedBy: null,
  publishedAt: null,
  history: [{ step: 'proposed', by: 'p-cl', byName: 'Catherine Lowe', at: '2027-01-20T10:00:00Z', reason: '' }],
  allowed: {
    agree: YES,
    decline: YES,
    withdraw: { allowed: false, reason: 'Only a published entry can be withdrawn.' },
  },
});

function page(overrides: Partial<Page> = {}): Page {
  return {
    entries: [entry()],
    awaitingAgreement: [PROPOSAL],
    filters: {
      themes: [{ code: '1', title: 'Integrated patient care' }],
      standards: [{ code: '1.2', title: 'Screening for depression' }],
      organisations: [{ id: 'org-1', name: "Guy's and St Thomas'" }],
      serviceTypes: ['long_term_conditions'],
    },
    ...overrides,
  };
}

describe('the good-practice library page', () => {
  it('shows each entry as a card with what the service does, the standard, the service, a contact and its files', async () => {
    const libraryAttachment = jest.fn(async () => new Blob(['pdf']));
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    renderWithApp(<LibraryPage />, { library: async () => page(), libraryAttachment }, SERVICE_LEAD);
    const results = await screen.findByTestId('library-results');
    const card = within(results).getByRole('article', { name: 'Mood questions at every clinic visit' });
    expect(card.textContent).toContain('Nurses ask two questions about mood and sleep at each visit.');
    expect(card.textContent).toContain('Standard1.2 Screening for depression (Integrated patient care)');
    expect(card.textContent).toContain(
      "ServiceRheumatology service, Guy's and St Thomas' (Long-term physical conditions)",
    );
    expect(within(card).getByRole('link', { name: 'grace.chen@gstt.nhs.example' }).getAttribute('href')).toBe(
      'mailto:grace.chen@gstt.nhs.example',
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Download Mood pathway.pdf' }));
    expect(libraryAttachment).toHaveBeenCalledWith('library:f-1', 'ev-1');
  });

  it('searches by words and filters by theme, standard, organisation and type of service', async () => {
    const library = jest.fn(async () => page());
    renderWithApp(<LibraryPage />, { library }, SERVICE_LEAD);
    await screen.findByTestId('library-results');
    await userEvent.type(screen.getByRole('textbox', { name: 'Search' }), 'mood sleep');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(library).toHaveBeenLastCalledWith({ q: 'mood sleep' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), '1');
    await waitFor(() => expect(library).toHaveBeenLastCalledWith({ q: 'mood sleep', themeCode: '1' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Standard' }), '1.2');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), 'org-1');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type of service' }), 'long_term_conditions');
    await waitFor(() =>
      expect(library).toHaveBeenLastCalledWith({
        q: 'mood sleep',
        themeCode: '1',
        standardCode: '1.2',
        organisationId: 'org-1',
        serviceType: 'long_term_conditions',
      }),
    );
  });

  it('says when nothing matches', async () => {
    renderWithApp(<LibraryPage />, { library: async () => page({ entries: [], awaitingAgreement: [] }) }, SERVICE_LEAD);
    expect(await screen.findByText('Nothing matches. Try fewer words or clear a filter.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Waiting for your agreement' })).toBeNull();
  });

  it("lists proposals waiting for the service lead's agreement, each linking to its page", async () => {
    renderWithApp(<LibraryPage />, { library: async () => page() }, SERVICE_LEAD);
    const proposals = await screen.findByTestId('library-proposals');
    const link = within(proposals).getByRole('link', {
      name: 'Read the proposal and decide: 3.1 Training in mind and body care',
    });
    expect(link.getAttribute('href')).toBe('/library/library%3Af-2');
  });
});

describe('one entry: agreeing, declining and withdrawing', () => {
  it('publishes a proposal only when the service lead agrees, in their words, with a contact and a type of service', async () => {
    const agreeToPublish = jest.fn(async () => PROPOSAL);
    renderWithApp(
      <LibraryPage entryId="library:f-2" />,
      { libraryEntry: async () => PROPOSAL, agreeToPublish, evidence: async () => [] },
      SERVICE_LEAD,
    );
    expect(
      await screen.findByText('Proposed: waiting for the service to agree. Nobody else can see it yet.'),
    ).toBeTruthy();
    expect(screen.getByText('Proposed by Catherine Lowe on 20 January 2027', { exact: false })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Agree to share' }));
    const form = screen.getByRole('form', { name: 'Agree to share' });
    const title = within(form).getByRole('textbox', { name: /Title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Shadowing the liaison team');
    // The contact starts as the service lead; the type of service has to be chosen.
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: /Contact name/ }).value).toBe('Ella Morgan');
    await userEvent.click(within(form).getByRole('button', { name: 'Agree and publish' }));
    expect(within(form).getByText('Choose the type of service, so others like you can find it.')).toBeTruthy();
    expect(agreeToPublish).not.toHaveBeenCalled();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Type of service/ }), 'acute_hospital');
    await userEvent.click(within(form).getByRole('button', { name: 'Agree and publish' }));
    await waitFor(() =>
      expect(agreeToPublish).toHaveBeenCalledWith('library:f-2', {
        title: 'Shadowing the liaison team',
        whatTheyDo: 'Every new nurse shadows the liaison team for a day.',
        contact: { name: 'Ella Morgan', email: 'ella@example.org' },
        serviceType: 'acute_hospital',
        evidenceIds: [],
        version: 2,
      }),
    );
    expect(
      await screen.findByText('Published. Everyone in the network can find it now, and it will be announced in Teams.'),
    ).toBeTruthy();
  });

  it('declines a proposal only with a reason, and moves the focus to what happened', async () => {
    const declineToPublish = jest.fn(async () => PROPOSAL);
    renderWithApp(
      <LibraryPage entryId="library:f-2" />,
      { libraryEntry: async () => PROPOSAL, declineToPublish },
      SERVICE_LEAD,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    const submit = screen.getAllByRole('button', { name: 'Decline' }).at(-1) as HTMLElement;
    await userEvent.click(submit);
    expect(screen.getByText('Write a reason first.')).toBeTruthy();
    expect(declineToPublish).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: /Why not share this/ }), 'The scheme is paused.');
    await userEvent.click(submit);
    await waitFor(() =>
      expect(declineToPublish).toHaveBeenCalledWith('library:f-2', { version: 2, reason: 'The scheme is paused.' }),
    );
    expect(await screen.findByText('Declined. Nothing was published.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('action-notice')));
  });

  it("shows why someone outside the service may not agree, from the API's answer", async () => {
    const notMine = entry({ ...PROPOSAL, allowed: { agree: NOT_YOURS, decline: NOT_YOURS, withdraw: NOT_YOURS } });
    renderWithApp(<LibraryPage entryId="library:f-2" />, { libraryEntry: async () => notMine }, SERVICE_LEAD);
    const agree = await screen.findByRole('button', { name: 'Agree to share' });
    expect(agree.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getAllByText(NOT_YOURS.reason)).toHaveLength(2);
  });

  it('withdraws a published entry with a reason, and shows its record', async () => {
    const withdrawFromLibrary = jest.fn(async () => entry());
    renderWithApp(
      <LibraryPage entryId="library:f-1" />,
      { libraryEntry: async () => entry(), withdrawFromLibrary },
      SERVICE_LEAD,
    );
    expect(
      await screen.findByText('Agreed and published by Grace Chen on 1 February 2027', { exact: false }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw from the library' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Why take this out/ }), 'The clinic has changed.');
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    await waitFor(() =>
      expect(withdrawFromLibrary).toHaveBeenCalledWith('library:f-1', {
        version: 2,
        reason: 'The clinic has changed.',
      }),
    );
  });
});

describe('getting to the library', () => {
  it('puts "Good practice" in the main navigation for those the API lets read it', () => {
    renderWithApp(<MainNav />, {}, SERVICE_LEAD);
    expect(screen.getByRole('link', { name: 'Good practice' }).getAttribute('href')).toBe('/library');
  });

  it('leaves it out for those it does not', () => {
    const noLibrary = me([], {
      allowed: { ...SERVICE_LEAD.allowed, read_library: { allowed: false, reason: 'No.' } },
    });
    renderWithApp(<MainNav />, {}, noLibrary);
    expect(screen.queryByRole('link', { name: 'Good practice' })).toBeNull();
  });

  it('offers "Propose for the library" on good-practice findings of the review, when allowed, and focuses the result', async () => {
    const findings: GoodPracticeFinding[] = [
      { findingId: 'f-1', standardCode: '1.2', text: 'Mood questions.', entry: null, allowed: { propose: YES } },
      {
        findingId: 'f-2',
        standardCode: '3.1',
        text: 'Shadowing.',
        entry: { id: 'library:f-2', status: 'proposed', version: 1 },
        allowed: { propose: { allowed: false, reason: 'This finding has already been put forward for the library.' } },
      },
    ];
    const proposeForLibrary = jest.fn(async () => PROPOSAL);
    const api: Partial<Api> = { goodPracticeFindings: async () => findings, proposeForLibrary };
    renderWithApp(<GoodPracticeProposals assessmentId="a-1" />, api, SERVICE_LEAD);
    await userEvent.click(await screen.findByRole('button', { name: 'Propose for the library' }));
    expect(proposeForLibrary).toHaveBeenCalledWith('a-1', { findingId: 'f-1' });
    expect(await screen.findByText(/Proposed for the library\. The service will be asked to agree/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('action-notice')));
    expect(screen.getByText('Proposed: waiting for the service to agree.')).toBeTruthy();
  });
});
