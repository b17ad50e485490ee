import { COUNTIES, MUNICIPALITIES, REGIONS } from '../index';

// That every name is the CSV's (src/data/municipalities.csv) is checked in scripts/generated.spec.ts,
// beside the generator: libs/*/src stays free of Node built-ins.

describe('reference data', () => {
  it('has 290 kommuner with unique four-digit codes in 21 län', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.code) && m.code.startsWith(m.countyCode))).toBe(true);
    expect(new Set(MUNICIPALITIES.map((m) => m.countyCode)).size).toBe(21);
  });

  it.each([
    ['0180', 'Stockholms stad'],
    ['0183', 'Sundbybergs stad'],
    ['0184', 'Solna stad'],
    ['0186', 'Lidingö stad'],
    ['0187', 'Vaxholms stad'],
    ['0880', 'Kalmar kommun'],
    ['1280', 'Malmö stad'],
    ['1282', 'Landskrona stad'],
    ['1283', 'Helsingborgs stad'],
    ['1421', 'Orust kommun'],
    ['1480', 'Göteborgs Stad'],
    ['1481', 'Mölndals stad'],
    ['1488', 'Trollhättans stad'],
    ['1490', 'Borås Stad'],
    ['1980', 'Västerås stad'],
    ['2080', 'Falu kommun'],
    ['2513', 'Överkalix kommun'],
    ['2514', 'Kalix kommun'],
    ['2583', 'Haparanda stad'],
  ])('calls %s by its own name, %s', (code, name) => {
    expect(MUNICIPALITIES.find((m) => m.code === code)?.name).toBe(name);
  });

  it('keeps the short names and the genitive where Swedish takes one', () => {
    expect(MUNICIPALITIES.find((m) => m.code === '1280')?.shortName).toBe('Malmö');
    expect(MUNICIPALITIES.find((m) => m.code === '0880')?.shortName).toBe('Kalmar');
    expect(MUNICIPALITIES.find((m) => m.code === '0126')?.name).toBe('Huddinge kommun');
    expect(MUNICIPALITIES.find((m) => m.code === '0380')?.name).toBe('Uppsala kommun');
    expect(MUNICIPALITIES.filter((m) => / [Ss]tad$/.test(m.name))).toHaveLength(14);
    expect(MUNICIPALITIES.filter((m) => /(s|x)s kommun$/.test(m.name)).map((m) => m.name)).toEqual([]);
  });

  it('has 21 regions named as they call themselves, one per län', () => {
    expect(REGIONS).toHaveLength(21);
    expect(REGIONS.map((r) => r.code).sort()).toEqual(COUNTIES.map((c) => c.code).sort());
    expect(REGIONS.find((r) => r.code === '14')?.name).toBe('Västra Götalandsregionen');
    expect(REGIONS.find((r) => r.code === '01')?.koladaId).toBe('0001');
  });

  it('has Gotland both as kommun 0980 and as Region Gotland', () => {
    expect(MUNICIPALITIES.find((m) => m.code === '0980')?.name).toBe('Gotlands kommun');
    expect(REGIONS.find((r) => r.code === '09')?.name).toBe('Region Gotland');
  });
});
