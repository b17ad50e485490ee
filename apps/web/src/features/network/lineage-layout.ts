import { generations as lineageGenerations } from '@modellkommuner/shared';
import type { LineageEdge, NetworkOrganization } from './reach';

// The mentor lineage laid out by generation (docs/domain.md, "The network"): a column per generation,
// a node per organisation, a link per mentor → mentee in a cohort. Pure, so that the page and its
// tests read the same layout.

export interface LineageMentor {
  organization: NetworkOrganization;
  cohort: { id: string; name: string };
}

export interface LineageNode {
  organization: NetworkOrganization;
  generation: number;
  /** Its place: the column is the generation, the row its place in the column. */
  column: number;
  row: number;
  /** Who mentored it and in which cohort, oldest cohort first (none for a founding mentor). */
  mentors: LineageMentor[];
  /** Whom it mentored, in the same order. */
  mentees: LineageMentor[];
}

export interface LineageLink {
  from: LineageNode;
  to: LineageNode;
  cohort: { id: string; name: string };
}

export interface LineageLayout {
  /** The nodes of each generation, top to bottom. */
  columns: LineageNode[][];
  links: LineageLink[];
  /** The longest column's length. */
  rows: number;
}

const byName = (a: { organization: NetworkOrganization }, b: { organization: NetworkOrganization }) =>
  a.organization.name.localeCompare(b.organization.name, 'sv');

/**
 * Lays out the lineage. `generationOf` is the API's generation per organisation id (the overview's
 * organisations); one it does not give is worked out from the edges with the same shared rule.
 * Generation 0 is ordered by name; every later generation by the place of its first mentor in the
 * column before (so that a mentor's mentees stand together and lines cross little), then by name.
 */
export function layoutLineage(edges: readonly LineageEdge[], generationOf: ReadonlyMap<string, number> = new Map()): LineageLayout {
  const computed = lineageGenerations(edges.map((e) => ({ mentor: e.mentor.id, mentee: e.mentee.id, cohort: e.cohort.id })));
  const nodes = new Map<string, LineageNode>();
  const nodeOf = (organization: NetworkOrganization): LineageNode => {
    let node = nodes.get(organization.id);
    if (!node) {
      const generation = generationOf.get(organization.id) ?? computed.get(organization.id) ?? 0;
      node = { organization, generation, column: generation, row: 0, mentors: [], mentees: [] };
      nodes.set(organization.id, node);
    }
    return node;
  };
  const links: LineageLink[] = [];
  for (const edge of edges) {
    const mentor = nodeOf(edge.mentor);
    const mentee = nodeOf(edge.mentee);
    const cohort = { id: edge.cohort.id, name: edge.cohort.name };
    mentor.mentees.push({ organization: edge.mentee, cohort });
    mentee.mentors.push({ organization: edge.mentor, cohort });
    links.push({ from: mentor, to: mentee, cohort });
  }

  const depth = Math.max(-1, ...[...nodes.values()].map((n) => n.generation)) + 1;
  const columns: LineageNode[][] = Array.from({ length: depth }, () => []);
  for (const node of nodes.values()) columns[node.generation].push(node);

  columns.forEach((column, generation) => {
    if (generation === 0) {
      column.sort(byName);
    } else {
      // The first mentor one generation up (the one that makes this generation), by its row there.
      const anchor = (node: LineageNode) =>
        Math.min(
          ...node.mentors
            .map((m) => nodes.get(m.organization.id))
            .filter((m) => m?.generation === generation - 1)
            .map((m) => m?.row ?? Infinity),
        );
      column.sort((a, b) => anchor(a) - anchor(b) || byName(a, b));
    }
    column.forEach((node, row) => {
      node.row = row;
    });
  });

  return { columns, links, rows: Math.max(0, ...columns.map((c) => c.length)) };
}
