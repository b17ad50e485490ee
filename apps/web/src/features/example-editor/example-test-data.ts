import type { ExampleEditorFieldsFragment } from '../../gql/graphql';

/** Test data for the editor's specs (not a spec itself, so vitest does not run it). */
export const HUDDINGE = { __typename: 'Organization' as const, id: 'o-0126', code: '0126', name: 'Huddinge kommun', shortName: 'Huddinge', kind: 'MUNICIPALITY' as const };
export const HEDEMORA = { __typename: 'Organization' as const, id: 'o-2083', code: '2083', name: 'Hedemora kommun', shortName: 'Hedemora', kind: 'MUNICIPALITY' as const };
export const REGION_STOCKHOLM = { __typename: 'Organization' as const, id: 'o-01', code: '01', name: 'Region Stockholm', shortName: 'Region Stockholm', kind: 'REGION' as const };

// Declared apart, so the __typename the cache needs is not an excess property of the fragment's types.
const REPORT_LINK = { __typename: 'Link' as const, title: 'Rapporten', url: 'https://www.hedemora.se/rapport' };
const KARIN = { __typename: 'Contact' as const, name: 'Karin Lindqvist', title: 'Utvecklingsledare', organization: 'Hedemora kommun', email: 'karin@hedemora.se', phone: null };

export const EXAMPLE_ID = '30000000-0000-4000-8000-000000000001';

export function savedExample(overrides: Partial<ExampleEditorFieldsFragment> = {}): ExampleEditorFieldsFragment & { __typename: 'LearningExample' } {
  return {
    __typename: 'LearningExample',
    id: EXAMPLE_ID,
    slug: 'trygga-motesplatser-i-hedemora',
    title: 'Trygga mötesplatser i Hedemora',
    summary: 'Hedemora gjorde om sina fritidsgårdar tillsammans med unga.',
    status: 'DRAFT',
    publishedAt: null,
    updatedAt: '2026-03-10T09:00:00.000Z',
    originKind: 'MUNICIPALITY',
    subjects: ['Jämställdhet'],
    activityAreas: ['Kultur och fritid'],
    periodStart: 2024,
    periodEnd: null,
    background: 'Färre flickor än pojkar besökte fritidsgårdarna.',
    implementation: null,
    successFactors: null,
    results: null,
    keyConclusions: ['Fråga de unga först.'],
    furtherReading: [REPORT_LINK],
    contacts: [KARIN],
    responsibleEditor: null,
    sourceUrl: null,
    editorComment: null,
    version: 4,
    organizations: [HEDEMORA],
    ...overrides,
  };
}
