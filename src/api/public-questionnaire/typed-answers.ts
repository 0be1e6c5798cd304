/**
 * What a person sent from the public form, in the shape the JSON route takes (`choices` and `texts` by item code,
 * and the honeypot `website`), so that both go through the same service function and the same checks.
 */
export interface TypedAnswers {
  readonly choices: Readonly<Record<string, string>>;
  readonly texts: Readonly<Record<string, string>>;
}

/** Named as in the JSON route's body; people never see it (the page's stylesheet hides it). */
export const HONEYPOT_FIELD = 'website';

const CHOICE_PREFIX = 'choices.';
const TEXT_PREFIX = 'texts.';

export const choiceField = (itemCode: string): string => `${CHOICE_PREFIX}${itemCode}`;
export const textField = (itemCode: string): string => `${TEXT_PREFIX}${itemCode}`;

/** Reads an application/x-www-form-urlencoded body (WHATWG URLSearchParams) into the answers and the honeypot. */
export function readFormAnswers(body: string): TypedAnswers & { readonly honeypot: string } {
  const form = new URLSearchParams(body);
  const choices: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const [name, value] of form) {
    // The first value of a name counts; a form never sends two, and a second one is not a second answer.
    if (name.startsWith(CHOICE_PREFIX)) choices[name.slice(CHOICE_PREFIX.length)] ??= value;
    else if (name.startsWith(TEXT_PREFIX)) texts[name.slice(TEXT_PREFIX.length)] ??= value;
  }
  return { choices, texts, honeypot: form.get(HONEYPOT_FIELD) ?? '' };
}
