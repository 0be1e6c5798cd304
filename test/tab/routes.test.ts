import { parseRoute, routeFromHash, routeFromSubEntity, routeToUrl, type Route } from '../../tab/src/app/routes';

describe('tab routes', () => {
  it.each<[string, Route]>([
    ['/', { page: 'home' }],
    ['/my-work', { page: 'my-work' }],
    [
      '/dashboard?view=organisation&cycle=c-1&organisation=org-1',
      { page: 'dashboard', view: 'organisation', cycleId: 'c-1', organisationId: 'org-1' },
    ],
    ['/dashboard?service=svc-slam-coast', { page: 'dashboard', serviceId: 'svc-slam-coast' }],
    ['/assessments/a-1?theme=3', { page: 'assessment', assessmentId: 'a-1', themeCode: '3' }],
    ['/assessments/a-1?standard=3.4', { page: 'assessment', assessmentId: 'a-1', themeCode: '3', standardCode: '3.4' }],
    ['/assessments/a-1?view=submit', { page: 'assessment', assessmentId: 'a-1', view: 'submit' }],
    ['/assessments/a-1/review', { page: 'review', assessmentId: 'a-1' }],
    ['/assessments/a-1/review?theme=2', { page: 'review', assessmentId: 'a-1', themeCode: '2' }],
    [
      '/assessments/a-1/review?standard=2.3',
      { page: 'review', assessmentId: 'a-1', themeCode: '2', standardCode: '2.3' },
    ],
    ['/admin/cycles', { page: 'admin', section: 'cycles' }],
    ['/assessments/a-1/review/agree', { page: 'review-agreement', assessmentId: 'a-1' }],
    ['/config', { page: 'config' }],
    ['/assessments/a-1/review/visit', { page: 'review-visit', assessmentId: 'a-1' }],
    ['/assessments/a-1/report', { page: 'report', assessmentId: 'a-1' }],
    ['/time-and-expenses', { page: 'time-and-expenses' }],
    ['/assessments/a-1/actions', { page: 'actions', assessmentId: 'a-1' }],
    ['/assessments/a-1/actions?action=act-7', { page: 'actions', assessmentId: 'a-1', actionId: 'act-7' }],
    ['/library', { page: 'library' }],
    [
      '/library/library%3Aa-1%3Afinding%3Agood_practice',
      { page: 'library', entryId: 'library:a-1:finding:good_practice' },
    ],
  ])('%s survives a reload: parse and format agree', (url, route) => {
    const [path = '', search = ''] = url.split('?');
    expect(parseRoute(path, search)).toEqual(route);
    const again = routeToUrl(route);
    const [path2 = '', search2 = ''] = again.split('?');
    expect(parseRoute(path2, search2)).toEqual(route);
  });

  it('ignores a theme override and unknown parameters', () => {
    expect(parseRoute('/my-work', '?theme=dark')).toEqual({ page: 'my-work' });
    expect(parseRoute('/dashboard', '?view=nonsense')).toEqual({ page: 'dashboard' });
    expect(parseRoute('/assessments/a-1', '?theme=3&theme=dark')).toEqual({
      page: 'assessment',
      assessmentId: 'a-1',
      themeCode: '3',
    });
    expect(parseRoute('/assessments/a-1', '?theme=dark')).toEqual({ page: 'assessment', assessmentId: 'a-1' });
  });

  it('sends unknown paths to "not found" and unknown admin sections to the first one', () => {
    expect(parseRoute('/nope')).toEqual({ page: 'not-found', path: '/nope' });
    expect(parseRoute('/admin/zzz')).toEqual({ page: 'admin', section: 'organisations' });
  });

  it('reads Teams deep link sub-entities in every accepted form', () => {
    expect(routeFromSubEntity('assessment:a-cur-svc-slam-coast:1.4')).toEqual({
      page: 'assessment',
      assessmentId: 'a-cur-svc-slam-coast',
      standardCode: '1.4',
      themeCode: '1',
    });
    expect(routeFromSubEntity('assessment:a-1')).toEqual({ page: 'assessment', assessmentId: 'a-1' });
    expect(routeFromSubEntity('assessment:a-1:standard:2.3')).toEqual({
      page: 'assessment',
      assessmentId: 'a-1',
      standardCode: '2.3',
      themeCode: '2',
    });
    expect(routeFromSubEntity('assessment:a-1:review')).toEqual({ page: 'review', assessmentId: 'a-1' });
    expect(routeFromSubEntity('assessment:a-1:review:3.2')).toEqual({
      page: 'review',
      assessmentId: 'a-1',
      standardCode: '3.2',
      themeCode: '3',
    });
    expect(routeFromSubEntity('assessment:a-1:visit')).toEqual({ page: 'review-visit', assessmentId: 'a-1' });
    expect(routeFromSubEntity('assessment:a-1:report')).toEqual({ page: 'report', assessmentId: 'a-1' });
    expect(routeFromSubEntity('/assessments/a-1/review/visit')).toEqual({ page: 'review-visit', assessmentId: 'a-1' });
    expect(routeFromSubEntity('/assessments/a-1?view=submit')).toEqual({
      page: 'assessment',
      assessmentId: 'a-1',
      view: 'submit',
    });
    expect(routeFromSubEntity('dashboard:svc-1')).toEqual({ page: 'dashboard', view: 'service', serviceId: 'svc-1' });
    expect(routeFromSubEntity('my-work')).toEqual({ page: 'my-work' });
    expect(routeFromSubEntity('something else')).toBeUndefined();
    expect(routeFromSubEntity(undefined)).toBeUndefined();
  });

  it("opens the action plan, at one action, from the bot's action reminders", () => {
    expect(routeFromSubEntity('assessment:a-1:actions')).toEqual({ page: 'actions', assessmentId: 'a-1' });
    expect(routeFromSubEntity('assessment:a-1:actions:action:f-9')).toEqual({
      page: 'actions',
      assessmentId: 'a-1',
      actionId: 'action:f-9',
    });
    expect(routeFromHash('#/assessments/a-1/actions?action=act-7')).toEqual({
      page: 'actions',
      assessmentId: 'a-1',
      actionId: 'act-7',
    });
    // Links sent before the plan had a page of its own still open it.
    expect(routeFromHash('#/assessments/a-1?view=actions')).toEqual({ page: 'actions', assessmentId: 'a-1' });
  });

  it("opens the bot's browser links, which carry the page in the hash", () => {
    expect(routeFromHash('#/assessments/a-1?standard=1.4')).toEqual({
      page: 'assessment',
      assessmentId: 'a-1',
      standardCode: '1.4',
      themeCode: '1',
    });
    expect(routeFromHash('#main')).toBeUndefined();
  });

  it("opens a library entry from the bot's announcement, in Teams (library:<id>) and in a browser (/library/<id>)", () => {
    expect(routeFromSubEntity('library:library:a-1:finding:good_practice')).toEqual({
      page: 'library',
      entryId: 'library:a-1:finding:good_practice',
    });
    expect(routeFromSubEntity('library')).toEqual({ page: 'library' });
    expect(routeFromHash('#/library/library%3Aa-1%3Afinding%3Agood_practice')).toEqual({
      page: 'library',
      entryId: 'library:a-1:finding:good_practice',
    });
  });
});
