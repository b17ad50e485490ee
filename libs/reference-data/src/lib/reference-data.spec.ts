import { COUNTIES, MUNICIPALITIES, REGIONS } from '../index';

describe('reference data', () => {
  it('has 290 kommuner with unique four-digit codes in 21 län', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.code) && m.code.startsWith(m.countyCode))).toBe(true);
    expect(new Set(MUNICIPALITIES.map((m) => m.countyCode)).size).toBe(21);
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
