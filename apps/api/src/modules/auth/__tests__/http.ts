import { GqlResult, TestPlatform } from '../../../../test/platform';

export interface HttpResult<T> extends GqlResult<T> {
  headers: Headers;
  /** Set-Cookie headers of the response, one string per cookie. */
  cookies: string[];
}

/**
 * A GraphQL POST with the headers a test chooses: a session cookie instead of a bearer token, or an
 * X-Forwarded-For address (with TRUST_PROXY=true) to call from another client address.
 */
export async function post<T = Record<string, any>>(
  platform: TestPlatform,
  query: string,
  variables: Record<string, unknown> = {},
  options: { from?: string; cookie?: string; token?: string } = {},
): Promise<HttpResult<T>> {
  const response = await fetch(`${platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.from ? { 'x-forwarded-for': options.from } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GqlResult<T>;
  return { ...body, status: response.status, headers: response.headers, cookies: response.headers.getSetCookie() };
}

/** A Set-Cookie string taken apart: name, value and attributes (names lower-cased). */
export function parseSetCookie(header: string): { name: string; value: string; attributes: Record<string, string | true> } {
  const [pair, ...parts] = header.split(';');
  const eq = pair.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const part of parts) {
    const [key, ...rest] = part.trim().split('=');
    attributes[key.toLowerCase()] = rest.length ? rest.join('=') : true;
  }
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attributes };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
