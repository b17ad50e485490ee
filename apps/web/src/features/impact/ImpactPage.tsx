import { useEffect, useId, useMemo, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { OPEN_DATASETS } from '@modellkommuner/shared';
import { formatDateTime } from '../../shared/format';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { GoalOutcomes } from './GoalOutcomes';
import { ImpactFilterChoicesQuery, ImpactOverviewQuery } from './graphql/operations';
import {
  confidencePercent,
  hasImpactFilters,
  impactFilterInput,
  impactFiltersToParams,
  parseImpactFilters,
  type ImpactFilters,
  type ImpactOverview,
} from './impact-view';
import { KeyFigureCard } from './KeyFigureCard';
import { DatasetFiles, datasetText, IMPACT_DATASET_IDS } from './open-data-links';
import './impact.css';

/**
 * `/impact`, public: for each Kolada key figure cohorts linked to indicators, the gender gap of the
 * participants before and after beside the others' over the same years (a difference-in-differences with
 * its interval, or why there is none), the goal outcomes of approved follow-up reports, how it is counted,
 * and the files. Narrowed by programme, focus area and generation, all in the URL
 * (docs/domain.md, "Impact"); while new figures are read the last ones stay, dimmed, as on the network page
 * (docs/web-patterns.md, "The network page").
 */
export function ImpactPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseImpactFilters(params), [params]);
  const choices = useQuery(ImpactFilterChoicesQuery);
  const overviewQuery = useQuery(ImpactOverviewQuery, { variables: { filter: impactFilterInput(filters) } });
  const overview = overviewQuery.data?.impactOverview ?? overviewQuery.previousData?.impactOverview;
  const current = overviewQuery.data !== undefined && !overviewQuery.loading;

  // Two choices in quick succession (the second before the first's navigation has rendered) build on each
  // other: the second starts from the address the first asked for, not from the one still shown.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (pending.current?.toString() === params.toString()) pending.current = null;
  }, [params]);
  function choose(change: Partial<ImpactFilters>) {
    const base = pending.current ?? params;
    const next = impactFiltersToParams({ ...parseImpactFilters(base), ...change }, base);
    pending.current = next;
    setParams(next);
  }

  const programmes = choices.data?.programmes ?? [];
  const programmeName = programmes.find((p) => p.id === filters.programme)?.name;
  const showing = t('impact.filters.showing', {
    programme: filters.programme ? (programmeName ?? filters.programme) : t('impact.filters.allProgrammes').toLocaleLowerCase(),
    focusArea: filters.focusArea || t('impact.filters.allFocusAreas').toLocaleLowerCase(),
    generation:
      filters.generation === null
        ? t('impact.filters.allGenerations').toLocaleLowerCase()
        : t('impact.filters.generationOption', { generation: filters.generation }).toLocaleLowerCase(),
  });

  return (
    <Page title={t('impact.title')}>
      <p className="lead">{t('impact.intro')}</p>
      <ImpactFilterFields
        filters={filters}
        onChange={choose}
        programmes={programmes}
        focusAreas={choices.data?.vocabularies.focusAreas ?? []}
        generations={overview?.generations ?? []}
      />
      <StatusMessage className="status-region status-region--quiet">{current ? showing : null}</StatusMessage>
      {overviewQuery.error ? <QueryError error={overviewQuery.error} /> : null}
      {!overview && overviewQuery.loading ? <Loading /> : null}
      {overview ? (
        <div className={current ? 'impact' : 'impact impact--updating'} aria-busy={!current}>
          <KeyFigures overview={overview} />
          <GoalOutcomes overview={overview} />
          <Method overview={overview} />
          <ImpactDownloads />
        </div>
      ) : null}
    </Page>
  );
}

interface FilterFieldsProps {
  filters: ImpactFilters;
  onChange: (change: Partial<ImpactFilters>) => void;
  programmes: readonly { id: string; name: string }[];
  focusAreas: readonly string[];
  generations: readonly number[];
}

