import type { ReviewTeam } from '../../../src/domain/review';
import { visitDetailsOf } from '../../../src/domain/visit-details';

const TEAM: ReviewTeam = {
  id: 'team:a-1',
  version: 1,
  assessmentId: 'a-1',
  cycleId: 'c-1',
  organisationId: 'org-1',
  members: [],
  visit: { date: '2027-01-25', format: 'in_person' },
  informationRequests: [],
  updatedBy: 'p-admin',
  updatedAt: '2026-11-26T09:00:00.000Z',
};

describe('the visit details people are told', () => {
  it('has no start time and no meeting when the team has none', () => {
    expect(visitDetailsOf(TEAM)).toEqual({ date: '2027-01-25', startTime: null, format: 'in_person', joinUrl: null });
  });

  it('carries the start time and the Teams meeting link when they are set', () => {
    const team = {
      ...TEAM,
      visit: { date: '2027-01-25', format: 'online' as const, startTime: '09:30' },
      meeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc' },
    };
    expect(visitDetailsOf(team)).toEqual({
      date: '2027-01-25',
      startTime: '09:30',
      format: 'online',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    });
  });

  it.each([
    ['a time that is not HH:mm', { visit: { ...TEAM.visit, startTime: '9.30am' } }, { startTime: null }],
    ['a join link that is not https', { meeting: { joinUrl: 'javascript:alert(1)' } }, { joinUrl: null }],
    ['a join link that is not a URL', { meeting: { joinUrl: 'not a link' } }, { joinUrl: null }],
  ])('leaves out %s rather than pass it on', (_name, change, expected) => {
    expect(visitDetailsOf({ ...TEAM, ...change })).toMatchObject(expected);
  });
});
