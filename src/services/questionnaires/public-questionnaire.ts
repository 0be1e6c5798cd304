import { askedQuestions, type AskedQuestion } from '../../domain/questionnaires/asked-questions';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire';
import { deviceMayAnswer, isRunOpen } from '../../domain/questionnaires/questionnaire-run';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';
import { runForToken } from './public-link-run';

/** One question as the public page asks it. */
export type PublicItem = AskedQuestion;

/** What the public page may show: the questionnaire's own words, nothing about the service, results or people. */
export interface PublicQuestionnaire {
  readonly title: string;
  readonly language: string;
  readonly introduction: string;
  readonly items: readonly PublicItem[];
}

/** The state of a public link for one device: open to answer, already answered on this device, or closed. */
export type PublicLinkState =
  | { readonly state: 'open'; readonly questionnaire: PublicQuestionnaire }
  | { readonly state: 'answered_on_this_device' | 'closed'; readonly title: string; readonly language: string };

/**
 * What a person who opens a public link sees. An unknown token is refused the same way whatever it is; a device
 * that has answered a run that takes one answer per device is told so before anything else.
 */
export async function publicLinkState(
  ports: Ports,
  token: string,
  deviceHasAnswered: boolean,
): Promise<PublicLinkState> {
  const run = await runForToken(ports, token);
  const questionnaire = await ports.store.get('questionnaire', run.questionnaireId);
  if (!questionnaire) throw new NotFoundError('questionnaire', run.questionnaireId);
  const { title, language } = questionnaire;
  if (!deviceMayAnswer(run, deviceHasAnswered)) return { state: 'answered_on_this_device', title, language };
  if (!isRunOpen(run, ports.clock.now().toISOString())) return { state: 'closed', title, language };
  return { state: 'open', questionnaire: publicQuestionnaire(questionnaire) };
}

function publicQuestionnaire(q: Questionnaire): PublicQuestionnaire {
  return {
    title: q.title,
    language: q.language,
    introduction: q.introduction,
    items: askedQuestions(q),
  };
}
