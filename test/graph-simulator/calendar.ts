import { graphError, json, notFound, randomId, readJson, badJson, type SimRequest, type SimResponse } from './sim-http';
import type { SimTokenService } from './token-endpoint';

export const CALENDAR_SCOPE = 'Calendars.ReadWrite';

export interface SimEvent {
  readonly id: string;
  readonly organiser: string;
  readonly transactionId: string | null;
  body: Record<string, unknown>;
  readonly joinUrl: string;
  changes: number;
}

/**
 * The signed-in user's calendar (`/me/events`): create and change events, each with a Teams join link when it is
 * an online meeting. As on Graph, `/me` needs a DELEGATED token (an app token has no "me") carrying
 * Calendars.ReadWrite, and a create repeated with the same transactionId gives back the first event.
 */
export class SimCalendars {
  readonly events = new Map<string, SimEvent>();

  constructor(private readonly tokens: SimTokenService) {}

  eventsOf(user: string): SimEvent[] {
    return [...this.events.values()].filter((e) => e.organiser === user);
  }

  handle(request: SimRequest, rest: string): SimResponse {
    const bearer = /^Bearer (\S+)$/.exec(request.headers['authorization'] ?? '')?.[1] ?? '';
    const grant = this.tokens.delegated.get(bearer);
    if (!grant) {
      return graphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
    }
    if (!grant.scopes.some((s) => s === CALENDAR_SCOPE || s.endsWith(`/${CALENDAR_SCOPE}`))) {
      return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    }
    if (rest === '' && request.method === 'POST') return this.create(request, grant.user);
    const byId = /^\/([^/]+)$/.exec(rest);
    const event = byId ? this.events.get(byId[1] ?? '') : undefined;
    if (byId && (!event || event.organiser !== grant.user)) return notFound('The event');
    if (event && request.method === 'PATCH') return this.update(request, event);
    if (event && request.method === 'GET') return json(200, this.toJson(event));
    return graphError(400, 'BadRequest', `Unsupported: ${request.method} /me/events${rest}`);
  }

  private create(request: SimRequest, user: string): SimResponse {
    const body = readJson(request);
    if (!body) return badJson();
    const transactionId = typeof body['transactionId'] === 'string' ? body['transactionId'] : null;
    const earlier = [...this.events.values()].find(
      (e) => transactionId !== null && e.transactionId === transactionId && e.organiser === user,
    );
    if (earlier) return json(201, this.toJson(earlier));
    const id = `AAMk${randomId().replace(/-/g, '')}`;
    const event: SimEvent = {
      id,
      organiser: user,
      transactionId,
      body,
      joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id.slice(4, 20)}%40thread.v2/0`,
      changes: 0,
    };
    this.events.set(id, event);
    return json(201, this.toJson(event));
  }

  private update(request: SimRequest, event: SimEvent): SimResponse {
    const body = readJson(request);
    if (!body) return badJson();
    event.body = { ...event.body, ...body };
    event.changes += 1;
    return json(200, this.toJson(event));
  }

  private toJson(event: SimEvent): Record<string, unknown> {
    const online = event.body['isOnlineMeeting'] === true && event.body['onlineMeetingProvider'] === 'teamsForBusiness';
    return {
      ...event.body,
      id: event.id,
      isOnlineMeeting: online,
      onlineMeeting: online ? { joinUrl: event.joinUrl } : null,
    };
  }
}
