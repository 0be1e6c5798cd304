import { pageLanguage } from '../../domain/questionnaires/questionnaire-language';
import {
  ALREADY_ANSWERED_ON_THIS_DEVICE,
  QUESTIONNAIRE_CLOSED,
  THANK_YOU,
} from '../../services/questionnaires/questionnaire-answers';
import { UNKNOWN_LINK } from '../../services/questionnaires/public-link-run';
import { markup } from '../html';
import { pageFrame } from './page-frame';

/** The public pages that are a single message: each says only what the person needs, nothing about anyone else. */
export interface PlainPage {
  readonly status: number;
  readonly html: string;
}

/** The questionnaire a message is about: its title, marked with the questionnaire's own language. */
interface AboutQuestionnaire {
  readonly title: string;
  readonly language: string;
}

/** The pages' own words are English; a questionnaire's title keeps its language for screen readers. */
function messagePage(status: number, heading: string, message: string, about?: AboutQuestionnaire): PlainPage {
  const h1 = about
    ? markup`<h1 lang="${pageLanguage(about.language)}">${about.title}</h1>`
    : markup`<h1>${heading}</h1>`;
  return {
    status,
    html: pageFrame({
      lang: 'en-GB',
      title: about?.title ?? heading,
      body: markup`${h1}
        <p>${message}</p>`,
    }),
  };
}

/** After a stored answer: nothing about the service or the questionnaire, only thanks. */
export function thankYouPage(): PlainPage {
  return messagePage(200, 'Thank you', `${THANK_YOU} You can close this page now.`);
}

/** A device that has answered a run that takes one answer per device. */
export function alreadyAnsweredPage(questionnaire: AboutQuestionnaire, status = 200): PlainPage {
  return messagePage(status, questionnaire.title, ALREADY_ANSWERED_ON_THIS_DEVICE, questionnaire);
}

/** A run past its closing date or closed early by the service. */
export function closedPage(questionnaire: AboutQuestionnaire): PlainPage {
  return messagePage(410, questionnaire.title, QUESTIONNAIRE_CLOSED, questionnaire);
}

/** Any token that opens no run: the same page whatever the token, so a guess learns nothing. */
export function unknownLinkPage(): PlainPage {
  return messagePage(404, 'This link does not work', UNKNOWN_LINK);
}

/** The store could not be reached: nothing was saved, and the browser's Back button still holds the answers. */
export function unavailablePage(status: number): PlainPage {
  return messagePage(
    status,
    'Sorry, something went wrong',
    'Your answers could not be saved just now. Go back with your browser’s Back button (your answers are still there) and send them again in a few minutes.',
  );
}
