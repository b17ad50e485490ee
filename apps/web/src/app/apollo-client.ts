import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { drafts, type DraftStore } from '../shared/draft-store';
import { errorCode } from '../shared/errors/error-message';

/**
 * Operations whose UNAUTHENTICATED does not mean "your session has ended, log in again": for Login it
 * means wrong credentials (shown on the form), and Logout ends the session anyway.
 */
const SESSION_EXEMPT_OPERATIONS = new Set(['Login', 'Logout']);

export interface ApolloClientOptions {
  /** Called after a logged-in operation was refused for want of a valid session. */
  onUnauthenticated: () => void;
  /** Where the lapsed session is noted, for the login page to say why the user is there (the app's drafts when left out). */
  drafts?: Pick<DraftStore, 'noteSessionEnded'>;
  uri?: string;
  fetch?: typeof fetch;
}

/**
 * A lapsed session: noted first (the login page then says "Din session har gått ut …", and the form's
 * draft is marked for it after the login; docs/web-patterns.md, "Work is never lost"), then handed on.
 */
export function createSessionErrorLink(onUnauthenticated: () => void, store: Pick<DraftStore, 'noteSessionEnded'> = drafts): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (errorCode(error) !== 'UNAUTHENTICATED' || SESSION_EXEMPT_OPERATIONS.has(operation.operationName ?? '')) return;
    store.noteSessionEnded();
    onUnauthenticated();
  });
}

/**
 * The session is the API's HttpOnly cookie: requests go to /graphql on the page's own origin with
 * `credentials: 'same-origin'`, so the browser sends the cookie and nothing else needs to. Apollo's
 * JSON requests carry `content-type: application/json`, which the API's CSRF prevention requires.
 */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const http = new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin', ...(options.fetch ? { fetch: options.fetch } : {}) });
  return new ApolloClient({
    link: ApolloLink.from([createSessionErrorLink(options.onUnauthenticated, options.drafts), http]),
    cache: new InMemoryCache(),
  });
}
