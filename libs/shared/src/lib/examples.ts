import { ExampleStatus } from './enums';
import { isProcessLeader, RuleViewer } from './viewer';

// The learning examples' rules (docs/domain.md, "Learning examples"): who reads and changes an
// example in which state, and the workflow steps. The API's LearningExamplePolicy and the web's
// buttons both call these.

/** An example as the rules see it; `organizations` are keys of the same kind as RuleViewer's. */
export interface ExampleFacts {
  status: ExampleStatus;
  organizations: readonly string[];
}

/** The workflow steps, each a mutation that takes the version last read. */
export const ExampleStep = {
  SUBMIT: 'submit',
  PUBLISH: 'publish',
  RETURN: 'return',
  ARCHIVE: 'archive',
} as const;
export type ExampleStep = (typeof ExampleStep)[keyof typeof ExampleStep];

interface StepRule {
  from: readonly ExampleStatus[];
  to: ExampleStatus;
  /** Authors (members of one of the example's organisations) may take it too; else process leaders only. */
  authors: boolean;
}

/**
 * The workflow: authors (or a process leader) send a DRAFT to the editors; process leaders publish
 * from DRAFT or IN_REVIEW, return IN_REVIEW or PUBLISHED to DRAFT with a comment, archive what is published.
 */
const STEPS: Record<ExampleStep, StepRule> = {
  [ExampleStep.SUBMIT]: { from: [ExampleStatus.DRAFT], to: ExampleStatus.IN_REVIEW, authors: true },
  [ExampleStep.PUBLISH]: { from: [ExampleStatus.DRAFT, ExampleStatus.IN_REVIEW], to: ExampleStatus.PUBLISHED, authors: false },
  [ExampleStep.RETURN]: { from: [ExampleStatus.IN_REVIEW, ExampleStatus.PUBLISHED], to: ExampleStatus.DRAFT, authors: false },
  [ExampleStep.ARCHIVE]: { from: [ExampleStatus.PUBLISHED], to: ExampleStatus.ARCHIVED, authors: false },
};

/** A member of one of the example's organisations. */
export function isExampleAuthor(viewer: RuleViewer | null, example: Pick<ExampleFacts, 'organizations'>): boolean {
  return viewer != null && example.organizations.includes(viewer.organization);
}

/** The public reads PUBLISHED only; authors and process leaders read every state. */
export function mayReadExample(viewer: RuleViewer | null, example: ExampleFacts): boolean {
  return example.status === ExampleStatus.PUBLISHED || isProcessLeader(viewer) || isExampleAuthor(viewer, example);
}

/** Members edit their organisation's DRAFTs (IN_REVIEW is locked for them); process leaders edit anything. */
export function mayEditExample(viewer: RuleViewer | null, example: ExampleFacts): boolean {
  if (isProcessLeader(viewer)) return true;
  return example.status === ExampleStatus.DRAFT && isExampleAuthor(viewer, example);
}

/** The editor's comment on a returned example is for its authors and the editors. */
export function maySeeEditorComment(viewer: RuleViewer | null, example: Pick<ExampleFacts, 'organizations'>): boolean {
  return isProcessLeader(viewer) || isExampleAuthor(viewer, example);
}

/** Process leaders and the authors follow an example's workflow; everyone else sees only the public page. */
export function followsWorkflow(viewer: RuleViewer | null, example: ExampleFacts): boolean {
  return isProcessLeader(viewer) || isExampleAuthor(viewer, example);
}

/**
 * The organisations an example is saved with must include the member's own (process leaders write
 * for anyone). `organizations` are the keys of the organisations being saved.
 */
export function keepsOwnOrganization(viewer: RuleViewer, organizations: readonly string[]): boolean {
  return isProcessLeader(viewer) || organizations.includes(viewer.organization);
}

/** Whether the viewer may take the step at all (FORBIDDEN otherwise), whatever the state. */
export function mayTakeExampleStep(viewer: RuleViewer | null, example: ExampleFacts, step: ExampleStep): boolean {
  if (isProcessLeader(viewer)) return true;
  return STEPS[step].authors && isExampleAuthor(viewer, example);
}

/** Whether the step leads anywhere from this state (CONFLICT otherwise). */
export function exampleStepOpen(status: ExampleStatus, step: ExampleStep): boolean {
  return STEPS[step].from.includes(status);
}

/** The state a step leads to. */
export function exampleStepTarget(step: ExampleStep): ExampleStatus {
  return STEPS[step].to;
}

/** The web's action buttons and edit link, in the order they are shown. */
export const EXAMPLE_ACTIONS = ['edit', ExampleStep.SUBMIT, ExampleStep.PUBLISH, ExampleStep.RETURN, ExampleStep.ARCHIVE] as const;
export type ExampleAction = (typeof EXAMPLE_ACTIONS)[number];

/** What the viewer may do with the example now: exactly what the API would allow. */
export function allowedExampleActions(viewer: RuleViewer | null, example: ExampleFacts): ExampleAction[] {
  if (!viewer) return [];
  return EXAMPLE_ACTIONS.filter((action) =>
    action === 'edit' ? mayEditExample(viewer, example) : mayTakeExampleStep(viewer, example, action) && exampleStepOpen(example.status, action),
  );
}
