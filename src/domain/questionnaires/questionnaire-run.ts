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
  /**
   * Whether a device that has answered through the public link is refused a second answer (it is remembered by a
   * cookie on the device, never on the server). Absent on runs opened before the option existed: one per device.
   */
  readonly oneAnswerPerDevice?: boolean;
}

/** One run per questionnaire, service and cycle: two leads opening it at once leave one run and a conflict. */
export function questionnaireRunId(cycleId: string, serviceId: string, questionnaireId: string): string {
  return `${cycleId}:${serviceId}:${questionnaireId}`;
}

export function isRunOpen(run: QuestionnaireRun, now: IsoDateTime): boolean {
  return run.closedEarlyAt === undefined && now < run.closesAt;
}

/** A service that hands one phone or tablet round a waiting room opens its run with `oneAnswerPerDevice: false`. */
export function limitsOneAnswerPerDevice(run: QuestionnaireRun): boolean {
  return run.oneAnswerPerDevice !== false;
}

/** Whether a device may answer through the public link, given whether it says it has answered this run before. */
export function deviceMayAnswer(run: QuestionnaireRun, deviceHasAnswered: boolean): boolean {
  return !deviceHasAnswered || !limitsOneAnswerPerDevice(run);
}
