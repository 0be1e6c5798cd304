import type { Request } from 'restify';
import { clientAddress } from '../../../src/api/client-address';

function requestFrom(socketAddress: string, forwardedFor?: string): Request {
  const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  return { socket: { remoteAddress: socketAddress }, headers } as unknown as Request;
}

describe('the client address used to rate-limit requests that need no sign-in', () => {
  it('is the socket’s address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(requestFrom('192.0.2.1', '203.0.113.9'), 0)).toBe('192.0.2.1');
  });

  it('is the address the trusted proxy saw, not one the client wrote before it', () => {
    expect(clientAddress(requestFrom('10.0.0.4', '198.51.100.1, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientAddress(requestFrom('10.0.0.4', '198.51.100.1, 203.0.113.9, 10.0.0.9'), 2)).toBe('203.0.113.9');
  });

  it('drops the port Azure App Service adds, for IPv4 and bracketed IPv6', () => {
    expect(clientAddress(requestFrom('10.0.0.4', '203.0.113.9:50123'), 1)).toBe('203.0.113.9');
    expect(clientAddress(requestFrom('10.0.0.4', '[2001:db8::1]:50123'), 1)).toBe('2001:db8::1');
    expect(clientAddress(requestFrom('10.0.0.4', '2001:db8::1'), 1)).toBe('2001:db8::1');
  });

  it('falls back to the socket’s address when the header is missing', () => {
    expect(clientAddress(requestFrom('10.0.0.4'), 1)).toBe('10.0.0.4');
  });
});
