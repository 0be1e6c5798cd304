/** Text made safe to place in HTML, in an element or in a quoted attribute: the five characters HTML gives meaning. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML that is already safe: made only by the `markup` template below, so nothing reaches a page unescaped. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type HtmlValue = string | number | Html | readonly Html[] | null | undefined | false;

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map((part: Html) => part.text).join('');
  return escapeHtml(String(value));
}

/**
 * Builds HTML from a template literal: every interpolated text and number is escaped, fragments made by `markup`
 * are placed as they are, and null, undefined and false leave nothing (for optional parts). (Not named `html`:
 * Prettier would reformat such templates as HTML, and whitespace inside a textarea is its content.)
 */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}
