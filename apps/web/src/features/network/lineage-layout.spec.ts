import { describe, expect, it } from 'vitest';
import type { LineageEdge } from './reach';
import { layoutLineage } from './lineage-layout';
import { OVERVIEW, organization, reach } from './network-test-data';

const names = (column: { organization: { name: string } }[]) => column.map((node) => node.organization.name);
const cohort = (id: string) => ({
  __typename: 'Cohort' as const,
  id,
  name: `Omgång ${id}`,
  status: 'ACTIVE' as const,
  startDate: '2026-01-01',
});
const byId = (code: string) => ({ __typename: 'Organization' as const, id: organization(code).id });
const edge = (mentor: string, mentee: string, cohortId: string): LineageEdge => ({
  mentor: byId(mentor),
  mentee: byId(mentee),
  cohort: cohort(cohortId),
});
/** Every kommun and region, none reached: every generation is worked out from the edges. */
const NONE_REACHED = reach({});

describe('layoutLineage', () => {
  it('puts each organisation in its generation’s column: founding mentors first, by name', () => {
    const layout = layoutLineage(OVERVIEW.lineage, OVERVIEW.organizations);
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

  it('finds the organisations the edges name by id among the overview’s', () => {
    expect(OVERVIEW.lineage[0].mentor).toEqual({ __typename: 'Organization', id: 'o-0127' });
    const layout = layoutLineage(OVERVIEW.lineage, OVERVIEW.organizations);
    const botkyrka = OVERVIEW.organizations.find((row) => row.organization.id === 'o-0127')?.organization;
    expect(layout.columns[0][0].organization).toBe(botkyrka);
    expect(layout.columns[0][0].organization).toMatchObject({ code: '0127', kind: 'MUNICIPALITY', countyCode: '01' });
    const huddinge = layout.columns[1].find((node) => node.organization.code === '0126');
    expect(huddinge?.mentors[0].organization).toBe(botkyrka);
    expect(layout.columns[0][0].mentees.map((m) => m.organization.name)).toEqual(['Huddinge kommun', 'Haninge kommun']);
  });

  it('keeps a mentor’s mentees together, in the order of their mentors, so that lines cross little', () => {
    // Alingsås comes before Örebro, so its mentee Ydre stands above Örebro's Arboga and Askersund (though A < Y).
    const layout = layoutLineage([edge('1880', '1984', 'a'), edge('1489', '0512', 'b'), edge('1880', '1882', 'a')], NONE_REACHED);
    expect(layout.columns.map(names)).toEqual([
      ['Alingsås kommun', 'Örebro kommun'],
      ['Ydre kommun', 'Arboga kommun', 'Askersunds kommun'],
    ]);
  });

  it('takes the API’s generations when it has them, and works out any it lacks with the shared rule', () => {
    // From the edges alone Nynäshamn would be generation 1 (mentored by Botkyrka); the API says 2.
    const edges = [edge('0127', '0126', 'a'), edge('0126', '0192', 'b'), edge('0127', '0192', 'c')];
    expect(layoutLineage(edges, NONE_REACHED).columns.map(names)).toEqual([['Botkyrka kommun'], ['Huddinge kommun', 'Nynäshamns kommun']]);
    const fromApi = reach({ '0127': ['MENTOR', 0], '0192': ['IN_COHORT', 2] });
    expect(layoutLineage(edges, fromApi).columns.map(names)).toEqual([['Botkyrka kommun'], ['Huddinge kommun'], ['Nynäshamns kommun']]);
  });

  it('lists every mentor of an organisation mentored twice, oldest cohort first, in the shortest generation', () => {
    const layout = layoutLineage([edge('0127', '0126', 'first'), edge('2083', '2080', 'x'), edge('2080', '0126', 'second')], NONE_REACHED);
    const huddinge = layout.columns.flat().find((node) => node.organization.code === '0126');
    expect(huddinge?.generation).toBe(1);
    expect(huddinge?.mentors.map((m) => m.cohort.name)).toEqual(['Omgång first', 'Omgång second']);
    expect(layout.links.filter((link) => link.to === huddinge)).toHaveLength(2);
  });

  it('leaves out an edge whose organisation the overview lacks (there is nothing to call it)', () => {
    const stranger = { ...edge('0127', '0192', 'b'), mentor: { __typename: 'Organization' as const, id: 'o-unknown' } };
    const layout = layoutLineage([edge('0127', '0126', 'a'), stranger], NONE_REACHED);
    expect(layout.columns.map(names)).toEqual([['Botkyrka kommun'], ['Huddinge kommun']]);
    expect(layout.links).toHaveLength(1);
  });

  it('has no columns without a lineage', () => {
    expect(layoutLineage([], OVERVIEW.organizations)).toEqual({ columns: [], links: [], rows: 0 });
  });
});
