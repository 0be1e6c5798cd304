import { MAX_FREE_TEXT_LENGTH } from '../../domain/questionnaires/questionnaire';
import { pageLanguage } from '../../domain/questionnaires/questionnaire-language';
import type { PublicItem, PublicQuestionnaire } from '../../services/questionnaires/public-questionnaire';
import { markup, type Html } from '../html';
import { pageFrame } from './page-frame';
import type { PlainPage } from './plain-pages';
import { shortLinkPath } from './short-link';
import { HONEYPOT_FIELD, choiceField, textField, type TypedAnswers } from './typed-answers';

/** A problem to list at the top of the form; `itemCode` links it to its question when it has one on the page. */
export interface FormProblem {
  readonly itemCode?: string;
  readonly message: string;
}

const NO_NAMES_REMINDER =
  'Please do not name anyone, such as a member of staff or another patient, so that nobody can be identified. ' +
  `Up to ${MAX_FREE_TEXT_LENGTH.toLocaleString('en-GB')} characters.`;

/** Ids by question number, not item code: numbers are always valid in an id and in a link's #fragment. */
const questionId = (item: PublicItem): string => `q${item.number}`;
const firstInputId = (item: PublicItem): string => (item.options.length > 0 ? `q${item.number}-1` : questionId(item));
const errorId = (item: PublicItem): string => `q${item.number}-error`;

function errorSummary(problems: readonly FormProblem[], items: readonly PublicItem[]): Html | null {
  if (problems.length === 0) return null;
  const byCode = new Map(items.map((i) => [i.code, i]));
  const entries = problems.map((p) => {
    const item = p.itemCode === undefined ? undefined : byCode.get(p.itemCode);
    return item ? markup`<li><a href="#${firstInputId(item)}">${p.message}</a></li>` : markup`<li>${p.message}</li>`;
  });
  return markup`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">There is a problem</h2>
<ul>${entries}</ul>
</div>`;
}

function questionLabel(item: PublicItem): Html {
  return markup`${item.number}. ${item.text}${item.required ? null : markup` <span class="optional">(optional)</span>`}`;
}

function choiceQuestion(item: PublicItem, typed: TypedAnswers, problem: string | undefined): Html {
  const chosen = typed.choices[item.code];
  const options = item.options.map((option, i) => {
    const id = `${questionId(item)}-${i + 1}`;
    const checked = chosen === option.code ? markup` checked` : null;
    return markup`<label class="option" for="${id}"><input type="radio" id="${id}" name="${choiceField(item.code)}" value="${option.code}"${checked}> ${option.label}</label>\n`;
  });
  const invalid = problem ? markup` class="has-error" aria-describedby="${errorId(item)}"` : null;
  return markup`<fieldset id="${questionId(item)}"${invalid}>
<legend>${questionLabel(item)}</legend>
${problem ? markup`<p class="error-message" id="${errorId(item)}">${problem}</p>` : null}
${options}</fieldset>
`;
}

function textQuestion(item: PublicItem, typed: TypedAnswers, problem: string | undefined): Html {
  const hintId = `${questionId(item)}-hint`;
  const describedBy = problem ? `${hintId} ${errorId(item)}` : hintId;
  const invalid = problem ? markup` aria-invalid="true"` : null;
  return markup`<div class="question-block${problem ? ' has-error' : ''}">
<label class="question" for="${questionId(item)}">${questionLabel(item)}</label>
<p class="hint" id="${hintId}">${NO_NAMES_REMINDER}</p>
${problem ? markup`<p class="error-message" id="${errorId(item)}">${problem}</p>` : null}
<textarea id="${questionId(item)}" name="${textField(item.code)}" rows="6" aria-describedby="${describedBy}"${invalid}>${typed.texts[item.code] ?? ''}</textarea>
</div>
`;
}

function paragraphs(text: string): Html[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => markup`<p>${p}</p>\n`);
}

/**
 * The questionnaire as a plain HTML form that works without JavaScript: it posts to its own short link. After a
 * refusal it comes back with every problem listed at the top, each linked to its question, and what was typed kept.
 */
export function answerFormPage(options: {
  readonly token: string;
  readonly questionnaire: PublicQuestionnaire;
  readonly typed?: TypedAnswers;
  readonly problems?: readonly FormProblem[];
  readonly status?: number;
}): PlainPage {
  const { questionnaire: q } = options;
  const typed = options.typed ?? { choices: {}, texts: {} };
  const problems = options.problems ?? [];
  const problemOf = (item: PublicItem): string | undefined => problems.find((p) => p.itemCode === item.code)?.message;
  const questions = q.items.map((item) =>
    item.options.length > 0 ? choiceQuestion(item, typed, problemOf(item)) : textQuestion(item, typed, problemOf(item)),
  );
  const optionalNote = q.items.some((i) => !i.required) ? ' Questions marked (optional) can be left blank.' : '';
  const body = markup`<h1>${q.title}</h1>
${errorSummary(problems, q.items)}
${paragraphs(q.introduction)}<p>This questionnaire is anonymous: it does not ask for your name or any details about you.${optionalNote}</p>
<form method="post" action="${shortLinkPath(options.token)}" novalidate>
${questions}<div class="hp">
<label for="${HONEYPOT_FIELD}">Leave this empty</label>
<input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" autocomplete="off" tabindex="-1">
</div>
<button type="submit">Send my answers</button>
</form>`;
  return {
    status: options.status ?? 200,
    html: pageFrame({
      lang: pageLanguage(q.language),
      title: problems.length > 0 ? `Error: ${q.title}` : q.title,
      body,
    }),
  };
}
