import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { EditorialExamplesQuery as EditorialResult, ExampleFilter } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { useFocusAppended } from '../../shared/ui/focus-appended';
import { QueryError } from '../../shared/ui/QueryError';
import { useCurrentUser } from '../auth';
import { EDITORIAL_PAGE_SIZE, EDITORIAL_TABS, ownExamplesFilter, parseTab, statusFilter, tabParam } from './editorial-lists';
import { EditorialExamplesQuery } from './graphql/operations';

type Edge = EditorialResult['searchLearningExamples']['edges'][number];

/**
 * `/editorial`. Process leaders ("Redaktion"): the examples waiting for review first, then drafts,
 * published and archived examples. Members ("Våra exempel"): their organisation's examples in every status.
 */
export function EditorialPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const [params] = useSearchParams();
  if (!user) return <Loading />;

  if (user.role !== 'PROCESS_LEADER') {
    return (
      <Page title={t('exampleEditor.editorial.memberTitle')}>
        <p>{t('exampleEditor.editorial.memberIntro', { organization: user.organization.name })}</p>
        <p className="button-row">
          <Link className="button" to="/examples/new">
            {t('exampleEditor.editorial.newExample')}
          </Link>
        </p>
        <ExampleList id="own" heading={t('exampleEditor.editorial.ownHeading')} filter={ownExamplesFilter(user.organization.code)} empty={t('exampleEditor.editorial.ownEmpty')} />
      </Page>
    );
  }

  const tab = parseTab(params.get('visa'));
  return (
    <Page title={t('exampleEditor.editorial.title')}>
      <p>{t('exampleEditor.editorial.intro')}</p>
      <ul className="inline-links">
        <li>
          <Link to="/examples/new">{t('exampleEditor.editorial.newExample')}</Link>
        </li>
        <li>
          <Link to="/examples/import">{t('exampleEditor.editorial.import')}</Link>
        </li>
        <li>
          <Link to="/vocabularies">{t('exampleEditor.editorial.vocabularies')}</Link>
        </li>
      </ul>
      <ExampleList
        id="queue"
        heading={t('exampleEditor.editorial.queueHeading')}
        intro={t('exampleEditor.editorial.queueIntro')}
        filter={statusFilter('IN_REVIEW')}
        empty={t('exampleEditor.editorial.queueEmpty')}
      />
      <section aria-labelledby="editorial-others-heading" className="section">
        <h2 id="editorial-others-heading">{t('exampleEditor.editorial.othersHeading')}</h2>
        <nav aria-label={t('exampleEditor.editorial.tabsLabel')}>
          <ul className="example-tabs">
            {EDITORIAL_TABS.map((candidate) => (
              <li key={candidate}>
                <Link
                  to={`?visa=${tabParam(candidate)}`}
                  className={candidate === tab ? 'example-tabs__link example-tabs__link--current' : 'example-tabs__link'}
                  aria-current={candidate === tab ? 'true' : undefined}
                >
                  {t(`exampleEditor.editorial.tabs.${candidate}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ExampleList
          key={tab}
          id={`tab-${tab.toLowerCase()}`}
          heading={t(`exampleEditor.editorial.tabs.${tab}`)}
          level={3}
          filter={statusFilter(tab)}
          empty={t(`exampleEditor.editorial.tabEmpty.${tab}`)}
        />
      </section>
    </Page>
  );
}

interface ExampleListProps {
  id: string;
  heading: string;
  intro?: string;
  level?: 2 | 3;
  filter: ExampleFilter;
  empty: string;
}

/** One list of examples with its count and "Visa fler"; focus moves to the first row added. */
function ExampleList({ id, heading, intro, level = 2, filter, empty }: ExampleListProps) {
  const { t } = useTranslation();
  const [loadingMore, setLoadingMore] = useState(false);
  const appended = useFocusAppended();
  const { data, loading, error, fetchMore } = useQuery(EditorialExamplesQuery, {
    variables: { filter, first: EDITORIAL_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const result = data?.searchLearningExamples;
  const edges = result?.edges;
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `editorial-${id}-heading`;

  async function showMore() {
    if (!result?.pageInfo.endCursor || loadingMore) return;
    appended.expect(edges?.length ?? 0);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: result.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          searchLearningExamples: {
            ...fetchMoreResult.searchLearningExamples,
            edges: [...(previous.searchLearningExamples?.edges ?? []), ...fetchMoreResult.searchLearningExamples.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="section">
      <Heading id={headingId}>
        {heading}
        {result ? <span className="example-list__count"> ({result.totalCount})</span> : null}
      </Heading>
      {intro ? <p>{intro}</p> : null}
      {error ? <QueryError error={error} /> : null}
      {loading && !edges ? <Loading /> : null}
      {edges && edges.length === 0 ? <p>{empty}</p> : null}
      {edges && edges.length > 0 ? (
        <ul className="example-list">
          {edges.map((edge, index) => (
            <ExampleRow
              key={edge.node.id}
              edge={edge}
              linkRef={appended.refFor(index)}
            />
          ))}
        </ul>
      ) : null}
      {result?.pageInfo.hasNextPage ? (
        <p>
          <button type="button" className="button button--secondary" aria-disabled={loadingMore ? true : undefined} onClick={() => void showMore()}>
            {loadingMore ? t('exampleEditor.editorial.loadingMore') : t('exampleEditor.editorial.more')}
            <span className="visually-hidden"> {heading.toLocaleLowerCase('sv')}</span>
          </button>
        </p>
      ) : null}
    </section>
  );
}

function ExampleRow({ edge, linkRef }: { edge: Edge; linkRef: (element: HTMLAnchorElement | null) => void }) {
  const { t, i18n } = useTranslation();
  const example = edge.node;
  return (
    <li className="example-list__item">
      <Link ref={linkRef} to={`/examples/${encodeURIComponent(example.slug)}`} className="example-list__title">
        <span lang="sv">{example.title}</span>
      </Link>
      <span className="example-list__meta">
        {example.organizations.length ? example.organizations.map((organization) => organization.name).join(', ') : t('exampleEditor.editorial.noOrganization')}
      </span>
      <span className="example-list__meta">
        <span className={`status-tag example-status example-status--${example.status.toLowerCase()}`}>{t(`exampleEditor.status.${example.status}`)}</span>{' '}
        {t('exampleEditor.editorial.updated')} <time dateTime={example.updatedAt}>{formatDate(example.updatedAt, i18n.language)}</time>
      </span>
    </li>
  );
}
