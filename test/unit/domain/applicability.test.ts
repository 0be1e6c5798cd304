import { applicableStandards, findStandard } from '../../../src/domain/applicability';
import { SMALL } from './fixtures';

describe('applicableStandards', () => {
  it('gives a service assessment the service and both-level standards, in framework order', () => {
    expect(applicableStandards(SMALL, 'service').map((s) => s.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
    ]);
  });

  it('gives an organisation assessment the organisation and both-level standards', () => {
    expect(applicableStandards(SMALL, 'organisation').map((s) => s.code)).toEqual(['1.2', '1.4', '2.2', '2.4']);
  });
});

describe('findStandard', () => {
  it('finds a standard by code, and nothing for an unknown code', () => {
    expect(findStandard(SMALL, '2.3')?.type).toBe('desirable');
    expect(findStandard(SMALL, '9.9')).toBeUndefined();
  });
});
