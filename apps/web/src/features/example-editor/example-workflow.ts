import type { ExampleStatus } from '../examples/example-view-data';

export const EXAMPLE_STATUSES: readonly ExampleStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

/** The workflow step buttons and the edit link, in the order they are shown. */
export const EXAMPLE_ACTIONS = ['edit', 'submit', 'publish', 'return', 'archive'] as const;
export type ExampleAction = (typeof EXAMPLE_ACTIONS)[number];

export interface WorkflowViewer {
  role: 'PROCESS_LEADER' | 'MEMBER';
  organization: { code: string };
}

export interface WorkflowExample {
  status: ExampleStatus;
  organizations: ReadonlyArray<{ code: string }>;
}

/** A member of one of the example's organisations. */
export function isExampleAuthor(viewer: WorkflowViewer | null, example: Pick<WorkflowExample, 'organizations'>): boolean {
  return viewer !== null && example.organizations.some((organization) => organization.code === viewer.organization.code);
}

/** Process leaders and the authors follow an example's workflow; everyone else sees only the public page. */
export function followsWorkflow(viewer: WorkflowViewer | null, example: WorkflowExample): boolean {
  return viewer !== null && (viewer.role === 'PROCESS_LEADER' || isExampleAuthor(viewer, example));
}

/**
 * What the viewer may do with the example now (DOMAIN.md, as the API's policy decides it): members
 * edit and submit their organisation's drafts; process leaders edit anything, submit drafts, publish
 * from DRAFT or IN_REVIEW, return IN_REVIEW or PUBLISHED to DRAFT, and archive what is published.
 */
export function allowedExampleActions(viewer: WorkflowViewer | null, example: WorkflowExample): ExampleAction[] {
  if (!viewer) return [];
  if (viewer.role === 'PROCESS_LEADER') {
    switch (example.status) {
      case 'DRAFT':
        return ['edit', 'submit', 'publish'];
      case 'IN_REVIEW':
        return ['edit', 'publish', 'return'];
      case 'PUBLISHED':
        return ['edit', 'return', 'archive'];
      case 'ARCHIVED':
        return ['edit'];
    }
  }
  if (!isExampleAuthor(viewer, example)) return [];
  return example.status === 'DRAFT' ? ['edit', 'submit'] : [];
}

/** Why the editor shows no form: the example is locked for a member, or not theirs. */
export type EditAccess = 'edit' | 'locked' | 'notAuthor';

export function editAccess(viewer: WorkflowViewer, example: WorkflowExample): EditAccess {
  if (allowedExampleActions(viewer, example).includes('edit')) return 'edit';
  return isExampleAuthor(viewer, example) ? 'locked' : 'notAuthor';
}
