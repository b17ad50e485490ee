import { isProcessLeader, RuleViewer } from './viewer';

/** Programmes (docs/domain.md, "Programmes") are set up by process leaders; everyone logged in reads them. */
export function mayCreateProgramme(viewer: RuleViewer | null): boolean {
  return isProcessLeader(viewer);
}
