import { TestPlatform } from '../../../../test/platform';
import { API_CONTENT_SECURITY_POLICY } from '../security-headers';

/** What helmet must have put on a response of the API. */
function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('content-security-policy')).toBe(API_CONTENT_SECURITY_POLICY);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('x-powered-by')).toBeNull();
  // Not in production: HSTS only makes sense behind TLS (see security-headers.spec.ts for production).
  expect(headers.get('strict-transport-security')).toBeNull();
}

describe('security headers on every API response', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(() => platform.close());

  it('/graphql, for an answer and for an error', async () => {
    for (const query of ['{ me { id } }', '{ nosuchfield }']) {
      const response = await fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expectSecurityHeaders(response.headers);
    }
  });

  it('/graphql refusing a request without a CSRF preflight', async () => {
    const response = await fetch(`${platform.baseUrl}/graphql?query=%7B__typename%7D`);
    expect(response.status).toBe(400);
    expectSecurityHeaders(response.headers);
  });

  it('/health', async () => {
    const response = await fetch(`${platform.baseUrl}/health`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers);
  });

  it('a path that does not exist', async () => {
    const response = await fetch(`${platform.baseUrl}/finns-inte`);
    expect(response.status).toBe(404);
    expectSecurityHeaders(response.headers);
  });
});
