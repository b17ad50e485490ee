import { describe, expect, it, vi } from 'vitest';
import { LoginMutation, MeQuery } from '../features/auth/graphql/operations';
import { createDraftStore } from '../shared/draft-store';
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

  it('notes the lapsed session before asking, so the login page can say why (and the draft is kept)', async () => {
    const order: string[] = [];
    const drafts = { noteSessionEnded: vi.fn(() => order.push('noted')) };
    const client = createApolloClient({ onUnauthenticated: () => order.push('asked'), drafts, fetch: fakeFetch(unauthenticated) });
    await expect(client.query({ query: MeQuery })).rejects.toThrow();
    expect(order).toEqual(['noted', 'asked']);
  });

  it('notes it in the tab’s draft store by default', async () => {
    window.sessionStorage.clear();
    const client = createApolloClient({ onUnauthenticated: vi.fn(), fetch: fakeFetch(unauthenticated) });
    expect(createDraftStore(() => window.sessionStorage).sessionEnded()).toBe(false);
    await expect(client.query({ query: MeQuery })).rejects.toThrow();
    expect(createDraftStore(() => window.sessionStorage).sessionEnded()).toBe(true);
    window.sessionStorage.clear();
  });

  it('leaves wrong credentials at login to the login form', async () => {
    const onUnauthenticated = vi.fn();
    const drafts = { noteSessionEnded: vi.fn() };
    const client = createApolloClient({ onUnauthenticated, drafts, fetch: fakeFetch(unauthenticated) });
    await expect(client.mutate({ mutation: LoginMutation, variables: { email: 'a@b.se', password: 'fel' } })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(drafts.noteSessionEnded).not.toHaveBeenCalled();
  });
});
