import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportLearningExamplesMutation as ImportResultData } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { Confirmation } from '../../shared/ui/Confirmation';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Page } from '../../shared/ui/Page';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { ImportLearningExamplesMutation } from './graphql/operations';

type ImportResult = ImportResultData['importLearningExamples'];

const FIELD_IDS = { text: 'import-text', file: 'import-file' };

/**
 * `/examples/import`: process leaders paste (or pick a file of) SKR example pages and see what became of
 * each. The import publishes at once, so it is asked about before anything is sent; the answer takes
 * focus and links to every example made or updated (docs/web-patterns.md, "Every answer is seen").
 */
export function ImportExamplesPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  // The text checked and waiting for "Importera och publicera".
  const [confirming, setConfirming] = useState(false);
  const [importPages, { loading }] = useMutation(ImportLearningExamplesMutation);
  const fieldIds = useMemo(() => FIELD_IDS, []);
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(fieldIds);
  const questionId = useId();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      document.querySelector<HTMLButtonElement>('.import-form button[type="submit"]')?.focus();
    }
  }, [confirming]);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setText(await file.text());
      setConfirming(false);
      clear();
    } catch (cause) {
      showError(cause);
    }
  }

  /** First the text is checked and the question asked; nothing is sent yet. */
  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setResult(null);
    if (rejectInvalid(text.trim() ? [] : [{ field: 'text', message: t('exampleEditor.import.textRequired') }])) {
      setConfirming(false);
      return;
    }
    if (confirming) confirmButton.current?.focus();
    else setConfirming(true);
  }

  async function send() {
    if (loading) return;
    clear();
    try {
      const { data } = await importPages({ variables: { text } });
      if (!data) return;
      setConfirming(false);
      setResult(data.importLearningExamples);
    } catch (cause) {
      showError(cause);
      setConfirming(false);
    }
  }

  return (
    <Page title={t('exampleEditor.import.title')}>
      <p>{t('exampleEditor.import.intro')}</p>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      <form className="form form--wide import-form" noValidate onSubmit={ask}>
        <div className="field">
          <label htmlFor={FIELD_IDS.file} className="field__label">
            {t('exampleEditor.import.file')}
          </label>
          <p id="import-file-hint" className="field__hint">
            {t('exampleEditor.import.fileHint')}
          </p>
          <input id={FIELD_IDS.file} name="file" type="file" accept=".txt,text/plain" aria-describedby="import-file-hint" onChange={(event) => void readFile(event)} />
        </div>
        <TextAreaField
          id={FIELD_IDS.text}
          name="text"
          label={t('exampleEditor.import.text')}
          hint={t('exampleEditor.import.textHint')}
          required
          rows={16}
          value={text}
          onChange={(changed) => {
            setText(changed);
            setConfirming(false);
          }}
          error={fieldErrors['text']}
        />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('exampleEditor.import.submit')} busyLabel={t('exampleEditor.import.submitting')} />
        </div>
        {confirming ? (
          <div role="group" aria-labelledby={questionId} className="action-panel">
            <p id={questionId}>
              <strong>{t('exampleImport.confirmQuestion')}</strong>
            </p>
            <p>{t('exampleImport.confirmDetail')}</p>
            <div className="button-row">
              <button
                ref={confirmButton}
                type="button"
                className="button"
                aria-disabled={loading ? true : undefined}
                onClick={() => void send()}
              >
                {loading ? t('exampleEditor.import.submitting') : t('exampleImport.confirmYes')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  returnFocus.current = true;
                  setConfirming(false);
                }}
              >
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </form>
      <ImportAnswer result={result} />
    </Page>
  );
}

/** What the import did: counts, the examples as links, every remark, and what happens next. */
function ImportAnswer({ result }: { result: ImportResult | null }) {
  const { t } = useTranslation();
  return (
    <Confirmation
      heading={result ? t('exampleEditor.import.resultHeading') : null}
      level={2}
      next={result ? `${t('exampleImport.next')} ${result.errors.length > 0 ? t('exampleImport.nextProblems') : t('exampleImport.again')}` : null}
    >
      {result ? (
        <div className="import-result">
          <ul className="plain-list">
            <li>{t('exampleEditor.import.created', { count: result.created })}</li>
            <li>{t('exampleEditor.import.updated', { count: result.updated })}</li>
            <li>{t('exampleEditor.import.skipped', { count: result.skipped })}</li>
          </ul>
          {result.examples.length > 0 ? (
            <>
              <h3>{t('exampleImport.examplesHeading', { count: result.examples.length })}</h3>
              <ul className="link-list">
                {result.examples.map((example) => (
                  <li key={example.id}>
                    <Link to={`/examples/${encodeURIComponent(example.slug)}`}>{example.title}</Link>
                    {example.status !== 'PUBLISHED' ? ` ${t('exampleImport.statusNote', { status: t(`exampleEditor.status.${example.status}`) })}` : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {result.errors.length > 0 ? (
            <>
              <h3>{t('exampleEditor.import.problemsHeading', { count: result.errors.length })}</h3>
              <ul className="import-result__problems">
                {result.errors.map((line, index) => (
                  <li key={`${index}:${line}`}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('exampleEditor.import.noProblems')}</p>
          )}
          <p>
            <Link to="/editorial">{t('exampleEditor.import.toEditorial')}</Link>
          </p>
        </div>
      ) : null}
    </Confirmation>
  );
}
