import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_LICENCE, OPEN_DATASETS } from '@modellkommuner/shared';
import { renderRoute } from '../../test/render';
import { OpenDataPage } from './OpenDataPage';

function renderPage(language: 'sv' | 'en' = 'sv') {
  return renderRoute({ path: '/oppna-data', element: <OpenDataPage />, url: '/oppna-data', language });
}

describe('OpenDataPage', () => {
  it('lists every dataset of the catalogue with its description and its files', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Öppna data' })).toBeInTheDocument();
    const datasets = within(screen.getByRole('region', { name: 'Dataset' }));
    expect(datasets.getAllByRole('article')).toHaveLength(OPEN_DATASETS.length);
    for (const dataset of OPEN_DATASETS) {
      const article = within(datasets.getByRole('article', { name: dataset.title }));
      expect(article.getByText(dataset.description)).toBeVisible();
      const links = article.getAllByRole('link');
      expect(links.map((link) => link.getAttribute('href'))).toEqual(dataset.formats.map((format) => `/open-data/${dataset.id}.${format}`));
      for (const link of links) expect(link).toHaveAttribute('download');
      expect(article.getByRole('link', { name: `Ladda ner CSV: ${dataset.title}` })).toBeVisible();
    }
  });

  it('gives the licence, why it was chosen, how to name the source, and the DCAT catalogue', () => {
    renderPage();
    const licence = within(screen.getByRole('region', { name: 'Licens' }));
    expect(licence.getByText(OPEN_DATA_LICENCE.name)).toBeVisible();
    expect(licence.getByRole('link', { name: 'Läs licensen' })).toHaveAttribute('href', OPEN_DATA_LICENCE.url);
    expect(licence.getByText(/^Varför den licensen: effektsiffrorna räknas fram ur Kolada/)).toBeVisible();
    expect(licence.getByText(OPEN_DATA_LICENCE.attribution)).toBeVisible();
    const catalogue = within(screen.getByRole('region', { name: 'Datakatalog' }));
    expect(catalogue.getByRole('link', { name: 'Datakatalogen (DCAT-AP-SE, JSON-LD)' })).toHaveAttribute('href', '/dcat.jsonld');
    expect(catalogue.getByRole('link', { name: 'Effekter: siffrorna som sida' })).toHaveAttribute('href', '/impact');
  });

  it('uses the catalogue’s English titles in the English interface, and marks the Swedish licence name', () => {
    renderPage('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Open data' })).toBeInTheDocument();
    for (const dataset of OPEN_DATASETS) {
      const article = within(screen.getByRole('article', { name: dataset.titleEn }));
      expect(article.getByText(dataset.descriptionEn)).toBeVisible();
      expect(article.getByRole('link', { name: `Download JSON: ${dataset.titleEn}` })).toHaveAttribute(
        'href',
        `/open-data/${dataset.id}.json`,
      );
    }
    expect(screen.getByText(OPEN_DATA_LICENCE.name)).toHaveAttribute('lang', 'sv');
  });
});
