/** @jest-environment jsdom */
import './tab-test-env';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Api } from '../../tab/src/api/endpoints';
import { ApiUnavailableError, ConsentRequiredError } from '../../tab/src/api/errors';
import type { VisitDay, VisitNote, VisitView } from '../../tab/src/api/types';
import { SharedVisitFeedback } from '../../tab/src/pages/assessment/SharedVisitFeedback';
import { ReviewVisitPage } from '../../tab/src/pages/review-visit/ReviewVisitPage';
import { NOTE_SAVE_DELAY_MS } from '../../tab/src/pages/review-visit/use-visit-notes';
import { me } from './fixtures';
import { renderWithApp } from './render-with-app';

const LEAD = me([]);
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';

function view(overrides: Partial<VisitView> = {}): VisitView {
  return {
    assessmentId: 'a-1',
    serviceName: 'Rheumatology service',
    state: 'under_review',
    visit: {
      date: '2027-01-25',
      format: 'online',
      startTime: '09:30',
      start: '2027-01-25T09:30',
      end: '2027-01-25T17:00',
    },
    agenda: {
      themes: [{ code: '1', title: 'Integrated patient care', standardCount: 3 }],
      focus: {
        basis: 'service_concerns',
        items: [{ standardCode: '1.2', title: 'Joint care plans', themeCode: '1', self: 'not_met' }],
      },
      evidenceGaps: [
        { standardCode: '1.1', title: 'Health checks', themeCode: '1', rating: 'met', problem: 'no_evidence' },
      ],
      people: {
        serviceLeads: [{ personId: 'p-grace', name: 'Grace Chen', email: 'grace@gstt.example' }],
        contributorsByTheme: [],
        team: [{ personId: 'p-lead', name: 'Ella Morgan', email: 'ella@example.org', role: 'lead_reviewer' }],
      },
    },
    meeting: null,
    teamsScheduling: true,
    version: 0,
    notes: [{ themeCode: '1', title: 'Integrated patient care', mine: { text: '', version: 0 }, others: [] }],
    feedback: {
      sections: {
        goodPractice: '- 1.1 Checks: done.',
        areasForImprovement: 'x',
        immediateConcerns: 'y',
        fromTheDay: 'z',
      },
      generated: true,
      sharedAt: null,
    },
    allowed: { schedule: { allowed: true }, write_notes: { allowed: true }, edit_feedback: { allowed: true } },
    ...overrides,
  };
}

const day = (overrides: Partial<VisitDay> = {}): VisitDay => ({
  id: 'visit:a-1',
  version: 1,
  assessmentId: 'a-1',
  cycleId: 'c-1',
  meeting: null,
  feedback: null,
  ...overrides,
});

beforeEach(() => localStorage.clear());
afterEach(() => jest.useRealTimers());

