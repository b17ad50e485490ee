import { demoKoladaValues } from './seed-demo-impact';

/** The demo's Kolada values (apps/api/src/cli/seed-demo-impact.ts): invented, but shaped like Kolada's. */
describe('demoKoladaValues', () => {
  const codes = Array.from({ length: 290 }, (_, i) => String(1000 + i));
  const rows = demoKoladaValues(codes);
  const key = (r: (typeof rows)[number]) => JSON.stringify(r);

  it('gives the same rows every time, and a kommun the same values whichever other kommuner there are', () => {
    expect(demoKoladaValues(codes)).toEqual(rows);
    const all = new Set(rows.map(key));
    const few = demoKoladaValues(codes.slice(0, 10)).filter((r) => r.koladaId !== '0000');
    expect(few.length).toBeGreaterThan(300);
    expect(few.filter((r) => !all.has(key(r)))).toEqual([]);
  });

  it('covers every kommun and Riket 2017–2025 for four key figures, with a few values missing and one key figure total only', () => {
    const byKpi = new Map<string, typeof rows>();
    for (const r of rows) {
      const list = byKpi.get(r.kpiId) ?? [];
      list.push(r);
      byKpi.set(r.kpiId, list);
    }
    expect(byKpi.size).toBe(4);
    for (const [kpi, list] of byKpi) {
      expect(kpi).toMatch(/^N\d{5}$/);
      expect(new Set(list.map((r) => r.koladaId)).size).toBe(291);
      expect(list.filter((r) => r.koladaId === '0000').map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
      // Some rows Kolada "did not publish", never many.
      expect(list.length).toBeLessThan(291 * 9);
      expect(list.length).toBeGreaterThan(291 * 9 * 0.97);
      expect(list.filter((r) => ![r.women, r.men, r.total].every((v) => v === null || Number.isFinite(v)))).toEqual([]);
      expect(list.filter((r) => r.total === null)).toEqual([]);
    }
    const totalOnly = [...byKpi.entries()].filter(([, list]) => list.every((r) => r.women === null && r.men === null));
    expect(totalOnly).toHaveLength(1);
    // The split ones: women's and men's values now and then withheld with the total kept, as Kolada does for small groups.
    for (const [kpi, list] of byKpi) {
      if (kpi === totalOnly[0][0]) continue;
      const withheld = list.filter((r) => r.women === null).length;
      expect(withheld).toBeGreaterThan(0);
      expect(withheld).toBeLessThan(list.length * 0.05);
    }
  });
});
