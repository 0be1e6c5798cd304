import { scopeId } from '../../../src/domain/network';

describe('scopeId', () => {
  it('names the organisation, service or assessment a role applies to', () => {
    expect(scopeId({ kind: 'network' })).toBe('network');
    expect(scopeId({ kind: 'organisation', organisationId: 'org-kch' })).toBe('org-kch');
    expect(scopeId({ kind: 'service', serviceId: 'svc-coast' })).toBe('svc-coast');
    expect(scopeId({ kind: 'review', assessmentId: 'a-1' })).toBe('a-1');
  });
});
