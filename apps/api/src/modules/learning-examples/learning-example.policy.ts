import { Injectable } from '@nestjs/common';
import {
  ExampleFacts,
  ExampleStatus,
  ExampleStep,
  isProcessLeader,
  keepsOwnOrganization,
  mayEditExample,
  mayReadExample,
  mayTakeExampleStep,
  maySeeEditorComment,
} from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/** An example as the policy needs to know it: its state and the ids of its organisations. */
export interface ExampleState {
  status: ExampleStatus;
  organizationIds: readonly string[];
}

const facts = (example: ExampleState): ExampleFacts => ({ status: example.status, organizations: example.organizationIds });

/**
 * Who may read and change a learning example: the one place the API decides it, over the rules in
 * libs/shared (examples.ts, docs/domain.md "Learning examples"), which the web's buttons use too.
 * Organisations are keyed by id on both sides (asRuleViewer).
 */
@Injectable()
export class LearningExamplePolicy {
  /** The public reads PUBLISHED only; authors and process leaders read every state. */
  mayRead(viewer: Viewer | null, example: ExampleState): boolean {
    return mayReadExample(asRuleViewer(viewer), facts(example));
  }

  /** Members edit their organisation's DRAFTs (IN_REVIEW is locked for them); process leaders edit anything. */
  mayEdit(viewer: Viewer | null, example: ExampleState): boolean {
    return mayEditExample(asRuleViewer(viewer), facts(example));
  }

  maySeeEditorComment(viewer: Viewer | null, organizationIds: readonly string[]): boolean {
    return maySeeEditorComment(asRuleViewer(viewer), { organizations: organizationIds });
  }

  /** Whether the viewer may take the workflow step at all, whatever the state (exampleStepOpen decides that). */
  mayTakeStep(viewer: Viewer | null, example: ExampleState, step: ExampleStep): boolean {
    return mayTakeExampleStep(asRuleViewer(viewer), facts(example), step);
  }

  /** A member's own organisation is among the organisations an example is saved with. */
  keepsOwnOrganization(viewer: Viewer, organizationIds: readonly string[]): boolean {
    return keepsOwnOrganization(asRuleViewer(viewer), organizationIds);
  }

  /** Importing SKR pages publishes at once: process leaders. */
  mayImport(viewer: Viewer | null): boolean {
    return isProcessLeader(asRuleViewer(viewer));
  }
}
