import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { CurrentUserFragment } from '../../gql/graphql';
import { LogoutMutation, MeQuery } from './graphql/operations';
import type { TokenStore } from './token-store';

const TokenStoreContext = createContext<TokenStore | null>(null);

export function SessionProvider({ tokens, children }: { tokens: TokenStore; children: ReactNode }) {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  // A stored token the API no longer accepts (expired, revoked, account deactivated) is forgotten.
  useEffect(() => {
    if (data && data.me === null && tokens.get()) tokens.clear();
  }, [data, tokens]);
  return <TokenStoreContext.Provider value={tokens}>{children}</TokenStoreContext.Provider>;
}

export function useTokenStore(): TokenStore {
  const tokens = useContext(TokenStoreContext);
  if (!tokens) throw new Error('useTokenStore needs a SessionProvider');
  return tokens;
}

/** Who is logged in, from the `me` query (null when nobody is, or the stored token no longer works). */
export function useCurrentUser() {
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { user: data?.me ?? null, loading: loading && !data, error };
}

/** Start and end a session: the token goes to storage, the user into Apollo's cache. */
export function useSession() {
  const client = useApolloClient();
  const tokens = useTokenStore();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);

  // The cache holds nothing of another user here: every way a session ends resets it.
  const signIn = useCallback(
    (token: string, user: CurrentUserFragment) => {
      tokens.set(token);
      client.writeQuery({ query: MeQuery, data: { me: user } });
    },
    [client, tokens],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // The session may already have ended on the server; logging out locally is what matters.
    }
    tokens.clear();
    // Leave the page first (flushSync: it is gone once this resolves), so that resetting the
    // store refetches only what the start page needs, now anonymously.
    await navigate('/', { state: { flash: 'loggedOut' }, flushSync: true });
    // A refetch cut short by the reset itself rejects; nothing the start page needs is lost by that.
    await client.resetStore().catch(() => undefined);
  }, [client, logout, navigate, tokens]);

  return { signIn, signOut };
}
