import { useCallback } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { CurrentUserFragment } from '../../gql/graphql';
import { LogoutMutation, MeQuery } from './graphql/operations';

/**
 * The session lives in an HttpOnly cookie that the API sets at login (and clears at logout): no script
 * on the page can read it, and the app never sees the token. Who is logged in is what `me` answers.
 */

/** Who is logged in, from the `me` query (null when nobody is, or the session has ended). */
export function useCurrentUser() {
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { user: data?.me ?? null, loading: loading && !data, error };
}

/** Start and end a session: the API keeps the cookie; the user goes into (and out of) Apollo's cache. */
export function useSession() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);

  // The cache holds nothing of another user here: every way a session ends resets it.
  const signIn = useCallback(
    (user: CurrentUserFragment) => {
      client.writeQuery({ query: MeQuery, data: { me: user } });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      // Ends the session on the server, which also clears the cookie.
      await logout();
    } catch {
      // The session may already have ended on the server (its cookie is then cleared too).
    }
    // Leave the page first (flushSync: it is gone once this resolves), so that resetting the
    // store refetches only what the start page needs, now anonymously.
    await navigate('/', { state: { flash: 'loggedOut' }, flushSync: true });
    // A refetch cut short by the reset itself rejects; nothing the start page needs is lost by that.
    await client.resetStore().catch(() => undefined);
  }, [client, logout, navigate]);

  return { signIn, signOut };
}

/** Where earlier versions kept the token, readable by any script on the page. */
export const LEGACY_TOKEN_STORAGE_KEY = 'modellkommuner.token';

/** Removes a token an earlier version left in localStorage (it is useless now, and should not linger). */
export function forgetLegacyToken(storage: Storage | undefined): void {
  try {
    storage?.removeItem(LEGACY_TOKEN_STORAGE_KEY);
  } catch {
    // Without storage there is nothing to forget.
  }
}
