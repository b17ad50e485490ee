import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ExampleStatus } from '@modellkommuner/shared';
import { toUiError, type UiError } from '../../shared/errors/error-message';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ReasonForm } from '../../shared/ui/ReasonForm';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { ReloadButton } from '../../shared/ui/ReloadButton';
import { useCurrentUser } from '../auth';
import { readExampleFlash } from './example-flash';
import { allowedExampleActions, followsWorkflow } from './example-workflow';
import {
  ArchiveLearningExampleMutation,
  ExampleForEditQuery,
  PublishLearningExampleMutation,
  ReturnLearningExampleMutation,
  SubmitLearningExampleMutation,
} from './graphql/operations';

/**
 * The editorial actions shown on an example's page to those who may act on it: edit, submit for
 * review, publish, return to draft with a comment, archive. Renders nothing for everyone else. Each
 * step sends the version the page shows; when the example has changed since (CONFLICT) the server's
 * message is shown with a button that fetches the example again, and nothing else changes.
 */
export interface ExampleWorkflowPanelProps {
  example: { id: string; slug: string; status: ExampleStatus; version: number; editorComment: string | null; organizations: ReadonlyArray<{ code: string }> };
  /** Called after a step succeeded (the steps' answers already update Apollo's cache). */
  onChanged?: () => void;
}

export function ExampleWorkflowPanel({ example, onChanged }: ExampleWorkflowPanelProps) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const flash = readExampleFlash(useLocation().state);
  const [status, setStatus] = useState<string | null>(flash ? t(`exampleEditor.flash.${flash}`) : null);
  const [error, setError] = useState<UiError | null>(null);
  const [returning, setReturning] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnButton = useRef<HTMLButtonElement>(null);
  const focusReturnButton = useRef(false);
  const [submit, submitState] = useMutation(SubmitLearningExampleMutation);
  const [publish, publishState] = useMutation(PublishLearningExampleMutation);
  const [returnToDraft, returnState] = useMutation(ReturnLearningExampleMutation);
  const [archive, archiveState] = useMutation(ArchiveLearningExampleMutation);
  const busy = submitState.loading || publishState.loading || returnState.loading || archiveState.loading;
  const client = useApolloClient();

  useEffect(() => {
    if (returning || !focusReturnButton.current) return;
    focusReturnButton.current = false;
    returnButton.current?.focus();
  }, [returning]);

  if (!user || !followsWorkflow(user, example)) return null;
  const actions = allowedExampleActions(user, example);
  const variables = { id: example.id, version: example.version };
  // The whole example again, into Apollo's cache: the page shows what the next step will be taken on.
  const reload = () => client.query({ query: ExampleForEditQuery, variables: { slug: example.slug }, fetchPolicy: 'network-only' });

  function reloaded() {
    setError(null);
    heading.current?.focus();
  }

  function done(message: string) {
    setError(null);
    setStatus(message);
    onChanged?.();
    heading.current?.focus();
  }

  async function run(step: () => Promise<unknown>, message: string) {
    if (busy) return;
    setStatus(null);
    setError(null);
    try {
      await step();
      done(message);
    } catch (cause) {
      setError(toUiError(cause, t));
      heading.current?.focus();
    }
  }

  return (
    <section aria-labelledby="workflow-heading" className="example-workflow">
      <h2 id="workflow-heading" ref={heading} tabIndex={-1} className="example-workflow__heading">
        {t('exampleEditor.workflow.heading')}
      </h2>
      <p>
        {t('exampleEditor.workflow.statusLabel')}{' '}
        <span className={`status-tag example-status example-status--${example.status.toLowerCase()}`}>{t(`exampleEditor.status.${example.status}`)}</span>
      </p>
      <p className="field__hint">{t(`exampleEditor.workflow.explain.${example.status}`)}</p>
      {example.editorComment ? (
        <div className="example-workflow__comment">
          <p className="example-workflow__comment-title">{t('exampleEditor.editorCommentHeading')}</p>
          <p className="pre-line" lang="sv">{example.editorComment}</p>
        </div>
      ) : null}
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary error={error}>
        {error?.code === 'CONFLICT' ? <ReloadButton reload={reload} label={t('versionConflict.reload')} busyLabel={t('versionConflict.reloading')} onReloaded={reloaded} /> : null}
      </ErrorSummary>
      {actions.length > 0 ? (
        <div className="button-row">
          {actions.includes('edit') ? (
            <Link className="button button--secondary" to={`/examples/${encodeURIComponent(example.slug)}/edit`}>
              {t('exampleEditor.workflow.edit')}
            </Link>
          ) : null}
          {actions.includes('submit') ? (
            <button
              type="button"
              className="button"
              aria-disabled={busy ? true : undefined}
              onClick={() => void run(() => submit({ variables }), t('exampleEditor.workflow.submitted'))}
            >
              {t('exampleEditor.workflow.submit')}
            </button>
          ) : null}
          {actions.includes('publish') ? (
            <button
              type="button"
              className="button"
              aria-disabled={busy ? true : undefined}
              onClick={() => void run(() => publish({ variables }), t('exampleEditor.workflow.published'))}
            >
              {t('exampleEditor.workflow.publish')}
            </button>
          ) : null}
          {actions.includes('return') ? (
            <button
              ref={returnButton}
              type="button"
              className="button button--secondary"
              aria-expanded={returning}
              onClick={() => {
                setStatus(null);
                setError(null);
                setReturning(!returning);
              }}
            >
              {t('exampleEditor.workflow.return')}
            </button>
          ) : null}
          {actions.includes('archive') ? (
            <ConfirmAction
              label={t('exampleEditor.workflow.archive')}
              context=""
              question={t('exampleEditor.workflow.archiveQuestion')}
              confirmLabel={t('exampleEditor.workflow.archiveConfirm')}
              busy={busy}
              onConfirm={() => run(() => archive({ variables }), t('exampleEditor.workflow.archived'))}
            />
          ) : null}
        </div>
      ) : null}
      {returning && actions.includes('return') ? (
        <ReasonForm
          id="workflow-return-comment"
          intro={<p>{t(example.status === 'PUBLISHED' ? 'exampleEditor.workflow.returnIntroPublished' : 'exampleEditor.workflow.returnIntro')}</p>}
          label={t('exampleEditor.workflow.returnComment')}
          hint={t('exampleEditor.workflow.returnCommentHint')}
          requiredMessage={t('exampleEditor.workflow.returnCommentRequired')}
          submitLabel={t('exampleEditor.workflow.returnSubmit')}
          busyLabel={t('common.saving')}
          busy={returnState.loading}
          conflictAction={<ReloadButton reload={reload} label={t('versionConflict.reload')} busyLabel={t('versionConflict.reloading')} />}
          onSubmit={async (comment) => {
            await returnToDraft({ variables: { ...variables, comment } });
            setReturning(false);
            done(t('exampleEditor.workflow.returned'));
          }}
          onCancel={() => {
            focusReturnButton.current = true;
            setReturning(false);
          }}
        />
      ) : null}
    </section>
  );
}
