import type { ExampleFilter } from '../../gql/graphql';
import type { ExampleStatus } from '../examples';
import { EXAMPLE_STATUSES } from './example-workflow';

export const EDITORIAL_PAGE_SIZE = 20;

/** The process leaders' lists below the queue, chosen with `?visa=`. */
export const EDITORIAL_TABS = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;
export type EditorialTab = (typeof EDITORIAL_TABS)[number];

const TAB_PARAMS: Record<EditorialTab, string> = { DRAFT: 'utkast', PUBLISHED: 'publicerade', ARCHIVED: 'arkiverade' };

export function tabParam(tab: EditorialTab): string {
  return TAB_PARAMS[tab];
}

/** The tab named in the URL; drafts when none (or an unknown one) is. */
export function parseTab(param: string | null): EditorialTab {
  return EDITORIAL_TABS.find((tab) => TAB_PARAMS[tab] === param) ?? 'DRAFT';
}

/** One status, every organisation: what a process leader's list shows. */
export function statusFilter(status: ExampleStatus): ExampleFilter {
  return { statuses: [status] };
}

/** A member's page: their organisation's examples in every status. */
export function ownExamplesFilter(organizationCode: string): ExampleFilter {
  return { statuses: [...EXAMPLE_STATUSES], organizationCodes: [organizationCode] };
}
