import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUNICIPALITIES, REGIONS } from '@modellkommuner/reference-data';

/**
 * What `npm run seed` writes (seed-reference-data.ts) is the reference CSV the repository keeps
 * (libs/reference-data/src/data): organizations.generated.ts is regenerated from it, and this fails when
 * it was not. Here rather than in libs/, whose sources stay free of Node built-ins.
 */
function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(__dirname, '..', '..', '..', '..', 'libs', 'reference-data', 'src', 'data', file), 'utf8')
    .trim()
    .split(/\r?\n/);
  const keys = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [keys[i], cell])));
}

describe('reference data against its CSV', () => {
  it('holds the 290 kommuner of municipalities.csv, each with the CSV’s code, name, short name and county', () => {
    const rows = csv('municipalities.csv');
    expect(rows).toHaveLength(290);
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(MUNICIPALITIES.map(({ code, name, shortName, countyCode }) => ({ code, name, shortName, countyCode }))).toEqual(
      rows.map((row) => ({
        code: row.municipality_code,
        name: row.municipality_name,
        shortName: row.municipality_name_short,
        countyCode: row.county_code,
      })),
    );
  });

  it('holds the 21 regions of regions.csv', () => {
    expect(REGIONS.map((region) => region.code)).toEqual(csv('regions.csv').map((row) => row.county_code));
  });
});
