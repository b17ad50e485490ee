import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCode } from '../shared/errors/error-message';
import type { TokenStore } from '../features/auth/token-store';

/**
 * Operations whose UNAUTHENTICATED does not mean "your session has ended, log in again": for Login it
 * means wrong credentials (shown on the form), and Logout ends the session anyway.
 */
const SESSION_EXEMPT_OPERATIONS = new Set(['Login', 'Logout']);

export interface ApolloClientOptions {
  tokens: TokenStore;
  /** Called after a logged-in operation was refused for want of a valid session (the token is already cleared). */
  onUnauthenticated: () => void;
  uri?: string;
  fetch?: typeof fetch;
}

export function createAuthLink(tokens: TokenStore): ApolloLink {
  return new SetContextLink((prevContext) => {
    const token = tokens.get();
    if (!token) return {};
    const headers = (prevContext['headers'] ?? {}) as Record<string, string>;
    return { headers: { ...headers, authorization: `Bearer ${token}` } };
  });
}

export function createSessionErrorLink(tokens: TokenStore, onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (errorCode(error) !== 'UNAUTHENTICATED' || SESSION_EXEMPT_OPERATIONS.has(operation.operationName ?? '')) return;
    tokens.clear();
    onUnauthenticated();
  });
}

export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const http = new HttpLink({ uri: options.uri ?? '/graphql', ...(options.fetch ? { fetch: options.fetch } : {}) });
  return new ApolloClient({
    link: ApolloLink.from([createSessionErrorLink(options.tokens, options.onUnauthenticated), createAuthLink(options.tokens), http]),
    cache: new InMemoryCache(),
  });
}
