import type { TFunction } from 'i18next';
import { REACH_STATUSES } from '@modellkommuner/shared';
import type { NetworkOverviewQuery, OrganizationKind, ReachStatus } from '../../gql/graphql';
import { localeOf } from '../../i18n/i18n';

// The network page's words and counts (docs/web-patterns.md, "The network page"). The Swedish words are
// the shared rules' (REACH_STATUS_SV, generationLabel in libs/shared network.ts): reach.spec.ts compares.

export type NetworkOverview = NetworkOverviewQuery['networkOverview'];
export type OrganizationReach = NetworkOverview['organizations'][number];
export type LineageEdge = NetworkOverview['lineage'][number];
export type NetworkOrganization = OrganizationReach['organization'];

/** The statuses in the order of how far the method has come (legend, filters, sorting). */
export const STATUSES: readonly ReachStatus[] = REACH_STATUSES;

/** The two maps: kommuner and regioner (SKR is not on the map). */
export type MapKind = Extract<OrganizationKind, 'MUNICIPALITY' | 'REGION'>;
export const MAP_KINDS: readonly MapKind[] = ['MUNICIPALITY', 'REGION'];

export function isReachStatus(value: string): value is ReachStatus {
  return (STATUSES as readonly string[]).includes(value);
}

export function isMapKind(value: string): value is MapKind {
  return (MAP_KINDS as readonly string[]).includes(value);
}

export function statusLabel(status: ReachStatus, t: TFunction): string {
  return t(`network.status.${status}`);
}

export function statusExplained(status: ReachStatus, t: TFunction): string {
  return t(`network.explained.${status}`);
}

export function generationLabel(generation: number, t: TFunction): string {
  return generation === 0 ? t('network.generationLabelFounding') : t('network.generationLabel', { generation });
}

/** "Huddinge kommun — Mentor (generation 1)": the map's shapes say it, and the line below the map. */
export function shapeLabel(
  reach: Pick<OrganizationReach, 'status' | 'generation'> & { organization: { name: string } },
  t: TFunction,
): string {
  const status = statusLabel(reach.status, t);
  return reach.generation === null
    ? t('network.map.shape', { name: reach.organization.name, status })
    : t('network.map.shapeGeneration', { name: reach.organization.name, status, generation: reach.generation });
}

/** How many there are of each status, every status counted (also with none). */
export function countByStatus(rows: readonly Pick<OrganizationReach, 'status'>[]): Record<ReachStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<ReachStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The whole number of per cent `part` is of `whole` (0 of nothing). */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** "a, b och c" in the interface's language. */
export function listOf(items: readonly string[], language: string): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(items);
}
