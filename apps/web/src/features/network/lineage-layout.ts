import { generations as lineageGenerations } from '@modellkommuner/shared';
import type { LineageEdge, NetworkOrganization, OrganizationReach } from './reach';

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

/** What the layout needs of the overview's organisations: each one, and its generation (if reached). */
export type LineageReach = Pick<OrganizationReach, 'organization' | 'generation'>;

const byName = (a: { organization: NetworkOrganization }, b: { organization: NetworkOrganization }) =>
  a.organization.name.localeCompare(b.organization.name, 'sv');

/**
 * Lays out the lineage. The edges name their mentor and mentee by id only (so that the answer does not
 * repeat an organisation's fields per edge); `organizations` — the overview's, every kommun and region
 * — gives each its name and so on, and its generation. A generation the overview does not give (null)
 * is worked out from the edges with the same shared rule. An edge naming an organisation the overview
 * lacks is left out: the API never sends one, and there would be nothing to call it.
 * Generation 0 is ordered by name; every later generation by the place of its first mentor in the
 * column before (so that a mentor's mentees stand together and lines cross little), then by name.
 */
export function layoutLineage(
  edges: readonly LineageEdge[],
  organizations: readonly LineageReach[],
): LineageLayout {
  const reachOf = new Map(organizations.map((row) => [row.organization.id, row]));
  const known = edges.flatMap((edge) => {
    const mentor = reachOf.get(edge.mentor.id);
    const mentee = reachOf.get(edge.mentee.id);
    return mentor && mentee ? [{ mentor, mentee, cohort: { id: edge.cohort.id, name: edge.cohort.name } }] : [];
  });
  const computed = lineageGenerations(
    known.map((e) => ({ mentor: e.mentor.organization.id, mentee: e.mentee.organization.id, cohort: e.cohort.id })),
  );
  const nodes = new Map<string, LineageNode>();
  const nodeOf = ({ organization, generation: given }: LineageReach): LineageNode => {
    let node = nodes.get(organization.id);
    if (!node) {
      const generation = given ?? computed.get(organization.id) ?? 0;
      node = { organization, generation, column: generation, row: 0, mentors: [], mentees: [] };
      nodes.set(organization.id, node);
    }
    return node;
  };
  const links: LineageLink[] = [];
  for (const edge of known) {
    const mentor = nodeOf(edge.mentor);
    const mentee = nodeOf(edge.mentee);
    mentor.mentees.push({ organization: mentee.organization, cohort: edge.cohort });
    mentee.mentors.push({ organization: mentor.organization, cohort: edge.cohort });
    links.push({ from: mentor, to: mentee, cohort: edge.cohort });
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
