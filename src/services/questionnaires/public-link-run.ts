import type { QuestionnaireRun } from '../../domain/questionnaires/questionnaire-run';
import type { Ports } from '../context';
import { NotFoundError } from '../errors';

/** What anyone following a link that opens no run is told. */
export const UNKNOWN_LINK =
  'This questionnaire link is not valid. Check the link or QR code you were given, or ask the service for a new one.';

/** A link whose token matches no run: said the same way whatever the token, so a guess learns nothing. */
export class UnknownLinkError extends NotFoundError {
  constructor() {
    super('questionnaire', 'link');
    this.message = UNKNOWN_LINK;
  }
}

/** The run a public link's token opens, found by the token's digest (the store never holds the token itself). */
export async function runForToken(ports: Ports, token: string): Promise<QuestionnaireRun> {
  const tokens = ports.publicTokens;
  if (!tokens) throw new UnknownLinkError();
  const [run] = await ports.store.query('questionnaireRun', { tokenHash: tokens.digest(token) });
  if (!run) throw new UnknownLinkError();
  return run;
}
