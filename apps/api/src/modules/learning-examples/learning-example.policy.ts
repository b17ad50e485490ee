import { Injectable } from '@nestjs/common';
import { ExampleStatus, UserRole } from '@modellkommuner/shared';
import { Viewer } from '../../infrastructure/graphql/request-context';

/** Who may read and change a learning example (DOMAIN.md): the one place it is decided. */
@Injectable()
export class LearningExamplePolicy {
  isAuthor(viewer: Viewer | null, organizationIds: string[]): boolean {
    return viewer !== null && organizationIds.includes(viewer.organizationId);
  }

  /** The public reads PUBLISHED only; authors and process leaders read every state. */
  canRead(viewer: Viewer | null, status: ExampleStatus, organizationIds: string[]): boolean {
    if (status === ExampleStatus.PUBLISHED) return true;
    return viewer?.role === UserRole.PROCESS_LEADER || this.isAuthor(viewer, organizationIds);
  }

  /** Members edit their organisation's DRAFTs (IN_REVIEW is locked for them); process leaders edit anything. */
  canEdit(viewer: Viewer, status: ExampleStatus, organizationIds: string[]): boolean {
    if (viewer.role === UserRole.PROCESS_LEADER) return true;
    return status === ExampleStatus.DRAFT && this.isAuthor(viewer, organizationIds);
  }

  canSeeEditorComment(viewer: Viewer | null, organizationIds: string[]): boolean {
    return viewer?.role === UserRole.PROCESS_LEADER || this.isAuthor(viewer, organizationIds);
  }
}