/** Programme, focus area and generation: each choice goes into the URL at once, and the figures follow. */
function ImpactFilterFields({ filters, onChange, programmes, focusAreas, generations }: FilterFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  // A choice from a shared link that the lists do not hold (yet) stays choosable, so the field says what is shown.
  const knownProgramme = !filters.programme || programmes.some((p) => p.id === filters.programme);
  const focusAreaOptions = filters.focusArea && !focusAreas.includes(filters.focusArea) ? [...focusAreas, filters.focusArea] : focusAreas;
  const generationOptions =
    filters.generation !== null && !generations.includes(filters.generation)
      ? [...generations, filters.generation].sort((a, b) => a - b)
      : generations;
  return (
    <section aria-labelledby={`${id}-heading`} className="impact-filters">
      <h2 id={`${id}-heading`} className="impact-filters__heading">
        {t('impact.filters.heading')}
      </h2>
      <div className="impact-filters__fields">
        <SelectField
          id={`${id}-programme`}
          name="programme"
          label={t('impact.filters.programme')}
          value={filters.programme}
          onChange={(programme) => onChange({ programme })}
        >
          <option value="">{t('impact.filters.allProgrammes')}</option>
          {knownProgramme ? null : <option value={filters.programme}>{filters.programme}</option>}
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id} lang="sv">
              {programme.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-focus-area`}
          name="focusArea"
          label={t('impact.filters.focusArea')}
          value={filters.focusArea}
          onChange={(focusArea) => onChange({ focusArea })}
        >
          <option value="">{t('impact.filters.allFocusAreas')}</option>
          {focusAreaOptions.map((term) => (
            <option key={term} value={term} lang="sv">
              {term}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-generation`}
          name="generation"
          label={t('impact.filters.generation')}
          hint={t('impact.filters.generationHint')}
          value={filters.generation === null ? '' : String(filters.generation)}
          onChange={(generation) => onChange({ generation: generation ? Number(generation) : null })}
        >
          <option value="">{t('impact.filters.allGenerations')}</option>
          {generationOptions.map((generation) => (
            <option key={generation} value={String(generation)}>
              {t('impact.filters.generationOption', { generation })}
            </option>
          ))}
        </SelectField>
      </div>
      {hasImpactFilters(filters) ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange({ programme: '', focusArea: '', generation: null })}
        >
          {t('impact.filters.clear')}
        </button>
      ) : null}
    </section>
  );
}

function KeyFigures({ overview }: { overview: ImpactOverview }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="section impact-key-figures">
      <h2 id={`${id}-heading`}>{t('impact.keyFigures.heading')}</h2>
      <p>{t('impact.keyFigures.intro')}</p>
      <p>{t('impact.keyFigures.totals', { participants: overview.participantsTotal, comparison: overview.comparisonTotal })}</p>
      {overview.keyFigures.length === 0 ? (
        <p className="notice">{t('impact.keyFigures.none')}</p>
      ) : (
        overview.keyFigures.map((figure) => <KeyFigureCard key={figure.kpiId} figure={figure} overview={overview} />)
      )}
    </section>
  );
}

/** "Så räknar vi": the method and its limits in plain words, with the numbers the API used. */
function Method({ overview }: { overview: ImpactOverview }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="section impact-method">
      <h2 id={`${id}-heading`}>{t('impact.method.heading')}</h2>
      <ul className="impact-method__list">
        <li>{t('impact.method.gap')}</li>
        <li>{t('impact.method.years')}</li>
        <li>{t('impact.method.comparison')}</li>
        <li>{t('impact.method.difference')}</li>
        <li>
          {t('impact.method.interval', {
            level: confidencePercent(overview.confidenceLevel),
            replicates: overview.bootstrapReplicates.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE'),
          })}
        </li>
        <li>{t('impact.method.minGroup', { min: overview.minGroupSize })}</li>
      </ul>
      <p className="impact-method__cause">
        <strong>{t('impact.method.cause')}</strong>
      </p>
      <p>
        {t('impact.method.source')}{' '}
        {overview.dataUpdatedAt
          ? t('impact.method.updated', { date: formatDateTime(overview.dataUpdatedAt, i18n.language) })
          : t('impact.method.notUpdated')}
      </p>
    </section>
  );
}

/** The impact page's own datasets, and the way to the rest. */
function ImpactDownloads() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const datasets = OPEN_DATASETS.filter((dataset) => IMPACT_DATASET_IDS.includes(dataset.id));
  return (
    <section aria-labelledby={`${id}-heading`} className="section open-data">
      <h2 id={`${id}-heading`}>{t('impact.openData.heading')}</h2>
      <p>{t('impact.openData.intro')}</p>
      <ul className="open-data__datasets">
        {datasets.map((dataset) => (
          <li key={dataset.id} className="open-data__dataset">
            <p className="open-data__title">{datasetText(dataset, i18n.language).title}</p>
            <DatasetFiles dataset={dataset} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/oppna-data">{t('impact.openData.allData')}</Link>
      </p>
    </section>
  );
}
