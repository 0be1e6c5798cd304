import { importRefusedMessage } from '../../../src/domain/import-refused';

describe('the message of a refused import', () => {
  it('counts the problems in words and says nothing was imported', () => {
    expect(importRefusedMessage('framework', 1)).toBe(
      'The framework file has 1 problem. Fix each line listed and import it again; nothing was imported.',
    );
    expect(importRefusedMessage('questionnaire', 3)).toBe(
      'The questionnaire file has 3 problems. Fix each line listed and import it again; nothing was imported.',
    );
  });
});
