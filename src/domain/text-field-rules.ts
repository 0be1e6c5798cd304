/**
 * The rules for the text a person types into the network's admin forms, declared once: the API's input schemas
 * are built from them (src/api/contracts), and the tab checks a form against the same rules before it sends
 * anything, so the two cannot disagree and a person sees every problem at once, in the same words.
 */
export interface TextFieldRule {
  /** What to enter, as it reads after "Enter": "the organisation's name". */
  readonly enter: string;
  readonly required: boolean;
  readonly maxLength: number;
  readonly format?: 'email' | 'tenant_id';
}

// The e-mail shape the API has always accepted (zod's): a local part and a domain with a dot.
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const TENANT_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** What is wrong with one value (trimmed first, as the API trims it), in words for people; null when nothing. */
export function textFieldProblem(rule: TextFieldRule, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return rule.required ? `Enter ${rule.enter}.` : null;
  if (value.length > rule.maxLength) {
    return `Shorten ${rule.enter} to ${rule.maxLength.toLocaleString('en-GB')} characters or fewer (it has ${value.length.toLocaleString('en-GB')}).`;
  }
  if (rule.format === 'email' && !EMAIL.test(value)) return 'Enter an e-mail address, like name@example.com.';
  if (rule.format === 'tenant_id' && !TENANT_ID.test(value)) {
    return 'Enter the tenant id as Microsoft 365 shows it, like 72f988bf-86f1-41af-91ab-2d7cd011db47, or leave it empty.';
  }
  return null;
}

/** Every problem of a form at once, by field. */
export function textFieldProblems<Field extends string>(
  rules: Readonly<Record<Field, TextFieldRule>>,
  values: Readonly<Record<Field, string>>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of Object.keys(rules) as Field[]) {
    const problem = textFieldProblem(rules[field], values[field]);
    if (problem !== null) problems[field] = problem;
  }
  return problems;
}

export const ORGANISATION_TEXT_FIELDS = {
  name: { enter: "the organisation's name", required: true, maxLength: 200 },
  shortName: { enter: 'a short name', required: true, maxLength: 20 },
  tenantId: { enter: 'the tenant id', required: false, maxLength: 36, format: 'tenant_id' },
} as const satisfies Record<string, TextFieldRule>;

export const SERVICE_TEXT_FIELDS = {
  name: { enter: "the service's name", required: true, maxLength: 200 },
  description: { enter: 'what the service does', required: false, maxLength: 2000 },
  population: { enter: 'the population it serves', required: false, maxLength: 2000 },
} as const satisfies Record<string, TextFieldRule>;

export const PERSON_TEXT_FIELDS = {
  displayName: { enter: 'their name', required: true, maxLength: 200 },
  email: { enter: 'their work e-mail address', required: true, maxLength: 320, format: 'email' },
  jobTitle: { enter: 'their job title', required: false, maxLength: 200 },
} as const satisfies Record<string, TextFieldRule>;

export const GUEST_TEXT_FIELDS = {
  displayName: { enter: 'their name', required: true, maxLength: 200 },
  email: { enter: 'an e-mail address', required: true, maxLength: 320, format: 'email' },
} as const satisfies Record<string, TextFieldRule>;

/** The review team's return for information: its introduction and each ask (empty asks are left out). */
export const RETURN_TEXT_FIELDS = {
  message: { enter: 'the introduction', required: false, maxLength: 5000 },
  ask: { enter: 'the ask', required: false, maxLength: 2000 },
} as const satisfies Record<string, TextFieldRule>;

/** A comment on a passage of the report in its factual-accuracy check. */
export const REPORT_COMMENT_TEXT_FIELDS = {
  section: { enter: 'the section of the report the passage is in', required: true, maxLength: 200 },
  passage: { enter: 'the passage that is wrong, as the report has it', required: true, maxLength: 5000 },
  whatIsWrong: { enter: 'what is wrong', required: true, maxLength: 5000 },
  shouldSay: { enter: 'what it should say', required: true, maxLength: 5000 },
} as const satisfies Record<string, TextFieldRule>;
