import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LibraryExampleQuery as LibraryExampleResult } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { Loading } from '../../shared/ui/Loading';
import { Page, usePageHeading } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { ExampleView } from './ExampleView';
import { LibraryExampleQuery } from './graphql/operations';

/** The example as its page reads it. */
export type LibraryExample = NonNullable<LibraryExampleResult['learningExample']>;

export interface ExamplePageProps {
  /**
   * What may be done with the example, shown under its title (the editorial workflow panel, which
   * routes.tsx puts here through example-editor's ExamplePageWithWorkflow: this feature does not
   * depend on the editor). `reload` fetches the example again after an action changed it.
   */
  renderActions?: (example: LibraryExample, reload: () => void) => ReactNode;
}

export const RELATED_SHOWN = 3;

/** One learning example, public when published; its authors and the process leaders also see it before. */
export function ExamplePage({ renderActions }: ExamplePageProps = {}) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  // From the network too: an example edited or published a moment ago must not show as it was.
  const { data, loading, error, refetch } = useQuery(LibraryExampleQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('examples.page.titleFallback')}>
        <QueryError error={error} />
      </Page>
    );
  }
  const example = data?.learningExample;
  // Unknown, or not published and not the viewer's own: the API does not say which, and neither does the page.
  if (!example) return <ExampleNotFound />;
  const reload = () => void refetch();
  return <ExampleArticle example={example} actions={renderActions?.(example, reload)} />;
}

function ExampleArticle({ example, actions }: { example: LibraryExample; actions: ReactNode }) {
  const { t, i18n } = useTranslation();
  // The h1 is the example's title, drawn by ExampleView; the page still names the document and takes focus.
  const headingRef = usePageHeading(example.title);
  const related = example.related.slice(0, RELATED_SHOWN);
  return (
    <>
      <ExampleView example={example} headingRef={headingRef} actions={actions} />
      {related.length ? (
        <section className="example__related" aria-labelledby="related-heading">
          <h2 id="related-heading">{t('examples.page.related')}</h2>
          <ul className="plain-list related-list">
            {related.map((other) => (
              <li key={other.id} className="related-list__item">
                <p className="related-list__title" lang="sv">
                  <Link to={`/examples/${encodeURIComponent(other.slug)}`}>{other.title}</Link>
                </p>
                <p className="related-list__summary" lang="sv">
                  {other.summary}
                </p>
                <div className="hit__meta">
                  {other.organizations.length ? (
                    <p>{other.organizations.map((organization) => organization.shortName).join(', ')}</p>
                  ) : null}
                  {other.publishedAt ? (
                    <p>
                      {t('examples.view.published')}{' '}
                      <time dateTime={other.publishedAt}>{formatDate(other.publishedAt, i18n.language)}</time>
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="example__back">
        <Link to="/examples">{t('examples.page.back')}</Link>
      </p>
    </>
  );
}

function ExampleNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('examples.page.notFoundTitle')}>
      <p>{t('examples.page.notFoundText')}</p>
      <p>
        <Link to="/examples">{t('examples.page.notFoundLink')}</Link>
      </p>
    </Page>
  );
}
