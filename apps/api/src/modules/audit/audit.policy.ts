import { Injectable } from '@nestjs/common';
import { mayReadAuditLog } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/** Who may read the audit log: the one place it is decided (rules in libs/shared, audit.ts). */
@Injectable()
export class AuditPolicy {
  mayReadLog(viewer: Viewer | null): boolean {
    return mayReadAuditLog(asRuleViewer(viewer));
  }
}
