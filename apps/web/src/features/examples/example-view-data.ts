import type { OrganizationKind } from '../../gql/graphql';

// The schema's enums as the generated types spell them (codegen emits an enum only once an operation uses it).
export type ExampleStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export type ExampleOrigin = 'MUNICIPALITY' | 'REGION' | 'OTHER';

/**
 * What the public page of a learning example shows. The example page fills it from the API; the
 * editor's live preview fills it from the form, so authors see exactly what the public will see.
 */
export interface ExampleViewData {
  title: string;
  summary: string;
  status: ExampleStatus;
  /** null in a preview of an example never published. */
  publishedAt: string | null;
  /** null in a preview of an example not saved yet. */
  updatedAt: string | null;
  organizations: ReadonlyArray<{ code: string; name: string; shortName: string; kind: OrganizationKind }>;
  originKind: ExampleOrigin;
  subjects: readonly string[];
  activityAreas: readonly string[];
  periodStart: number | null;
  /** null with a periodStart: the work is ongoing ("pågående"). */
  periodEnd: number | null;
  background: string | null;
  implementation: string | null;
  successFactors: string | null;
  results: string | null;
  keyConclusions: readonly string[];
  furtherReading: ReadonlyArray<{ title: string; url: string | null }>;
  contacts: ReadonlyArray<{ name: string; title: string | null; organization: string | null; email: string | null; phone: string | null }>;
  responsibleEditor: string | null;
  sourceUrl: string | null;
}
