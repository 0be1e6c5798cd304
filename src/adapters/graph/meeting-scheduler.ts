import { z } from 'zod';
import {
  MeetingUnavailableError,
  type MeetingRequest,
  type MeetingScheduler,
  type ScheduledMeeting,
} from '../../services/ports';
import { ConsentRequiredError } from '../../services/user-files';
import type { GraphClientFactory } from './graph-client-factory';
import type { GraphResult } from './graph-http';
import type { OnBehalfOf } from './user-file-source';

/** What Graph answers for an event; only what the visit keeps. */
const EventAnswer = z.object({
  id: z.string().min(1),
  onlineMeeting: z
    .object({ joinUrl: z.string().min(1) })
    .nullable()
    .optional(),
});

export const CALENDAR_SCOPE = 'Calendars.ReadWrite';
const CONSENT_PURPOSE = 'add the visit to your Teams calendar';

function eventBody(request: MeetingRequest): Record<string, unknown> {
  return {
    subject: request.subject,
    body: { contentType: 'text', content: request.body },
    start: { dateTime: `${request.start}:00`, timeZone: request.timeZone },
    end: { dateTime: `${request.end}:00`, timeZone: request.timeZone },
    attendees: request.attendees.map((a) => ({ emailAddress: { address: a.email, name: a.name }, type: 'required' })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    allowNewTimeProposals: false,
  };
}

/**
 * Schedules the visit in the signed-in person's own calendar with THEIR delegated token (on-behalf-of,
 * Calendars.ReadWrite): POST /me/events to create, PATCH /me/events/{id} to change the same event. Graph's
 * throttling (429 with Retry-After) is retried by the shared Graph client; a refusal for want of consent becomes
 * ConsentRequiredError (the tab asks for it); anything else is MeetingUnavailableError and nothing is kept.
 */
export class GraphMeetingScheduler implements MeetingScheduler {
  constructor(
    private readonly graph: GraphClientFactory,
    private readonly obo: OnBehalfOf,
  ) {}

  async schedule(userToken: string, request: MeetingRequest, eventId: string | null): Promise<ScheduledMeeting> {
    const scopes = [`https://${this.graph.graphHost.replace(/:\d+$/, '')}/${CALENDAR_SCOPE}`];
    const http = this.graph.forUser(() =>
      this.obo.getGraphToken(userToken, scopes).catch((error: unknown) => {
        throw error instanceof ConsentRequiredError
          ? new ConsentRequiredError(error.scopes, { cause: error }, CONSENT_PURPOSE)
          : error;
      }),
    );
    const send = async (method: 'POST' | 'PATCH', url: string, body: Record<string, unknown>) => {
      try {
        return await http.call({ method, url, body, idempotent: true });
      } catch (error) {
        if (error instanceof ConsentRequiredError) throw error;
        throw new MeetingUnavailableError(unavailable(), { cause: error });
      }
    };
    let answer: GraphResult | undefined;
    if (eventId !== null) {
      answer = await send('PATCH', `/me/events/${encodeURIComponent(eventId)}`, eventBody(request));
      // Deleted from the calendar since: make a new one rather than fail.
      if (answer.status === 404) answer = undefined;
    }
    answer ??= await send('POST', '/me/events', { ...eventBody(request), transactionId: request.transactionId });
    if (answer.status === 401 || answer.status === 403) {
      throw new ConsentRequiredError(scopes, undefined, CONSENT_PURPOSE);
    }
    const event = EventAnswer.safeParse(answer.body);
    if (answer.status < 200 || answer.status > 299 || !event.success || !event.data.onlineMeeting) {
      throw new MeetingUnavailableError(unavailable(answer.status));
    }
    return { eventId: event.data.id, joinUrl: event.data.onlineMeeting.joinUrl };
  }
}

function unavailable(status?: number): string {
  return (
    `Microsoft 365 did not schedule the meeting${status ? ` (it answered ${status})` : ''}, so nothing was changed. ` +
    'Try again in a few minutes; if it keeps failing, make the meeting in Teams and paste its join link here.'
  );
}
