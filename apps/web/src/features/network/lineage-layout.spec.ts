import { describe, expect, it } from 'vitest';
import type { LineageEdge } from './reach';
import { layoutLineage } from './lineage-layout';
import { OVERVIEW, organization } from './network-test-data';

const names = (column: { organization: { name: string } }[]) => column.map((node) => node.organization.name);
const cohort = (id: string) => ({
  __typename: 'Cohort' as const,
  id,
  name: `Omgång ${id}`,
  status: 'ACTIVE' as const,
  startDate: '2026-01-01',
});
const edge = (mentor: string, mentee: string, cohortId: string): LineageEdge => ({
  mentor: organization(mentor),
  mentee: organization(mentee),
  cohort: cohort(cohortId),
});

describe('layoutLineage', () => {
  it('puts each organisation in its generation’s column: founding mentors first, by name', () => {
    const layout = layoutLineage(OVERVIEW.lineage);
    expect(layout.columns.map(names)).toEqual([
      ['Botkyrka kommun', 'Hedemora kommun', 'Region Dalarna'],
      ['Haninge kommun', 'Huddinge kommun', 'Borlänge kommun', 'Falu kommun', 'Region Gävleborg'],
      ['Nynäshamns kommun'],
    ]);
    expect(layout.rows).toBe(5);
    expect(layout.links).toHaveLength(6);
    const nynashamn = layout.columns[2][0];
    expect(nynashamn).toMatchObject({ generation: 2, column: 2, row: 0 });
    expect(nynashamn.mentors.map((m) => [m.organization.name, m.cohort.name])).toEqual([['Huddinge kommun', 'Omgång Södertörn 2026']]);
  });

  it('keeps a mentor’s mentees together, in the order of their mentors, so that lines cross little', () => {
    // Alingsås comes before Örebro, so its mentee Ydre stands above Örebro's Arboga and Askersund (though A < Y).
    const layout = layoutLineage([edge('1880', '1984', 'a'), edge('1489', '0512', 'b'), edge('1880', '1882', 'a')]);
    expect(layout.columns.map(names)).toEqual([
      ['Alingsås kommun', 'Örebro kommun'],
      ['Ydre kommun', 'Arboga kommun', 'Askersunds kommun'],
    ]);
  });

  it('takes the API’s generations when it has them, and works out any it lacks with the shared rule', () => {
    const edges = [edge('0127', '0126', 'a'), edge('0126', '0192', 'b')];
    const fromApi = new Map([['o-0127', 0]]);
    expect(layoutLineage(edges, fromApi).columns.map(names)).toEqual([['Botkyrka kommun'], ['Huddinge kommun'], ['Nynäshamns kommun']]);
  });

  it('lists every mentor of an organisation mentored twice, oldest cohort first, in the shortest generation', () => {
    const layout = layoutLineage([edge('0127', '0126', 'first'), edge('2083', '2080', 'x'), edge('2080', '0126', 'second')]);
    const huddinge = layout.columns.flat().find((node) => node.organization.code === '0126');
    expect(huddinge?.generation).toBe(1);
    expect(huddinge?.mentors.map((m) => m.cohort.name)).toEqual(['Omgång first', 'Omgång second']);
    expect(layout.links.filter((link) => link.to === huddinge)).toHaveLength(2);
  });

  it('has no columns without a lineage', () => {
    expect(layoutLineage([])).toEqual({ columns: [], links: [], rows: 0 });
  });
});
