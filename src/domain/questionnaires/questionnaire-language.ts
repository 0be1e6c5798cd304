/**
 * A questionnaire's language tag as a web page's `lang` takes it: the language and, when given, the region
 * ("cy-GB" stays "cy-GB"). The wording variants the network adds ("en-GB-easy-read") are not BCP 47 subtags, so
 * they are left out; screen readers then still pick the right voice.
 */
export function pageLanguage(language: string): string {
  const match = /^([A-Za-z]{2,3})(?:-([A-Za-z]{2}|\d{3}))?(?=-|$)/.exec(language.trim());
  if (!match?.[1]) return 'en';
  return match[2] ? `${match[1].toLowerCase()}-${match[2].toUpperCase()}` : match[1].toLowerCase();
}
