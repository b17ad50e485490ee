import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DCAT_PATH, OPEN_DATA_LICENCE, OPEN_DATASETS } from '@modellkommuner/shared';
import { Page } from '../../shared/ui/Page';
import { DatasetFiles, datasetText } from './open-data-links';
import './impact.css';

/**
 * `/oppna-data`, public: every dataset of the open-data catalogue (libs/shared open-data.ts) with its
 * description and files, the licence and why it was chosen, how to name the source, and the DCAT-AP-SE
 * catalogue. The SPA's address is Swedish and not `/open-data`: there are the files, the API's, which the
 * web server forwards (docs/api-conventions.md, "Open data").
 */
export function OpenDataPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <Page title={t('impact.openData.pageTitle')}>
      <p className="lead">{t('impact.openData.pageIntro')}</p>

      <section aria-labelledby={`${id}-datasets`} className="section open-data">
        <h2 id={`${id}-datasets`}>{t('impact.openData.datasetsHeading')}</h2>
        {OPEN_DATASETS.map((dataset) => {
          const text = datasetText(dataset, i18n.language);
          return (
            <article key={dataset.id} className="open-data__dataset open-data__dataset--full" aria-labelledby={`${id}-${dataset.id}`}>
              <h3 id={`${id}-${dataset.id}`}>{text.title}</h3>
              <p>{text.description}</p>
              <DatasetFiles dataset={dataset} />
            </article>
          );
        })}
      </section>

      <section aria-labelledby={`${id}-licence`} className="section">
        <h2 id={`${id}-licence`}>{t('impact.openData.licenceHeading')}</h2>
        <p>
          {t('impact.openData.licence')} <span lang="sv">{OPEN_DATA_LICENCE.name}</span>.{' '}
          <a href={OPEN_DATA_LICENCE.url}>{t('impact.openData.licenceLink')}</a>
        </p>
        <p>{t('impact.openData.licenceWhy')}</p>
        <p>{t('impact.openData.attributionLead')}</p>
        <blockquote className="open-data__attribution" lang="sv">
          <p>{OPEN_DATA_LICENCE.attribution}</p>
        </blockquote>
      </section>

      <section aria-labelledby={`${id}-catalogue`} className="section">
        <h2 id={`${id}-catalogue`}>{t('impact.openData.catalogueHeading')}</h2>
        <p>{t('impact.openData.catalogue')}</p>
        <p>
          <a href={DCAT_PATH}>{t('impact.openData.catalogueLink')}</a>
        </p>
        <p>
          <Link to="/impact">{t('impact.openData.impactLink')}</Link>
        </p>
      </section>
    </Page>
  );
}
