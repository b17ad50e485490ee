import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CandidateOrganizationsQueryVariables } from '../../../gql/graphql';
import { Choice, ChoiceFieldset } from '../../../shared/ui/ChoiceFieldset';
import { Loading } from '../../../shared/ui/Loading';
import { QueryError } from '../../../shared/ui/QueryError';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { TextField } from '../../../shared/ui/TextField';
import { matchesSearch, PICKER_LIMIT, type BusyOrganizations } from '../cohort-wizard';
import { CandidateOrganizationsQuery as CandidatesQuery } from '../graphql/operations';
import './OrganizationStep.css';

/** One organisation (radio buttons, e.g. the mentor) or several (checkboxes, e.g. the mentees). */
export type OrganizationChoice =
  | {
      multiple: false;
      chosen: string;
      onChange: (code: string) => void;
      /** Said under the search when one is chosen ("Vald mentor: Hedemora kommun."). */
      chosenNote: (name: string) => string;
    }
  | {
      multiple: true;
      chosen: readonly string[];
      onChange: (codes: string[]) => void;
      /** The heading of the list of those chosen, each with a button that removes it. */
      chosenHeading: (count: number) => string;
    };

export interface OrganizationStepProps {
  /** The fieldset's id, where an error links (`wizard-mentor`). */
  id: string;
  /** Each choice is `${idPrefix}-${code}`, the search box `${idPrefix}-search`. */
  idPrefix: string;
  /** The inputs' name, and the search box's. */
  name: string;
  searchName: string;
  /** Which organisations the API offers. */
  variables: CandidateOrganizationsQueryVariables;
  legend: string;
  hint?: string | undefined;
  /** Said instead of the search and the list when the API offers none at all. */
  noneNotice?: string | undefined;
  /**
   * Organisations that are not offered (the mentor among the mentees, the mentees among the mentors), and
   * the hint that says so, given the names of those among the candidates ("Haninge kommun och Huddinge kommun").
   */
  exclude?: { codes: readonly string[]; hint: (names: string) => string } | undefined;
  /**
   * Organisations already in an active cohort of the programme: shown, but not offered (the API would
   * refuse them), with the reason. One already chosen stays a choice, so that it can be taken away.
   */
  busy?: BusyOrganizations | undefined;
  error: string | undefined;
  choice: OrganizationChoice;
}

/**
 * The wizard's step for choosing organisations (the mentor, the mentees): a search over the
 * candidates the API offers, how many match, the first PICKER_LIMIT of them as choices, and what is
 * chosen.
 */
export function OrganizationStep({ id, idPrefix, name, searchName, variables, legend, hint, noneNotice, exclude, busy, error, choice }: OrganizationStepProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error: queryError } = useQuery(CandidatesQuery, { variables });
  const candidates = data?.organizations;
  const excluded = exclude?.codes;
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => (candidates ?? []).filter((candidate) => !excluded?.includes(candidate.code) && matchesSearch(candidate, query)),
    [candidates, query, excluded],
  );
  const shown = matches.slice(0, PICKER_LIMIT);
  const byCode = new Map((candidates ?? []).map((candidate) => [candidate.code, candidate]));
  const excludedNames = (excluded ?? []).flatMap((code) => byCode.get(code)?.name ?? []);
  const excludedHint = exclude && excludedNames.length > 0 ? exclude.hint(new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(excludedNames)) : undefined;
  if (queryError) return <QueryError error={queryError} />;
  if (loading && !candidates) return <Loading />;
  if (noneNotice && candidates && candidates.length === 0) return <p className="notice">{noneNotice}</p>;

  const isChosen = (code: string) => (choice.multiple ? choice.chosen.includes(code) : choice.chosen === code);
  const toggle = (code: string, checked: boolean) => {
    if (!choice.multiple) {
      if (checked) choice.onChange(code);
      return;
    }
    const others = choice.chosen.filter((c) => c !== code);
    choice.onChange(checked ? [...others, code] : others);
  };
  const chosenOne = choice.multiple ? undefined : byCode.get(choice.chosen);

  return (
    <>
      {choice.multiple ? (
        <ChosenList
          chosen={choice.chosen}
          heading={choice.chosenHeading(choice.chosen.length)}
          nameOf={(code) => byCode.get(code)?.name ?? code}
          onRemove={(code) => toggle(code, false)}
        />
      ) : null}
      <TextField
        id={`${idPrefix}-search`}
        name={searchName}
        type="search"
        label={t('wizard.search')}
        hint={t('wizard.searchHint')}
        autoComplete="off"
        value={query}
        onChange={setQuery}
      />
      <MatchCount shown={shown.length} count={matches.length} />
      {!choice.multiple && chosenOne ? <p>{choice.chosenNote(chosenOne.name)}</p> : null}
      <ChoiceFieldset id={id} legend={legend} hint={excludedHint ?? hint} required error={error}>
        {shown.map((candidate) => {
          const label = t('wizard.organizationLabel', { name: candidate.name, code: candidate.code });
          const taken = busy?.get(candidate.code);
          const reason = taken ? t('wizard.busyIn', { cohort: taken.cohort }) : undefined;
          if (taken && !isChosen(candidate.code)) {
            return <BusyChoice key={candidate.code} id={`${idPrefix}-${candidate.code}`} type={choice.multiple ? 'checkbox' : 'radio'} name={name} label={label} reason={reason ?? ''} />;
          }
          return (
            <Choice
              key={candidate.code}
              id={`${idPrefix}-${candidate.code}`}
              type={choice.multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={isChosen(candidate.code)}
              onChange={(checked) => toggle(candidate.code, checked)}
              label={label}
              detail={reason}
            />
          );
        })}
      </ChoiceFieldset>
    </>
  );
}

/** A candidate that cannot be chosen: a disabled control, its name, and why (read with it). */
function BusyChoice({ id, type, name, label, reason }: { id: string; type: 'radio' | 'checkbox'; name: string; label: string; reason: string }) {
  const reasonId = `${id}-detail`;
  return (
    <div className="choice choice--busy">
      <input id={id} type={type} name={name} checked={false} disabled aria-describedby={reasonId} onChange={() => undefined} />
      <label htmlFor={id} className="choice__label">
        {label}
      </label>
      <span id={reasonId} className="choice__detail">
        {reason}
      </span>
    </div>
  );
}

function MatchCount({ shown, count }: { shown: number; count: number }) {
  const { t } = useTranslation();
  return (
    <StatusMessage className="status-region status-region--quiet">
      {count === 0 ? t('wizard.noMatches') : shown < count ? t('wizard.showingFirst', { shown, count }) : t('wizard.matches', { count })}
    </StatusMessage>
  );
}

/** Those chosen so far, which a search may hide from the list: each can be removed here. */
function ChosenList({
  chosen,
  heading,
  nameOf,
  onRemove,
}: {
  chosen: readonly string[];
  heading: string;
  nameOf: (code: string) => string;
  onRemove: (code: string) => void;
}) {
  const { t } = useTranslation();
  // One step is shown at a time, so one such list: the id can be fixed.
  return (
    <section aria-labelledby="wizard-chosen-heading" className="chosen">
      <h3 id="wizard-chosen-heading">{heading}</h3>
      {chosen.length === 0 ? (
        <p>{t('wizard.noneChosen')}</p>
      ) : (
        <ul className="chosen__list">
          {chosen.map((code) => {
            const name = nameOf(code);
            return (
              <li key={code}>
                {name}{' '}
                <button type="button" className="button button--secondary button--small" onClick={() => onRemove(code)}>
                  {t('wizard.remove')} <span className="visually-hidden">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
