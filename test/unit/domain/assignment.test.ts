import { standardsForAssignment } from '../../../src/domain/assignment';
import { SMALL, thrown } from './fixtures';

describe('standardsForAssignment', () => {
  it('assigns the applicable standards of a theme', () => {
    expect(standardsForAssignment(SMALL, 'service', { themeCode: '1' })).toEqual(['1.1', '1.2', '1.3']);
    expect(standardsForAssignment(SMALL, 'organisation', { themeCode: '1' })).toEqual(['1.2', '1.4']);
  });

  it('assigns listed standards in framework order, once each', () => {
    expect(standardsForAssignment(SMALL, 'service', { standardCodes: ['2.3', '1.1', '2.3'] })).toEqual(['1.1', '2.3']);
  });

  it('names every code that is not in the framework or does not apply', () => {
    const error = thrown(() =>
      standardsForAssignment(SMALL, 'service', { standardCodes: ['1.1', '7.7', '1.4', '2.4'] }),
    );
    expect(error.field).toBe('standardCodes');
    expect(error.details).toEqual({ unknown: ['7.7'], notApplicable: ['1.4', '2.4'] });
    expect(error.message).toContain('7.7');
    expect(error.message).toContain('1.4, 2.4');
  });

  it('refuses an unknown theme and an empty list', () => {
    expect(thrown(() => standardsForAssignment(SMALL, 'service', { themeCode: '9' })).field).toBe('themeCode');
    expect(thrown(() => standardsForAssignment(SMALL, 'service', { standardCodes: [] })).field).toBe('standardCodes');
  });
});
