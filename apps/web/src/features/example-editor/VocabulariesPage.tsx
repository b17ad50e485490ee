import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toUiError, validationError, fieldMessages, type UiError } from '../../shared/errors/error-message';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { removeRow } from './example-form';
import { EditorVocabulariesQuery, SetVocabularyMutation } from './graphql/operations';
import {
  moveRow,
  newTermRow,
  rowsFromTerms,
  termField,
  TERM_MAX_LENGTH,
  TERMS_MAX,
  toTerms,
  VOCABULARY_FIELD,
  VOCABULARY_KINDS,
  vocabularyProblems,
  type TermRow,
  type VocabularyKindName,
} from './vocabulary-form';

/** `/vocabularies`: process leaders keep the terms authors choose from (Ämne, Verksamhetsområde, Fokusområden). */
export function VocabulariesPage() {
  const { t } = useTranslation();
  // Fresh from the server: each list's form starts from what is saved now.
  const { data, loading, error } = useQuery(EditorVocabulariesQuery, { fetchPolicy: 'network-only' });
  const vocabularies = data?.vocabularies;
  return (
    <Page title={t('exampleEditor.vocabularies.title')}>
      <p>{t('exampleEditor.vocabularies.intro')}</p>
      <p className="notice">{t('exampleEditor.vocabularies.removalNote')}</p>
      {error && !vocabularies ? <QueryError error={error} /> : null}
      {loading && !vocabularies ? <Loading /> : null}
      {vocabularies
        ? VOCABULARY_KINDS.map((kind) => <VocabularyEditor key={kind} kind={kind} terms={vocabularies[VOCABULARY_FIELD[kind]]} />)
        : null}
      <p className="section">
        <Link to="/editorial">{t('exampleEditor.vocabularies.back')}</Link>
      </p>
    </Page>
  );
}

function VocabularyEditor({ kind, terms }: { kind: VocabularyKindName; terms: readonly string[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<TermRow[]>(() => rowsFromTerms(terms));
  const [error, setError] = useState<UiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetVocabularyMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: EditorVocabulariesQuery, data: { vocabularies: data.setVocabulary } });
    },
  });
  const pendingFocus = useRef<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);
  const prefix = `vocabulary-${kind.toLowerCase().replace('_', '-')}`;
  const listId = `${prefix}-list`;
  const addId = `${prefix}-add`;
  const termId = (row: TermRow) => `${prefix}-term-${row.key}`;
  const fieldIds = useMemo(() => ({ terms: listId, ...Object.fromEntries(rows.map((row) => [termField(row), `${prefix}-term-${row.key}`])) }), [rows, listId, prefix]);
  const fieldErrors = useMemo(() => fieldMessages(error), [error]);
  const name = t(`exampleEditor.vocabularies.kinds.${kind}`);

  useEffect(() => {
    if (pendingFocus.current) {
      document.getElementById(pendingFocus.current)?.focus();
      pendingFocus.current = null;
    }
    if (focusSummary.current) {
      focusSummary.current = false;
      summary.current?.focus();
    }
  });

  function change(next: TermRow[], focusId: string | null = null) {
    pendingFocus.current = focusId;
    setStatus(null);
    setRows(next);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setStatus(null);
    const invalid = validationError(vocabularyProblems(rows, t), t);
    if (invalid) {
      focusSummary.current = true;
      setError(invalid);
      return;
    }
    setError(null);
    try {
      const { data } = await save({ variables: { kind, terms: toTerms(rows) } });
      if (!data) return;
      setRows(rowsFromTerms(data.setVocabulary[VOCABULARY_FIELD[kind]]));
      setStatus(t(`exampleEditor.vocabularies.saved.${kind}`));
    } catch (cause) {
      focusSummary.current = true;
      setError(toUiError(cause, t));
    }
  }

  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} className="section vocabulary">
      <h2 id={headingId}>{name}</h2>
      <p className="field__hint">{t(`exampleEditor.vocabularies.hints.${kind}`)}</p>
      <StatusMessage>{status}</StatusMessage>
      <div ref={summary} tabIndex={-1} className="example-editor__summary">
        <ErrorSummary error={error} fieldIds={fieldIds} />
      </div>
      <form className="form form--wide" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset id={listId} tabIndex={-1} className="choices">
          <legend className="visually-hidden">{t('exampleEditor.vocabularies.listLegend', { name })}</legend>
          {fieldErrors['terms'] ? <p className="field__error">{fieldErrors['terms']}</p> : null}
          {rows.length === 0 ? <p>{t('exampleEditor.vocabularies.noTerms')}</p> : null}
          <ol className="example-editor__rows">
            {rows.map((row, index) => {
              const number = index + 1;
              const first = index === 0;
              const last = index === rows.length - 1;
              return (
                <li key={row.key} className="example-editor__row vocabulary__row">
                  <TextField
                    id={termId(row)}
                    name={`${prefix}-term-${number}`}
                    label={t('exampleEditor.vocabularies.term', { number })}
                    autoComplete="off"
                    maxLength={TERM_MAX_LENGTH}
                    value={row.term}
                    onChange={(term) => change(rows.map((r) => (r.key === row.key ? { ...r, term } : r)))}
                    error={fieldErrors[termField(row)]}
                  />
                  <div className="button-row vocabulary__buttons">
                    <button
                      id={`${prefix}-up-${row.key}`}
                      type="button"
                      className="button button--secondary button--small"
                      aria-disabled={first ? true : undefined}
                      onClick={() => {
                        if (!first) change(moveRow(rows, index, -1), `${prefix}-up-${row.key}`);
                      }}
                    >
                      {t('exampleEditor.vocabularies.moveUp', { number })}
                    </button>
                    <button
                      id={`${prefix}-down-${row.key}`}
                      type="button"
                      className="button button--secondary button--small"
                      aria-disabled={last ? true : undefined}
                      onClick={() => {
                        if (!last) change(moveRow(rows, index, 1), `${prefix}-down-${row.key}`);
                      }}
                    >
                      {t('exampleEditor.vocabularies.moveDown', { number })}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        const { rows: rest, focus } = removeRow(rows, index);
                        change(rest, focus ? termId(focus) : addId);
                      }}
                    >
                      {t('exampleEditor.vocabularies.remove', { number })}
                      {row.term.trim() ? <span className="visually-hidden"> ({row.term.trim()})</span> : null}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </fieldset>
        <div className="button-row">
          {rows.length < TERMS_MAX ? (
            <button
              id={addId}
              type="button"
              className="button button--secondary"
              onClick={() => {
                const row = newTermRow();
                change([...rows, row], termId(row));
              }}
            >
              {t('exampleEditor.vocabularies.add')}
            </button>
          ) : null}
          <SubmitButton busy={loading} label={t(`exampleEditor.vocabularies.save.${kind}`)} busyLabel={t('common.saving')} />
        </div>
      </form>
    </section>
  );
}
