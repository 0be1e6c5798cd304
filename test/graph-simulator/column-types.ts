/*
 * Typed columns as Graph makes and checks them (Microsoft Learn: columnDefinition, textColumn, numberColumn,
 * booleanColumn, dateTimeColumn, choiceColumn). A definition carries exactly one type facet; a value written to a
 * column must be of its type; date and time values come back as Graph gives them: whole seconds in UTC
 * ("2027-01-18T09:30:00Z"), and a date-only column's value as midnight UTC of its day ("2027-01-18T00:00:00Z").
 */

export type ColumnType = 'text' | 'note' | 'number' | 'boolean' | 'dateTime' | 'choice';

export interface ColumnTypeFacts {
  readonly type: ColumnType;
  /** dateTime columns: dateOnly or dateTime. */
  readonly format?: 'dateOnly' | 'dateTime';
  /** choice columns: the words allowed. */
  choices?: string[];
  readonly allowTextEntry?: boolean;
}

const TYPE_FACETS = ['text', 'number', 'boolean', 'dateTime', 'choice'] as const;
const OTHER_FACETS = ['calculated', 'currency', 'lookup', 'personOrGroup', 'hyperlinkOrPicture', 'geolocation', 'term'];
const DECIMAL_PLACES = ['automatic', 'none', 'one', 'two', 'three', 'four', 'five'];
const NUMBER_DISPLAY = ['number', 'percentage'];
const DATE_DISPLAY = ['default', 'friendly', 'standard'];
const CHOICE_DISPLAY = ['checkBoxes', 'dropDownMenu', 'radioButtons'];

function facet(definition: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const value = definition[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function oneOf(value: unknown, allowed: readonly string[]): boolean {
  return value === undefined || (typeof value === 'string' && allowed.includes(value));
}

/** The type of a column definition, or why Graph refuses it. */
export function typeFromDefinition(name: string, definition: Record<string, unknown>): ColumnTypeFacts | string {
  const present = [...TYPE_FACETS, ...OTHER_FACETS].filter((f) => definition[f] !== undefined);
  if (present.length !== 1) return `Column ${name} must have exactly one type facet (it has ${present.length})`;
  const [kind] = present;
  if (kind === undefined) return `Column ${name} has no type facet`;
  const body = facet(definition, kind);
  if (!body) return `Column ${name}: the ${kind} facet must be an object`;
  switch (kind) {
    case 'text':
      if (!oneOf(body['textType'], ['plain', 'richText'])) return `Column ${name}: textType must be plain or richText`;
      return { type: body['allowMultipleLines'] === true ? 'note' : 'text' };
    case 'number':
      if (!oneOf(body['decimalPlaces'], DECIMAL_PLACES)) return `Column ${name}: decimalPlaces is not valid`;
      if (!oneOf(body['displayAs'], NUMBER_DISPLAY)) return `Column ${name}: displayAs must be number or percentage`;
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'dateTime': {
      if (!oneOf(body['displayAs'], DATE_DISPLAY))
        return `Column ${name}: displayAs must be default, friendly or standard`;
      const format = body['format'] ?? 'dateTime';
      if (format !== 'dateOnly' && format !== 'dateTime') return `Column ${name}: format must be dateOnly or dateTime`;
      return { type: 'dateTime', format };
    }
    case 'choice': {
      const choices = body['choices'];
      if (!Array.isArray(choices) || choices.length === 0 || !choices.every((c) => typeof c === 'string' && c !== '')) {
        return `Column ${name}: choices must be a list of words`;
      }
      if (new Set(choices).size !== choices.length) return `Column ${name}: choices must not repeat`;
      if (!oneOf(body['displayAs'], CHOICE_DISPLAY)) return `Column ${name}: displayAs is not valid`;
      return { type: 'choice', choices: [...(choices as string[])], allowTextEntry: body['allowTextEntry'] === true };
    }
    default:
      return `Column ${name} has a type this simulator does not model (${kind})`;
  }
}

/** The type facet of a column as Graph returns it. */
export function typeFacetJson(facts: ColumnTypeFacts, maxLength: number): Record<string, unknown> {
  switch (facts.type) {
    case 'text':
    case 'note':
      return { text: { allowMultipleLines: facts.type === 'note', maxLength, textType: 'plain' } };
    case 'number':
      return { number: { decimalPlaces: 'automatic', displayAs: 'number' } };
    case 'boolean':
      return { boolean: {} };
    case 'dateTime':
      return { dateTime: { displayAs: 'default', format: facts.format ?? 'dateTime' } };
    case 'choice':
      return {
        choice: {
          allowTextEntry: facts.allowTextEntry ?? false,
          choices: [...(facts.choices ?? [])],
          displayAs: 'dropDownMenu',
        },
      };
  }
}

/**
 * The value as SharePoint stores it, or why it refuses it (400 invalidRequest). Null clears a value of any type.
 */
export function storedValue(
  facts: ColumnTypeFacts,
  name: string,
  value: unknown,
): { value: unknown } | { refused: string } {
  const wrong = { refused: `Field '${name}' has a value of the wrong type` };
  switch (facts.type) {
    case 'text':
    case 'note':
      return typeof value === 'string' ? { value } : wrong;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : wrong;
    case 'boolean':
      return typeof value === 'boolean' ? { value } : wrong;
    case 'choice':
      if (typeof value !== 'string') return wrong;
      return facts.allowTextEntry || (facts.choices ?? []).includes(value)
        ? { value }
        : { refused: `Field '${name}': '${value}' is not one of its choices` };
    case 'dateTime': {
      const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(time)) return { refused: `Field '${name}': '${String(value)}' is not a valid date and time` };
      const iso = new Date(time).toISOString();
      return { value: facts.format === 'dateOnly' ? `${iso.slice(0, 10)}T00:00:00Z` : `${iso.slice(0, 19)}Z` };
    }
  }
}
