import {
  allowedExampleActions as allowedActions,
  EXAMPLE_ACTIONS,
  enumValues,
  ExampleStatus,
  followsWorkflow as followsWorkflowRule,
  isExampleAuthor as isExampleAuthorRule,
  mayEditExample,
  type ExampleAction,
  type ExampleFacts,
  type RuleViewer,
  type UserRole,
} from '@modellkommuner/shared';

// The example workflow as the page's buttons and the editor need it: a thin adapter over libs/shared's
// rules (examples.ts, docs/domain.md "Learning examples"), the same functions the API's
// LearningExamplePolicy asks, so a button is shown exactly when the API would allow the step.
// Organisations are keyed by their codes on both sides here.

export const EXAMPLE_STATUSES: readonly ExampleStatus[] = enumValues(ExampleStatus);

/** The workflow step buttons and the edit link, in the order they are shown. */
export { EXAMPLE_ACTIONS, type ExampleAction };

export interface WorkflowViewer {
  role: UserRole;
  organization: { code: string };
}

export interface WorkflowExample {
  status: ExampleStatus;
  organizations: ReadonlyArray<{ code: string }>;
}

function ruleViewer(viewer: WorkflowViewer | null): RuleViewer | null {
  return viewer ? { role: viewer.role, organization: viewer.organization.code } : null;
}

const codes = (example: Pick<WorkflowExample, 'organizations'>) => example.organizations.map((organization) => organization.code);

function facts(example: WorkflowExample): ExampleFacts {
  return { status: example.status, organizations: codes(example) };
}

/** A member of one of the example's organisations. */
export function isExampleAuthor(viewer: WorkflowViewer | null, example: Pick<WorkflowExample, 'organizations'>): boolean {
  return isExampleAuthorRule(ruleViewer(viewer), { organizations: codes(example) });
}

/** Process leaders and the authors follow an example's workflow; everyone else sees only the public page. */
export function followsWorkflow(viewer: WorkflowViewer | null, example: WorkflowExample): boolean {
  return followsWorkflowRule(ruleViewer(viewer), facts(example));
}

/**
 * What the viewer may do with the example now, exactly as the API decides it: members edit and
 * submit their organisation's drafts; process leaders edit anything, submit drafts, publish from
 * DRAFT or IN_REVIEW, return IN_REVIEW or PUBLISHED to DRAFT, and archive what is published.
 */
export function allowedExampleActions(viewer: WorkflowViewer | null, example: WorkflowExample): ExampleAction[] {
  return allowedActions(ruleViewer(viewer), facts(example));
}

/** Why the editor shows no form: the example is locked for a member, or not theirs. */
export type EditAccess = 'edit' | 'locked' | 'notAuthor';

export function editAccess(viewer: WorkflowViewer, example: WorkflowExample): EditAccess {
  if (mayEditExample(ruleViewer(viewer), facts(example))) return 'edit';
  return isExampleAuthor(viewer, example) ? 'locked' : 'notAuthor';
}
