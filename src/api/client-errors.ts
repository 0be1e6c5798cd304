import type { Socket } from 'node:net';
import { problem, type Problem } from './problem';

/** Node's HTTP parser error codes for requests whose request line and headers are over its size limit. */
const TOO_LARGE_CODES = new Set(['HPE_HEADER_OVERFLOW']);

function problemFor(error: Error & { code?: string }): { reason: string; body: Problem } {
  if (error.code && TOO_LARGE_CODES.has(error.code)) {
    return {
      reason: 'Request Header Fields Too Large',
      body: problem(
        431,
        'too_large',
        'The address or the headers are too long. Shorten them (ids are at most 200 characters) and try again.',
      ),
    };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      reason: 'Request Timeout',
      body: problem(
        408,
        'request_timeout',
        'The request took too long to arrive. Check your connection and try again.',
      ),
    };
  }
  return {
    reason: 'Bad Request',
    body: problem(400, 'bad_request', 'The request is not valid HTTP. Send it again with a standard HTTP client.'),
  };
}

/**
 * Answers requests that Node's HTTP parser refuses (before any route runs) with a problem, as every other error
 * is answered, instead of Node's bare status line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { reason, body } = problemFor(error);
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${body.status} ${reason}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      'Connection: close\r\n\r\n' +
      json,
  );
}
