import { describe, expect, it, vi } from 'vitest';
import { LoginMutation, MeQuery } from '../features/auth/graphql/operations';
import { createTokenStore } from '../features/auth/token-store';
import { createApolloClient } from './apollo-client';

function fakeFetch(body: unknown) {
  return vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })),
  );
}

const unauthenticated = { data: null, errors: [{ message: 'Du behöver logga in.', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('createApolloClient', () => {
  it('sends the stored token as a bearer token to /graphql', async () => {
    const tokens = createTokenStore(window.localStorage);
    tokens.set('secret-token');
    const fetch = fakeFetch({ data: { me: null } });
    const client = createApolloClient({ tokens, onUnauthenticated: vi.fn(), fetch });
    await client.query({ query: MeQuery });
    const [uri, init] = fetch.mock.calls[0] ?? [];
    expect(uri).toBe('/graphql');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer secret-token');
  });

  it('sends no authorization header without a token', async () => {
    const fetch = fakeFetch({ data: { me: null } });
    const client = createApolloClient({ tokens: createTokenStore(window.localStorage), onUnauthenticated: vi.fn(), fetch });
    await client.query({ query: MeQuery });
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).has('authorization')).toBe(false);
  });

  it('forgets the token and asks for a new login when the session has ended', async () => {
    const tokens = createTokenStore(window.localStorage);
    tokens.set('expired-token');
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ tokens, onUnauthenticated, fetch: fakeFetch(unauthenticated) });
    await expect(client.query({ query: MeQuery })).rejects.toThrow('Du behöver logga in.');
    expect(tokens.get()).toBeNull();
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('leaves wrong credentials at login to the login form', async () => {
    const tokens = createTokenStore(window.localStorage);
    tokens.set('still-valid');
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ tokens, onUnauthenticated, fetch: fakeFetch(unauthenticated) });
    await expect(client.mutate({ mutation: LoginMutation, variables: { email: 'a@b.se', password: 'fel' } })).rejects.toThrow();
    expect(tokens.get()).toBe('still-valid');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
