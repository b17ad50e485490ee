import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers';

/** The headers the middleware sets on a response, without a server. */
function headersFor(nodeEnv: 'development' | 'test' | 'production'): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  let nextCalled = false;
  securityHeaders({ nodeEnv })({} as IncomingMessage as never, res as never, () => (nextCalled = true));
  expect(nextCalled).toBe(true);
  return headers;
}

describe('securityHeaders', () => {
  it('a strict policy for an API that serves no pages', () => {
    expect(headersFor('development')['content-security-policy']).toBe(API_CONTENT_SECURITY_POLICY);
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('HSTS in production only', () => {
    expect(headersFor('production')['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headersFor('development')['strict-transport-security']).toBeUndefined();
    expect(headersFor('test')['strict-transport-security']).toBeUndefined();
  });
});
