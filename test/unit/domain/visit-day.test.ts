import { DomainError } from '../../../src/domain/errors';
import { isTeamsMeetingUrl, validateJoinUrl, visitTimes } from '../../../src/domain/visit-day';
import { draftFeedbackSections, FEEDBACK_EMPTY } from '../../../src/domain/visit-feedback';

describe('the visit meeting', () => {
  it('starts at 09:30 and takes the day when the team gave no start time', () => {
    expect(visitTimes({ date: '2027-01-27', format: 'online' })).toMatchObject({
      start: '2027-01-27T09:30',
      end: '2027-01-27T17:00',
    });
  });

  it('starts when the team said, and lasts at least an hour when that is late in the day', () => {
    expect(visitTimes({ date: '2027-01-27', format: 'online', startTime: '10:15' }).start).toBe('2027-01-27T10:15');
    expect(visitTimes({ date: '2027-01-27', format: 'online', startTime: '16:30' }).end).toBe('2027-01-27T17:30');
  });

  it.each([
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
    'https://teams.microsoft.com/meet/3512345678901?p=AbCdEf',
    'https://teams.live.com/meet/9876543210',
  ])('accepts the Teams join link %s', (url) => {
    expect(isTeamsMeetingUrl(url)).toBe(true);
  });

  it.each([
    'http://teams.microsoft.com/l/meetup-join/19%3ameeting_abc',
    'https://teams.microsoft.com.evil.example/l/meetup-join/x',
    'https://zoom.us/j/123456',
    'https://teams.microsoft.com/l/chat/0/0?users=someone',
    'not a link',
  ])('refuses %s, saying where to find the right link', (url) => {
    expect(isTeamsMeetingUrl(url)).toBe(false);
    expect(() => validateJoinUrl(url)).toThrow(DomainError);
    expect(() => validateJoinUrl(url)).toThrow(/Copy join link/);
  });
});

describe('the first draft of the preliminary feedback', () => {
  const themes = [
    { code: '1', title: 'Integrated patient care' },
    { code: '2', title: 'Patient and community involvement' },
  ];

  it('lists the findings by kind in standard order, and the notes by theme with who wrote them', () => {
    const sections = draftFeedbackSections(
      [
        {
          standardCode: '1.10',
          standardTitle: 'Liaison',
          kind: 'good_practice',
          text: 'Fast referrals.',
          recordedAt: 'b',
        },
        {
          standardCode: '1.2',
          standardTitle: 'Checks',
          kind: 'good_practice',
          text: 'Annual checks done.',
          recordedAt: 'a',
        },
        {
          standardCode: '2.1',
          standardTitle: 'Carers',
          kind: 'area_for_improvement',
          text: 'Ask carers.',
          recordedAt: 'a',
        },
      ],
      [
        { themeCode: '2', text: 'Carers group meets monthly.\nWell attended.', authorName: 'Maria Santos' },
        { themeCode: '1', text: '  ', authorName: 'Kwame Asante' },
      ],
      themes,
    );
    expect(sections.goodPractice).toBe('- 1.2 Checks: Annual checks done.\n- 1.10 Liaison: Fast referrals.');
    expect(sections.areasForImprovement).toBe('- 2.1 Carers: Ask carers.');
    expect(sections.immediateConcerns).toBe(FEEDBACK_EMPTY.immediateConcerns);
    expect(sections.fromTheDay).toBe(
      '2. Patient and community involvement\n- Carers group meets monthly. Well attended. (Maria Santos)',
    );
  });
});
