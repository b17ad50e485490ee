import { useTranslation } from 'react-i18next';
import { openDataPath, type OpenDataset } from '@modellkommuner/shared';

/** A dataset's title and description in the interface's language (the catalogue has both), and that language. */
export function datasetText(dataset: OpenDataset, language: string): { title: string; description: string; lang: 'sv' | 'en' } {
  return language === 'en'
    ? { title: dataset.titleEn, description: dataset.descriptionEn, lang: 'en' }
    : { title: dataset.title, description: dataset.description, lang: 'sv' };
}

/** The datasets the impact page offers beside its figures (the rest are on the open-data page). */
export const IMPACT_DATASET_IDS: readonly string[] = ['impact-key-figures', 'impact-series', 'goal-outcomes'];

/**
 * A dataset's files as plain download links (`/open-data/{id}.csv`, the API's, proxied like /graphql): not
 * routes of the app. Each link's name says the format and then the dataset ("Ladda ner CSV: …": the visible
 * words first), so a list of links read out of context still says which file is which.
 */
export function DatasetFiles({ dataset }: { dataset: OpenDataset }) {
  const { t, i18n } = useTranslation();
  const { title } = datasetText(dataset, i18n.language);
  return (
    <ul className="open-data__files">
      {dataset.formats.map((format) => (
        <li key={format}>
          <a
            href={openDataPath(dataset.id, format)}
            download
            className="open-data__file"
            aria-label={t('impact.openData.downloadOf', { format: format.toUpperCase(), title })}
          >
            {t('impact.openData.download', { format: format.toUpperCase() })}
          </a>
        </li>
      ))}
    </ul>
  );
}
