import { isProcessLeader, RuleViewer } from './viewer';

/** The audit log (docs/domain.md, "Audit log") is read by process leaders only. */
export function mayReadAuditLog(viewer: RuleViewer | null): boolean {
  return isProcessLeader(viewer);
}
