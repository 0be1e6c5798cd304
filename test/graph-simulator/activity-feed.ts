import { graphError, readJson, type SimRequest, type SimResponse } from './sim-http';

/** A notification as it landed in a person's Teams activity feed. */
export interface SimActivity {
  readonly userId: string;
  readonly activityType: string;
  readonly topic: { readonly source: string; readonly value: string; readonly webUrl: string };
  readonly previewText: string;
  readonly templateParameters: readonly { readonly name: string; readonly value: string }[];
}

/** Graph's limit for activity-feed notifications: 5 a second per app per tenant (one app, one tenant here). */
const PER_SECOND = 5;

/**
 * Teams activity feed notifications (POST /users/{id}/teamwork/sendActivityNotification), as strict as Graph:
 * an app token holding TeamsActivity.Send (403 "Missing role permissions" otherwise), the app installed for the
 * recipient (403 telling to install it otherwise, Graph's wording), an activity type the app's manifest declares,
 * a text topic with a Teams deep link, a preview of at most 150 characters, no `recipient` in the body on this
 * route, and at most 5 notifications a second (429 with Retry-After past that). Answers 204 with no body.
 */
export class SimActivityFeed {
  /** Whether the tenant's administrator granted the app TeamsActivity.Send. */
  granted = true;
  /** Object ids of the people who have the app installed. */
  readonly installedFor = new Set<string>();
  /** The activity types of the app's manifest (a test loads them from appPackage/manifest.json). */
  readonly activityTypes = new Set<string>();
  /** The Teams app id deep links must open. */
  teamsAppId = 'qin-teams-app';
  /** What landed in feeds, oldest first. */
  readonly delivered: SimActivity[] = [];
  /** Answers given 429 because the rate was exceeded. */
  throttled = 0;
  /** The simulator's clock for the rate limit, in milliseconds (a test may drive it). */
  now: () => number = () => performance.now();
  private readonly accepted: number[] = [];

  /** Forgets the sends of the last second (a test starting on its own clock must not inherit an earlier test's). */
  resetRate(): void {
    this.accepted.length = 0;
  }

  handle(request: SimRequest, userId: string): SimResponse {
    if (request.method !== 'POST') return graphError(405, 'BadRequest', 'sendActivityNotification takes POST');
    const token = (request.headers['authorization'] ?? '').replace(/^Bearer /, '');
    const isAppToken = token.startsWith('sim-app-token-') || token.startsWith('sim-mi-token-');
    if (!isAppToken || !this.granted) {
      return graphError(
        403,
        'Forbidden',
        "Missing role permissions on the request. API requires one of 'TeamsActivity.Send'. Roles on the request ''.",
      );
    }
    const body = readJson(request);
    const invalid = body ? this.invalid(body) : 'The request body is not JSON.';
    if (invalid !== null || !body) return graphError(400, 'BadRequest', invalid ?? 'Invalid request.');
    if (!this.installedFor.has(userId)) {
      return graphError(
        403,
        'Forbidden',
        `Application is not authorized to generate custom text notifications about '/users/${userId}' to the ` +
          'recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).',
      );
    }
    const now = this.now();
    while (this.accepted.length > 0 && (this.accepted[0] ?? 0) <= now - 1000) this.accepted.shift();
    if (this.accepted.length >= PER_SECOND) {
      this.throttled += 1;
      const waitMs = (this.accepted[0] ?? now) + 1000 - now;
      return graphError(429, 'TooManyRequests', 'Too many requests.', {
        'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
      });
    }
    this.accepted.push(now);
    const topic = body['topic'] as SimActivity['topic'];
    this.delivered.push({
      userId,
      activityType: String(body['activityType']),
      topic,
      previewText: String((body['previewText'] as { content: string }).content),
      templateParameters: body['templateParameters'] as SimActivity['templateParameters'],
    });
    return { status: 204 };
  }

  /** Why Graph would answer 400, or null. */
  private invalid(body: Record<string, unknown>): string | null {
    if ('recipient' in body) return 'The recipient is the user in the URL: the body must not name one.';
    const topic = body['topic'];
    if (typeof topic !== 'object' || topic === null) return 'topic is required.';
    const { source, value, webUrl } = topic as Record<string, unknown>;
    if (source !== 'text' && source !== 'entityUrl') return "topic.source must be 'text' or 'entityUrl'.";
    if (typeof value !== 'string' || value === '') return 'topic.value is required.';
    if (source === 'text') {
      const prefix = `https://teams.microsoft.com/l/entity/${encodeURIComponent(this.teamsAppId)}/`;
      if (typeof webUrl !== 'string' || !webUrl.startsWith(prefix)) {
        return `A text topic needs a webUrl that is a Teams deep link to the app (${prefix}...).`;
      }
    }
    const activityType = body['activityType'];
    if (typeof activityType !== 'string' || !this.activityTypes.has(activityType)) {
      return `The activity type '${String(activityType)}' is not declared in the app's manifest.`;
    }
    const preview = body['previewText'];
    const content = typeof preview === 'object' && preview !== null ? (preview as { content?: unknown }).content : null;
    if (typeof content !== 'string' || content.length > 150)
      return 'previewText.content must be 150 characters or fewer.';
    const parameters = body['templateParameters'];
    if (
      !Array.isArray(parameters) ||
      !parameters.every(
        (p: unknown) =>
          typeof p === 'object' &&
          p !== null &&
          typeof (p as { name?: unknown }).name === 'string' &&
          typeof (p as { value?: unknown }).value === 'string',
      )
    ) {
      return 'templateParameters must be a list of { name, value } strings.';
    }
    return null;
  }
}
