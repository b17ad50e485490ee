import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { toUiError } from '../../../shared/errors/error-message';
import { Confirmation } from '../../../shared/ui/Confirmation';
import { ErrorSummary } from '../../../shared/ui/ErrorSummary';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { toWizardError, WIZARD_FIELD_IDS } from '../cohort-wizard';
import { SuggestMentorsQuery } from '../graphql/suggest-mentors';
import './MentorSuggestions.css';

export interface MentorSuggestionsProps {
  programmeId: string;
  /** The mentees chosen so far: the suggestions are for them, and are fetched afresh when they change. */
  menteeCodes: readonly string[];
  /** The mentor chosen now (from a suggestion or from the list of all). */
  chosen: string;
  onChoose: (code: string) => void;
  /** An error's link to a field on another step (the mentees, the programme): the wizard shows that step. */
  onFieldLink?: ((field: string) => boolean | void) | undefined;
}

/**
 * The mentor step's suggestions (`suggestMentors`): the eligible organisations ranked for the mentees
 * chosen, each a card with its name, score, reasons and "Välj som mentor". Choosing one sets the wizard's
 * mentor; a confirmation says so and takes focus (docs/web-patterns.md, "Every answer is seen"). The
 * suggestions are help only: the list of all possible mentors stays below.
 */
export function MentorSuggestions({ programmeId, menteeCodes, chosen, onChoose, onFieldLink }: MentorSuggestionsProps) {
  const { t } = useTranslation();
  // The same mentees in another order are the same question (and the same cache entry).
  const codes = useMemo(() => [...new Set(menteeCodes)].sort(), [menteeCodes]);
  const { data, loading, error } = useQuery(SuggestMentorsQuery, {
    variables: { programmeId, menteeCodes: codes },
    skip: codes.length === 0,
    // Load and eligibility change as cohorts are made: what is cached is shown at once, and fetched again.
    fetchPolicy: 'cache-and-network',
  });
  const [confirmed, setConfirmed] = useState<{ code: string; name: string } | null>(null);
  const suggestions = codes.length > 0 ? data?.suggestMentors : undefined;
  const failed = codes.length > 0 && error && !suggestions ? toWizardError(toUiError(error, t)) : null;

  let status: string | null = null;
  if (codes.length > 0 && !failed) {
    if (!suggestions) status = loading ? t('wizard.suggestions.loading') : null;
    else status = suggestions.length > 0 ? t('wizard.suggestions.count', { count: suggestions.length }) : t('wizard.suggestions.none');
  }

  function choose(code: string, name: string) {
    onChoose(code);
    setConfirmed({ code, name });
  }

  return (
    <section aria-labelledby="wizard-suggestions-heading" className="suggestions">
      <h3 id="wizard-suggestions-heading">{t('wizard.suggestions.heading')}</h3>
      <p>{t('wizard.suggestions.intro')}</p>
      <details className="suggestions__how">
        <summary>{t('wizard.suggestions.howRanked')}</summary>
        <p>{t('wizard.suggestions.howRankedText')}</p>
      </details>
      <StatusMessage className="status-region status-region--quiet">{status}</StatusMessage>
      <Confirmation
        level={4}
        heading={confirmed && confirmed.code === chosen ? t('wizard.suggestions.chosen', { name: confirmed.name }) : null}
        next={t('wizard.suggestions.chosenNext')}
      />
      {codes.length === 0 ? <p className="notice">{t('wizard.suggestions.noMentees')}</p> : null}
      <ErrorSummary error={failed} fieldIds={WIZARD_FIELD_IDS} onFieldLink={onFieldLink}>
        {failed ? <p>{t('wizard.suggestions.failed')}</p> : null}
      </ErrorSummary>
      {suggestions && suggestions.length === 0 ? <p className="notice">{t('wizard.suggestions.noneWhy')}</p> : null}
      {suggestions && suggestions.length > 0 ? (
        <ol className="suggestion-list">
          {suggestions.map(({ organization, score, reasons }) => {
            const isChosen = organization.code === chosen;
            return (
              <li key={organization.code} className={isChosen ? 'suggestion suggestion--chosen' : 'suggestion'}>
                <h4 className="suggestion__heading">
                  {organization.name}
                </h4>
                <p className="suggestion__score">{t('wizard.suggestions.score', { score: Math.round(score) })}</p>
                <ul className="suggestion__reasons">
                  {reasons.map((reason) => (
                    // The API's reasons are Swedish text, also in the English interface.
                    <li key={reason} lang="sv">
                      {reason}
                    </li>
                  ))}
                </ul>
                {isChosen ? (
                  <p className="suggestion__chosen">{t('wizard.suggestions.chosenTag')}</p>
                ) : (
                  <button type="button" className="button button--secondary" onClick={() => choose(organization.code, organization.name)}>
                    {/* "Välj som mentor – Umeå kommun": the space stays outside the hidden span (browsers differ on spaces at its edges). */}
                    {t('wizard.suggestions.choose')} <span className="visually-hidden">– {organization.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
