import { parseRoute, routeToUrl, type Route } from '../../tab/src/app/routes';

describe('the impact pages as addresses', () => {
  it.each<[string, Route]>([
    ['/services/svc-slam-coast/impact', { page: 'service-impact', serviceId: 'svc-slam-coast' }],
    ['/impact', { page: 'impact' }],
    ['/impact?from=c-1&to=c-3', { page: 'impact', fromCycleId: 'c-1', toCycleId: 'c-3' }],
  ])('%s opens the page it names, and the page links back to it', (url, route) => {
    const [path, query] = url.split('?');
    expect(parseRoute(path ?? '', query ? `?${query}` : '')).toEqual(route);
    expect(routeToUrl(route)).toBe(url);
  });

  it('keeps a service id with a slash in one path segment', () => {
    expect(routeToUrl({ page: 'service-impact', serviceId: 'a/b' })).toBe('/services/a%2Fb/impact');
    expect(parseRoute('/services/a%2Fb/impact')).toEqual({ page: 'service-impact', serviceId: 'a/b' });
  });
});
