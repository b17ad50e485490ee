import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/App';
import { createApolloClient } from './app/apollo-client';
import { routes } from './app/routes';
import { loginPath } from './features/auth/next-path';
import { forgetLegacyToken } from './features/auth/session';
import { createI18n } from './i18n/i18n';
import './styles.css';

const i18n = createI18n({ storage: window.localStorage, document });
// The session is an HttpOnly cookie now; a token an earlier version stored is dropped.
forgetLegacyToken(window.localStorage);
const router = createBrowserRouter(routes);

const client = createApolloClient({
  // The session ended (expired, revoked, account deactivated; the API has dropped its cookie): ask the user to log in again.
  // The page that asked is left first (flushSync), so resetting the store refetches only what the
  // login page needs (`me`, now null) and drops the rest of the previous session's data.
  onUnauthenticated: () => {
    setTimeout(() => {
      const { pathname, search } = router.state.location;
      const leave = pathname === '/login' ? Promise.resolve() : router.navigate(loginPath(pathname + search), { replace: true, flushSync: true });
      // A refetch cut short by the reset itself rejects; the login page needs nothing more than `me`.
      void leave.then(() => client.resetStore()).catch(() => undefined);
    }, 0);
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <App client={client} i18n={i18n} router={router} />
  </StrictMode>,
);
