import { pageLanguage } from '../../../src/domain/questionnaires/questionnaire-language';

describe("a questionnaire's language as a page's lang", () => {
  it.each([
    ['en-GB', 'en-GB'],
    ['cy-GB', 'cy-GB'],
    ['en-GB-easy-read', 'en-GB'],
    ['EN-gb', 'en-GB'],
    ['pa', 'pa'],
    ['es-419', 'es-419'],
    ['', 'en'],
    ['easy read', 'en'],
  ])('reads %p as %p, so screen readers choose the right voice', (language, lang) => {
    expect(pageLanguage(language)).toBe(lang);
  });
});
