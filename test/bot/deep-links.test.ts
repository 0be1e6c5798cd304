import { subEntityId, tabLink, webLink, type LinkConfig } from '../../bot/deep-links';

const IN_TEAMS: LinkConfig = {
  tabUrl: 'https://qin.example.nhs.uk/',
  teamsAppId: '8b1f3c2e-0000-4000-8000-000000000001',
  tabEntityId: 'my-work',
};
const LOCAL: LinkConfig = { ...IN_TEAMS, teamsAppId: null };

function teamsContext(link: string): unknown {
  return JSON.parse(new URL(link).searchParams.get('context') ?? '{}');
}

describe('links into the review workspace', () => {
  it('opens the workspace of an assessment', () => {
    const target = { assessmentId: 'a-cur-svc-gstt-rheum', view: 'review' } as const;
    expect(subEntityId(target)).toBe('assessment:a-cur-svc-gstt-rheum:review');
    expect(webLink(IN_TEAMS, target)).toBe('https://qin.example.nhs.uk/#/assessments/a-cur-svc-gstt-rheum/review');
  });

  it('opens the workspace at a standard', () => {
    const target = { assessmentId: 'a-cur-svc-gstt-rheum', standardCode: '2.3', view: 'review' } as const;
    expect(subEntityId(target)).toBe('assessment:a-cur-svc-gstt-rheum:review:2.3');
    expect(webLink(LOCAL, target)).toBe(
      'https://qin.example.nhs.uk/#/assessments/a-cur-svc-gstt-rheum/review?standard=2.3',
    );
  });

  it('in Teams, carries the sub-entity and the web page of the workspace', () => {
    const link = tabLink(IN_TEAMS, { assessmentId: 'a 1', standardCode: '1.4', view: 'review' });
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(
      'https://teams.microsoft.com/l/entity/8b1f3c2e-0000-4000-8000-000000000001/my-work',
    );
    expect(teamsContext(link)).toEqual({ subEntityId: 'assessment:a 1:review:1.4' });
    expect(url.searchParams.get('webUrl')).toBe('https://qin.example.nhs.uk/#/assessments/a%201/review?standard=1.4');
  });

  it('outside Teams, is the web page itself', () => {
    expect(tabLink(LOCAL, { assessmentId: 'a-1', view: 'review' })).toBe(
      'https://qin.example.nhs.uk/#/assessments/a-1/review',
    );
  });

  it('leaves the self-assessment links as they were', () => {
    expect(subEntityId({ assessmentId: 'a-1', standardCode: '4.3' })).toBe('assessment:a-1:standard:4.3');
    expect(webLink(LOCAL, { assessmentId: 'a-1', standardCode: '4.3' })).toBe(
      'https://qin.example.nhs.uk/#/assessments/a-1?standard=4.3',
    );
  });

  it("opens the action plan page at the reminder's action", () => {
    expect(subEntityId({ assessmentId: 'a-1', view: 'actions' })).toBe('assessment:a-1:actions');
    expect(subEntityId({ assessmentId: 'a-1', view: 'actions', actionId: 'act-7' })).toBe(
      'assessment:a-1:actions:act-7',
    );
    expect(webLink(LOCAL, { assessmentId: 'a-1', view: 'actions', actionId: 'act-7' })).toBe(
      'https://qin.example.nhs.uk/#/assessments/a-1/actions?action=act-7',
    );
  });
});
