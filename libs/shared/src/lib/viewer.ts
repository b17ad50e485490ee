import { UserRole } from './enums';

/**
 * Who is acting, as the rules modules need to know it: a role and a key for the viewer's
 * organisation. The key is whatever both sides use for the same organisation in the facts they
 * pass — the API passes organisation ids, the web organisation codes — so the same function
 * answers for both. See docs/api-conventions.md, "How a feature is built".
 */
export interface RuleViewer {
  role: UserRole;
  organization: string;
}

export function isProcessLeader(viewer: RuleViewer | null | undefined): boolean {
  return viewer?.role === UserRole.PROCESS_LEADER;
}
