import type { ReactElement } from 'react';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { MeQuery } from '../features/auth/graphql/operations';
import type { CurrentUserFragment } from '../gql/graphql';
import { createI18n, type Language } from '../i18n/i18n';

export type TestUser = CurrentUserFragment & { __typename: 'User'; organization: CurrentUserFragment['organization'] & { __typename: 'Organization' } };

export const processLeader: TestUser = {
  __typename: 'User',
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Pia Processledare',
  email: 'processledare@skr.se',
  role: 'PROCESS_LEADER',
  active: true,
  organization: { __typename: 'Organization', id: '00000000-0000-4000-8000-0000000000aa', code: 'SKR', name: 'Sveriges Kommuner och Regioner', kind: 'SKR' },
};

export const hedemoraMember: TestUser = {
  __typename: 'User',
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Karin Lindqvist',
  email: 'kontakt.hedemora@example.se',
  role: 'MEMBER',
  active: true,
  organization: { __typename: 'Organization', id: '00000000-0000-4000-8000-0000000000bb', code: '2083', name: 'Hedemora kommun', kind: 'MUNICIPALITY' },
};

/** Shows where the app navigated to, for routes the test does not render. */
function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

interface RenderOptions {
  /** The route pattern of the page under test, e.g. "/organizations/:code". */
  path: string;
  element: ReactElement;
  /** The URL the test starts at. */
  url: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The logged-in user (null: nobody), put in the cache as the `me` query's answer. */
  user?: TestUser | null;
  language?: Language;
  routes?: RouteObject[];
}

export function renderRoute({ path, element, url, mocks = [], user = null, language = 'sv', routes = [] }: RenderOptions) {
  const i18n = createI18n({ language, storage: window.localStorage, document });
  const cache = new InMemoryCache();
  cache.writeQuery({ query: MeQuery, data: { me: user } });
  const router = createMemoryRouter([{ path, element }, ...routes, { path: '*', element: <LocationProbe /> }], { initialEntries: [url] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={cache}>
        <RouterProvider router={router} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...view, router, i18n, cache };
}

/** A GraphQL error as the API formats it. */
export function graphQLError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { message, extensions: { code, ...extra } };
}
