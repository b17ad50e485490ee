import { describe, expect, it, vi } from 'vitest';
import { LoginMutation, MeQuery } from '../features/auth/graphql/operations';
import { createApolloClient } from './apollo-client';

function fakeFetch(body: unknown) {
  return vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })),
  );
}

const unauthenticated = { data: null, errors: [{ message: 'Du behöver logga in.', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('createApolloClient', () => {
  it('posts JSON to /graphql on its own origin, with the cookie (same-origin credentials) and no token', async () => {
    window.localStorage.setItem('modellkommuner.token', 'left-by-an-old-version');
    const fetch = fakeFetch({ data: { me: null } });
    const client = createApolloClient({ onUnauthenticated: vi.fn(), fetch });
    await client.query({ query: MeQuery });
    const [uri, init] = fetch.mock.calls[0] ?? [];
    expect(uri).toBe('/graphql');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(headers.has('authorization')).toBe(false);
  });

  it('asks for a new login when the session has ended', async () => {
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ onUnauthenticated, fetch: fakeFetch(unauthenticated) });
    await expect(client.query({ query: MeQuery })).rejects.toThrow('Du behöver logga in.');
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('leaves wrong credentials at login to the login form', async () => {
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ onUnauthenticated, fetch: fakeFetch(unauthenticated) });
    await expect(client.mutate({ mutation: LoginMutation, variables: { email: 'a@b.se', password: 'fel' } })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
