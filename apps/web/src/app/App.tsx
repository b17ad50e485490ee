import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { createBrowserRouter } from 'react-router';
// The DOM flavour wires ReactDOM.flushSync, which navigate({ flushSync: true }) relies on.
import { RouterProvider } from 'react-router/dom';

interface AppProps {
  client: ApolloClient;
  i18n: I18n;
  router: ReturnType<typeof createBrowserRouter>;
}

export function App({ client, i18n, router }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>
  );
}
