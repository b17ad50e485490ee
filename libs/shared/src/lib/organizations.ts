import { OrganizationKind, SKR_CODE } from './enums';
import { isProcessLeader, RuleViewer } from './viewer';

/** The län of a kommun is the first two digits of its code; a region's code is its län code. */
export function countyCodeOf(code: string, kind: OrganizationKind): string | null {
  if (kind === OrganizationKind.MUNICIPALITY && /^\d{4}$/.test(code)) return code.slice(0, 2);
  if (kind === OrganizationKind.REGION && /^\d{2}$/.test(code)) return code;
  return null;
}

export function kindOfCode(code: string): OrganizationKind | null {
  if (/^\d{4}$/.test(code)) return OrganizationKind.MUNICIPALITY;
  if (/^\d{2}$/.test(code)) return OrganizationKind.REGION;
  if (code === SKR_CODE) return OrganizationKind.SKR;
  return null;
}

const SUFFIXES = [' kommun', ' stad', ' Stad', ' kommun och stad'];

/** "Huddinge kommun" → "Huddinge", "Göteborgs Stad" → "Göteborgs" (callers also match genitive forms). */
export function stripOrganisationSuffix(name: string): string {
  const trimmed = name.trim();
  for (const suffix of SUFFIXES) {
    if (trimmed.endsWith(suffix)) return trimmed.slice(0, -suffix.length).trim();
  }
  return trimmed;
}

/** Marking an experienced modellkommun as a possible mentor (docs/domain.md, "Organisations"): process leaders. */
export function mayMarkMentorEligible(viewer: RuleViewer | null): boolean {
  return isProcessLeader(viewer);
}
