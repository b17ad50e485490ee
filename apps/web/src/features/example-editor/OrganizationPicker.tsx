import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { TextField } from '../../shared/ui/TextField';
import type { ExampleOrganization } from './example-form';
import { ExampleOrganizationSearchQuery } from './graphql/operations';

/** How many matches are listed at once; a longer search narrows the rest down. */
export const ORGANIZATION_MATCHES_SHOWN = 10;
export const ORGANIZATION_SEARCH_MIN = 2;
export const ORGANIZATION_SEARCH_ID = 'editor-organization-search';

interface OrganizationPickerProps {
  chosen: readonly ExampleOrganization[];
  /** A member's own organisation: always among the authors, it cannot be removed. */
  lockedCode: string | null;
  onChange: (organizations: ExampleOrganization[]) => void;
  error: string | undefined;
}

/**
 * The organisations behind the example: the chosen ones, each removable, and a search
 * (`organizations(search:)`) to add co-authors. Focus returns to the search after each change.
 */
export function OrganizationPicker({ chosen, lockedCode, onChange, error }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const wanted = query.trim();
  const { data, loading, error: queryError } = useQuery(ExampleOrganizationSearchQuery, {
    variables: { search: wanted },
    skip: wanted.length < ORGANIZATION_SEARCH_MIN,
  });
  const matches = wanted.length >= ORGANIZATION_SEARCH_MIN ? (data?.organizations ?? []) : [];
  const shown = matches.slice(0, ORGANIZATION_MATCHES_SHOWN);
  const chosenCodes = new Set(chosen.map((organization) => organization.code));

  function add(organization: ExampleOrganization) {
    if (chosenCodes.has(organization.code)) return;
    onChange([...chosen, { code: organization.code, name: organization.name, shortName: organization.shortName, kind: organization.kind }]);
    setAnnouncement(t('exampleEditor.organizations.added', { name: organization.name }));
    search.current?.focus();
  }

  function remove(organization: ExampleOrganization) {
    onChange(chosen.filter((candidate) => candidate.code !== organization.code));
    setAnnouncement(t('exampleEditor.organizations.removed', { name: organization.name }));
    search.current?.focus();
  }

  let matchText: string | null = null;
  if (wanted.length >= ORGANIZATION_SEARCH_MIN && data) {
    matchText =
      matches.length === 0
        ? t('exampleEditor.organizations.noMatches')
        : matches.length > shown.length
          ? t('exampleEditor.organizations.showingFirst', { shown: shown.length, count: matches.length })
          : t('exampleEditor.organizations.matches', { count: matches.length });
  }

  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'}>
      <legend className="fieldset__legend">
        {t('exampleEditor.organizations.legend')}
        <span className="field__required"> {t('common.required')}</span>
      </legend>
      {error ? <p className="field__error">{error}</p> : null}
      {chosen.length === 0 ? (
        <p>{t('exampleEditor.organizations.none')}</p>
      ) : (
        <ul className="chosen__list" aria-label={t('exampleEditor.organizations.chosenLabel')}>
          {chosen.map((organization) => (
            <li key={organization.code}>
              {organization.name}
              {organization.code === lockedCode ? (
                <span className="field__hint"> {t('exampleEditor.organizations.yours')}</span>
              ) : (
                <button type="button" className="button button--secondary button--small" onClick={() => remove(organization)}>
                  {t('exampleEditor.organizations.remove')} <span className="visually-hidden">{organization.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <TextField
        ref={search}
        id={ORGANIZATION_SEARCH_ID}
        name="organizationSearch"
        type="search"
        autoComplete="off"
        label={t('exampleEditor.organizations.search')}
        hint={t('exampleEditor.organizations.searchHint', { min: ORGANIZATION_SEARCH_MIN })}
        value={query}
        onChange={(text) => {
          setQuery(text);
          setAnnouncement(null);
        }}
        onKeyDown={(event) => {
          // Enter searches (it already does as one types); it must not send the whole form.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <StatusMessage className="status-region status-region--quiet">{announcement ?? (loading && !data ? t('common.loading') : matchText)}</StatusMessage>
      {queryError ? <QueryError error={queryError} /> : null}
      {shown.length > 0 ? (
        <ul className="plain-list example-editor__matches" aria-label={t('exampleEditor.organizations.matchesLabel')}>
          {shown.map((organization) => (
            <li key={organization.code}>
              <span>{t('exampleEditor.organizations.option', { name: organization.name, kind: t(`organizationKind.${organization.kind}`) })}</span>{' '}
              {chosenCodes.has(organization.code) ? (
                <span className="field__hint">{t('exampleEditor.organizations.alreadyChosen')}</span>
              ) : (
                <button type="button" className="button button--secondary button--small" onClick={() => add(organization)}>
                  {t('exampleEditor.organizations.add')} <span className="visually-hidden">{organization.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
