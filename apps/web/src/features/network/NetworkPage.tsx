import { useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { NetworkOverviewQuery, NetworkProgrammesQuery } from './graphql/operations';
import { LineageSection } from './LineageSection';
import { ReachFigures } from './ReachFigures';
import { ReachMap } from './ReachMap';
import { ReachTable } from './ReachTable';
import './network.css';

const ID = /^[0-9a-fA-F-]{1,64}$/;
const TABLE_HEADING_ID = 'network-table-heading';

/**
 * `/network`, public: how far the method has reached — figures, a map of kommuner or regioner by
 * status, the same as a table, and the mentor lineage — for every programme or one (`?programme=<id>`).
 * The figures and the table come with the overview; the map's outlines are a separate, cached file
 * and the map draws when they arrive (docs/web-patterns.md, "The network page").
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('programme') ?? '';
  const programmeId = ID.test(requested) ? requested : '';
  const programmes = useQuery(NetworkProgrammesQuery);
  const overviewQuery = useQuery(NetworkOverviewQuery, { variables: { programmeId: programmeId || null } });
  // While another programme's figures are read, the last ones stay (the status says when they change).
  const overview = overviewQuery.data?.networkOverview ?? overviewQuery.previousData?.networkOverview;
  const programmeName = programmes.data?.programmes.find((p) => p.id === programmeId)?.name;
  const tableHeading = useRef<HTMLHeadingElement>(null);

  function chooseProgramme(id: string) {
    const next = new URLSearchParams(params);
    if (id) next.set('programme', id);
    else next.delete('programme');
    setParams(next);
  }

  function skipToTable() {
    tableHeading.current?.focus();
    tableHeading.current?.scrollIntoView?.();
  }

  const current = overviewQuery.data !== undefined && !overviewQuery.loading;
  return (
    <Page title={t('network.title')}>
      <p className="lead">{t('network.intro')}</p>
      <div className="network-programme">
        <SelectField
          id="network-programme"
          name="programme"
          label={t('network.programme.label')}
          value={programmeId}
          onChange={chooseProgramme}
        >
          <option value="">{t('network.programme.all')}</option>
          {programmeId && !programmeName ? <option value={programmeId}>{programmeId}</option> : null}
          {(programmes.data?.programmes ?? []).map((programme) => (
            <option key={programme.id} value={programme.id} lang="sv">
              {programme.name}
            </option>
          ))}
        </SelectField>
      </div>
      <StatusMessage className="status-region status-region--quiet">
        {current ? t('network.programme.showing', { programme: programmeName ?? t('network.programme.all').toLocaleLowerCase() }) : null}
      </StatusMessage>
      {overviewQuery.error ? <QueryError error={overviewQuery.error} /> : null}
      {!overview && overviewQuery.loading ? <Loading /> : null}
      {overview ? (
        <div className={current ? 'network' : 'network network--updating'} aria-busy={!current}>
          <ReachFigures overview={overview} />
          <ReachMap organizations={overview.organizations} onSkipToTable={skipToTable} tableHeadingId={TABLE_HEADING_ID} />
          <ReachTable organizations={overview.organizations} headingId={TABLE_HEADING_ID} headingRef={tableHeading} />
          <LineageSection lineage={overview.lineage} organizations={overview.organizations} />
        </div>
      ) : null}
    </Page>
  );
}
