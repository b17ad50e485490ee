import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CurrentUserFragment, ExampleEditorFieldsFragment } from '../../gql/graphql';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { useCurrentUser } from '../auth';
import { NoAccessPage, NotFoundPage } from '../pages';
import type { Vocabulary } from './example-form';
import { editAccess } from './example-workflow';
import { ExampleForm } from './ExampleForm';
import { EditorVocabulariesQuery, ExampleForEditQuery } from './graphql/operations';

/**
 * `/examples/new` and `/examples/:slug/edit`: the whole example in one form, with a live preview of
 * the public page. Members write their organisation's drafts; process leaders edit anything. This is
 * the gate: loading, a failed query, not found, no access or locked; the form is ExampleForm.
 */
export function ExampleEditorPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const { user } = useCurrentUser();
  const vocabularies = useQuery(EditorVocabulariesQuery, { fetchPolicy: 'cache-and-network' });
  const exampleQuery = useQuery(ExampleForEditQuery, { variables: { slug: slug ?? '' }, skip: !slug, fetchPolicy: 'network-only' });
  const title = slug ? t('exampleEditor.editTitle') : t('exampleEditor.newTitle');

  if (!user || (vocabularies.loading && !vocabularies.data) || (slug && exampleQuery.loading && !exampleQuery.data)) return <Loading />;
  const queryError = (slug && !exampleQuery.data ? exampleQuery.error : undefined) ?? (!vocabularies.data ? vocabularies.error : undefined);
  if (queryError) {
    return (
      <Page title={title}>
        <QueryError error={queryError} />
      </Page>
    );
  }
  const vocabulary = vocabularies.data?.vocabularies ?? null;
  if (!slug) {
    return (
      <Page title={title}>
        <p>{t('exampleEditor.newIntro')}</p>
        <ExampleForm example={null} user={user} vocabulary={vocabulary} />
      </Page>
    );
  }
  const example = exampleQuery.data?.learningExample;
  // Unknown, or not visible to this user: the API does not say which, and neither does the page.
  if (!example) return <NotFoundPage />;
  return <ExistingExampleEditor key={example.id} example={example} user={user} vocabulary={vocabulary} />;
}

/**
 * Decides once, from the example as it was opened, whether the form is shown: a later reload (after a
 * conflict) must not swap the user's unsaved text for a "locked" notice.
 */
function ExistingExampleEditor({
  example: current,
  user,
  vocabulary,
}: {
  example: ExampleEditorFieldsFragment;
  user: CurrentUserFragment;
  vocabulary: Vocabulary | null;
}) {
  const { t } = useTranslation();
  const [opened] = useState(current);
  const access = editAccess(user, opened);
  const examplePath = `/examples/${encodeURIComponent(opened.slug)}`;
  if (access === 'notAuthor') return <NoAccessPage message={t('exampleEditor.notAuthor')} />;
  if (access === 'locked') {
    return (
      <Page title={t('exampleEditor.lockedTitle', { title: opened.title })}>
        <div className="notice">
          <p>{t(`exampleEditor.locked.${opened.status}`)}</p>
        </div>
        <p>
          <Link to={examplePath}>{t('exampleEditor.toExample', { title: opened.title })}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('exampleEditor.editTitleNamed', { title: opened.title })}>
      {opened.editorComment ? (
        <section aria-labelledby="editor-comment-heading" className="notice example-editor__comment">
          <h2 id="editor-comment-heading">{t('exampleEditor.editorCommentHeading')}</h2>
          <p className="pre-line">{opened.editorComment}</p>
        </section>
      ) : null}
      {opened.status !== 'DRAFT' ? <p className="notice">{t(`exampleEditor.leaderEditsStatus.${opened.status}`)}</p> : null}
      <ExampleForm example={opened} user={user} vocabulary={vocabulary} />
    </Page>
  );
}
