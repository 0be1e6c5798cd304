import type { IsoDateTime, Versioned } from '../ids';
import type { Audience } from './questionnaire';

/** Results (and free text) are shown only from this many answers up, unless the network sets another minimum. */
export const DEFAULT_MINIMUM_ANSWERS = 5;

/**
 * A questionnaire opened for one service in one cycle. People answer through a public link that carries a token;
 * only the token's hash is stored, so a copy of the store cannot be used to answer.
 */
export interface QuestionnaireRun extends Versioned {
  readonly questionnaireId: string;
  readonly audience: Audience;
  readonly serviceId: string;
  readonly organisationId: string;
  readonly cycleId: string;
  /** The framework version the questionnaire's items inform (for results beside the standards). */
  readonly frameworkId: string;
  /** SHA-256 of the public token, hex. */
  readonly tokenHash: string;
  readonly openedBy: string;
  readonly openedAt: IsoDateTime;
  /** Answers are refused from this moment on. */
  readonly closesAt: IsoDateTime;
  /** Set when the lead closed it before its closing date. */
  readonly closedEarlyAt?: IsoDateTime;
  readonly closedEarlyBy?: string;
  readonly minimumAnswers: number;
}

/** One run per questionnaire, service and cycle: two leads opening it at once leave one run and a conflict. */
export function questionnaireRunId(cycleId: string, serviceId: string, questionnaireId: string): string {
  return `${cycleId}:${serviceId}:${questionnaireId}`;
}

export function isRunOpen(run: QuestionnaireRun, now: IsoDateTime): boolean {
  return run.closedEarlyAt === undefined && now < run.closesAt;
}