describe('the visit day page', () => {
  it('shows the agenda, with what the service rated low while no reviewer has rated, and the evidence gaps', async () => {
    renderWithApp(<ReviewVisitPage assessmentId="a-1" />, { visit: async () => view() }, LEAD);
    expect(await screen.findByRole('heading', { name: 'Visit day: Rheumatology service' })).toBeTruthy();
    expect(screen.getByText(/The team has not rated any standard yet/)).toBeTruthy();
    expect(screen.getByText('1.2 Joint care plans: not met')).toBeTruthy();
    expect(screen.getByText(/rated met with no evidence attached/)).toBeTruthy();
    expect(screen.getByText(/Service lead: Grace Chen/)).toBeTruthy();
  });

  it('asks for consent when Graph needs it, and schedules once it is given, showing the join link', async () => {
    const schedule = jest
      .fn<Promise<VisitDay>, [string]>()
      .mockRejectedValueOnce(
        new ConsentRequiredError(
          'Give this app permission to add the visit to your Teams calendar on your behalf, then try again.',
        ),
      )
      .mockResolvedValueOnce(
        day({
          meeting: {
            source: 'scheduled',
            eventId: 'ev-1',
            joinUrl: JOIN,
            start: '2027-01-25T09:30',
            end: '2027-01-25T17:00',
            invited: [],
            by: 'p-lead',
            at: '2027-01-20T10:00:00Z',
          },
        }),
      );
    const requestConsent = jest.fn(async () => undefined);
    renderWithApp(
      <ReviewVisitPage assessmentId="a-1" />,
      { visit: async () => view(), scheduleVisitMeeting: schedule } satisfies Partial<Api>,
      LEAD,
      { requestConsent },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule in Teams' }));
    const consent = await screen.findByRole('button', { name: 'Give permission to add the visit to your calendar' });
    expect(screen.getByText(/add the visit to your Teams calendar on your behalf/)).toBeTruthy();
    fireEvent.click(consent);
    const link = await screen.findByRole('link', { name: 'Join the visit in Teams' });
    expect(link.getAttribute('href')).toBe(JOIN);
    expect(requestConsent).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Update the Teams meeting' })).toBeTruthy();
  });

  it('keeps a note on the device while offline, and saves it when the connection is back', async () => {
    jest.useFakeTimers();
    const save = jest
      .fn<Promise<VisitNote>, [string, string, { text: string; version: number }]>()
      .mockRejectedValueOnce(new ApiUnavailableError('offline', 'You are offline.'))
      .mockImplementation(async (_id, themeCode, body) => ({
        id: `a-1:${themeCode}:p-lead`,
        version: body.version + 1,
        assessmentId: 'a-1',
        cycleId: 'c-1',
        themeCode,
        personId: 'p-lead',
        text: body.text,
        updatedAt: '2027-01-25T11:00:00Z',
      }));
    renderWithApp(<ReviewVisitPage assessmentId="a-1" />, { visit: async () => view(), saveVisitNote: save }, LEAD);
    const box = await screen.findByRole('textbox', { name: 'Your notes on theme 1' });
    fireEvent.change(box, { target: { value: 'Staff screen for low mood.' } });
    await act(async () => {
      jest.advanceTimersByTime(NOTE_SAVE_DELAY_MS);
    });
    expect(await screen.findByText(/Kept on this device/)).toBeTruthy();
    expect(localStorage.getItem('mbqin.visit-notes.p-lead.a-1')).toContain('Staff screen for low mood.');

    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(save).toHaveBeenLastCalledWith('a-1', '1', { text: 'Staff screen for low mood.', version: 0 });
    expect(localStorage.getItem('mbqin.visit-notes.p-lead.a-1')).toBeNull();
  });

  it('brings back a note kept on the device after a reload', async () => {
    localStorage.setItem(
      'mbqin.visit-notes.p-lead.a-1',
      JSON.stringify({ '1': { fields: 'Written on the train', baseVersion: 0 } }),
    );
    renderWithApp(
      <ReviewVisitPage assessmentId="a-1" />,
      { visit: async () => view(), saveVisitNote: () => new Promise(() => undefined) },
      LEAD,
    );
    const box = await screen.findByRole('textbox', { name: 'Your notes on theme 1' });
    expect((box as HTMLTextAreaElement).value).toBe('Written on the train');
  });

  it('shares the feedback with the service only once the lead reviewer confirms, and moves the focus to the result', async () => {
    const saveFeedback = jest.fn(async () =>
      day({
        feedback: {
          sections: view().feedback!.sections,
          editedBy: 'p-lead',
          editedAt: '2027-01-25T16:00:00Z',
          sharedBy: 'p-lead',
          sharedAt: '2027-01-25T16:00:00Z',
        },
      }),
    );
    renderWithApp(
      <ReviewVisitPage assessmentId="a-1" />,
      { visit: async () => view(), saveVisitFeedback: saveFeedback },
      LEAD,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Share with the service…' }));
    expect(saveFeedback).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, share with the service' }));
    expect(await screen.findByText(/Shared with the service\. Its leads see it/)).toBeTruthy();
    // The visit page has more than one notice: the focus is on the one that says the feedback was shared.
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Shared with the service\./));
    expect(document.activeElement?.getAttribute('data-testid')).toBe('action-notice');
    expect(saveFeedback).toHaveBeenCalledWith('a-1', expect.objectContaining({ share: true, version: 0 }));
    expect(screen.queryByRole('button', { name: 'Share with the service…' })).toBeNull();
  });
});

describe('the preliminary feedback on the service’s self-assessment page', () => {
  it('shows what the lead reviewer shared', async () => {
    renderWithApp(
      <SharedVisitFeedback assessmentId="a-1" />,
      {
        sharedVisitFeedback: async () => ({
          feedback: {
            sections: {
              goodPractice: 'Mood screening.',
              areasForImprovement: 'Carers.',
              immediateConcerns: 'None.',
              fromTheDay: 'Welcoming.',
            },
            sharedAt: '2027-01-25T16:00:00Z',
            sharedBy: 'Dr Catherine Lowe',
          },
        }),
      },
      LEAD,
    );
    expect(
      await screen.findByText(/Preliminary feedback from the visit \(Dr Catherine Lowe, 25 (Jan|January) 2027\)/),
    ).toBeTruthy();
    expect(screen.getByText('Mood screening.')).toBeTruthy();
  });

  it('shows nothing before it is shared', async () => {
    const load = jest.fn(async () => ({ feedback: null }));
    const { container } = renderWithApp(
      <SharedVisitFeedback assessmentId="a-1" />,
      { sharedVisitFeedback: load },
      LEAD,
    );
    await act(async () => undefined);
    expect(load).toHaveBeenCalled();
    expect(container.textContent).toBe('');
  });
});
