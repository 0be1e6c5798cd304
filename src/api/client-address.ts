import type { Request } from 'restify';

/** "203.0.113.9:50123" -> "203.0.113.9"; "[2001:db8::1]:50123" -> "2001:db8::1"; a bare IPv6 address stays. */
function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort?.[1] ?? address;
}

/**
 * The address a request came from, for per-address limits on routes that need no sign-in. Behind `trustedHops`
 * proxies (Azure App Service's front end is one) it is the entry the outermost trusted proxy appended to
 * X-Forwarded-For; entries before it were written by the client and could be anything, so they are never used.
 */
export function clientAddress(req: Request, trustedHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const seenByOutermostProxy = forwarded[forwarded.length - trustedHops];
  return seenByOutermostProxy ? withoutPort(seenByOutermostProxy) : socketAddress;
}
