import { conflictBehaviorOf, driveItemJson, putFile, splitPath, type ConflictBehavior, type Downloads } from './drive';
import { graphError, json, notFound, randomId, readJson, type SimRequest, type SimResponse } from './sim-http';
import type { SimDrive } from './state';

/**
 * Upload sessions as Graph runs them for document libraries: fragments in order, each a multiple of 320 KiB
 * except the last, at most 60 MiB; a fragment that does not start where the server expects is refused with 416;
 * the session URL is pre-authenticated and refuses an Authorization header; the last byte commits the file.
 */
export const FRAGMENT_UNIT = 320 * 1024;
export const MAX_FRAGMENT = 60 * 1024 * 1024;

interface Session {
  readonly id: string;
  readonly drive: SimDrive;
  readonly target: { parentPath: string; name: string };
  readonly behavior: ConflictBehavior;
  readonly chunks: Buffer[];
  received: number;
  total: number | undefined;
  readonly expires: string;
}

export class UploadSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly downloads: Downloads) {}

  /** Open sessions (upload URLs not yet committed or cancelled), by drive. */
  openSessions(driveId?: string): string[] {
    return [...this.sessions.values()].filter((s) => !driveId || s.drive.id === driveId).map((s) => s.id);
  }

  create(request: SimRequest, drive: SimDrive, path: string): SimResponse {
    const target = splitPath(path);
    if ('status' in target) return target;
    const body = readJson(request) ?? {};
    const item =
      typeof body['item'] === 'object' && body['item'] !== null ? (body['item'] as Record<string, unknown>) : {};
    const behavior = conflictBehaviorOf(item['@microsoft.graph.conflictBehavior'], 'replace');
    const session: Session = {
      id: randomId(),
      drive,
      target,
      behavior,
      chunks: [],
      received: 0,
      total: undefined,
      expires: new Date(Date.now() + 15 * 60_000).toISOString(),
    };
    this.sessions.set(session.id, session);
    return json(200, {
      uploadUrl: `${request.fileOrigin}/upload/${session.id}`,
      expirationDateTime: session.expires,
      nextExpectedRanges: ['0-'],
    });
  }

  status(sessionId: string): SimResponse {
    const session = this.sessions.get(sessionId);
    if (!session) return notFound('The upload session');
    return json(200, { expirationDateTime: session.expires, nextExpectedRanges: expected(session) });
  }

  cancel(sessionId: string): SimResponse {
    if (!this.sessions.delete(sessionId)) return notFound('The upload session');
    return { status: 204 };
  }

  put(request: SimRequest, sessionId: string): SimResponse {
    if (request.headers['authorization']) {
      return graphError(
        401,
        'unauthenticated',
        'Do not send an Authorization header to a pre-authenticated upload URL',
      );
    }
    const session = this.sessions.get(sessionId);
    if (!session) return notFound('The upload session');
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(request.headers['content-range'] ?? '');
    if (!range) return graphError(400, 'invalidRequest', 'A fragment needs Content-Range: bytes start-end/total');
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    const length = end - start + 1;
    if (length !== request.body.length) {
      return graphError(400, 'invalidRequest', `Content-Range says ${length} bytes but ${request.body.length} came`);
    }
    if (session.total !== undefined && session.total !== total) {
      return graphError(400, 'invalidRequest', 'The total size changed during the upload');
    }
    if (start !== session.received) {
      return graphError(416, 'invalidRange', `The fragment starts at ${start}; expected ${session.received}`, {});
    }
    if (length > MAX_FRAGMENT) return graphError(413, 'requestEntityTooLarge', 'Fragments are at most 60 MiB');
    const last = end === total - 1;
    if (!last && length % FRAGMENT_UNIT !== 0) {
      return graphError(400, 'invalidRange', 'Fragments other than the last must be a multiple of 320 KiB');
    }
    session.total = total;
    session.chunks.push(request.body);
    session.received += length;
    if (!last) {
      return json(202, { expirationDateTime: session.expires, nextExpectedRanges: expected(session) });
    }
    this.sessions.delete(session.id);
    const result = putFile(session.drive, session.target, Buffer.concat(session.chunks), session.behavior);
    if ('status' in result) return result;
    return json(result.created ? 201 : 200, driveItemJson(request, session.drive, result.item, this.downloads));
  }
}

function expected(session: Session): string[] {
  return [session.total === undefined ? `${session.received}-` : `${session.received}-${session.total - 1}`];
}
