import { Injectable } from '@nestjs/common';
import { mayManageReminders } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/**
 * Who may see a cohort's schedule of reminders and send a custom reminder (docs/domain.md, "Reminders"):
 * the one place the API decides it. Notifications and preferences are always the viewer's own.
 */
@Injectable()
export class ReminderPolicy {
  mayManage(viewer: Viewer | null): boolean {
    return mayManageReminders(asRuleViewer(viewer));
  }
}
