import { useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportLearningExamplesMutation as ImportResultData } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Page } from '../../shared/ui/Page';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { ImportLearningExamplesMutation } from './graphql/operations';

type ImportResult = ImportResultData['importLearningExamples'];

const FIELD_IDS = { text: 'import-text', file: 'import-file' };

/** `/examples/import`: process leaders paste (or pick a file of) SKR example pages and see what became of each. */
export function ImportExamplesPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [importPages, { loading }] = useMutation(ImportLearningExamplesMutation);
  const fieldIds = useMemo(() => FIELD_IDS, []);
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(fieldIds);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setText(await file.text());
      clear();
    } catch (cause) {
      showError(cause);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setResult(null);
    if (rejectInvalid(text.trim() ? [] : [{ field: 'text', message: t('exampleEditor.import.textRequired') }])) return;
    clear();
    try {
      const { data } = await importPages({ variables: { text } });
      if (!data) return;
      setResult(data.importLearningExamples);
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <Page title={t('exampleEditor.import.title')}>
      <p>{t('exampleEditor.import.intro')}</p>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      <form className="form form--wide" noValidate onSubmit={(event) => void submit(event)}>
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
          onChange={setText}
          error={fieldErrors['text']}
        />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('exampleEditor.import.submit')} busyLabel={t('exampleEditor.import.submitting')} />
        </div>
      </form>
      <div role="status" className="status-region">
        {result ? (
          <section aria-labelledby="import-result-heading" className="section import-result">
            <h2 id="import-result-heading" ref={resultHeading} tabIndex={-1}>
              {t('exampleEditor.import.resultHeading')}
            </h2>
            <ul className="plain-list">
              <li>{t('exampleEditor.import.created', { count: result.created })}</li>
              <li>{t('exampleEditor.import.updated', { count: result.updated })}</li>
              <li>{t('exampleEditor.import.skipped', { count: result.skipped })}</li>
            </ul>
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
          </section>
        ) : null}
      </div>
    </Page>
  );
}
