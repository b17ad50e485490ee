import { CONTACT_CONTROLS, conclusionField, contactField, LINK_CONTROLS, linkField, type ContactControl, type ExampleFormValues, type LinkControl } from './example-form';

/** Where each field (as the form names it) lives, for error links and focus. */
export const EDITOR_FIELD_IDS = {
  title: 'editor-title',
  summary: 'editor-summary',
  organizationCodes: 'editor-organization-search',
  subjects: 'editor-subjects',
  activityAreas: 'editor-activity-areas',
  periodStart: 'editor-period-start',
  periodEnd: 'editor-period-end',
  background: 'editor-background',
  implementation: 'editor-implementation',
  successFactors: 'editor-success-factors',
  results: 'editor-results',
  keyConclusions: 'editor-conclusions',
  furtherReading: 'editor-links',
  contacts: 'editor-contacts',
} as const satisfies Record<string, string>;

/** The ids of the repeatable rows' controls: stable per row (its key), whatever rows come and go. */
export const conclusionId = (key: string) => `editor-conclusion-${key}`;
export const linkId = (key: string, control: LinkControl) => `editor-link-${key}-${control}`;
export const contactId = (key: string, control: ContactControl) => `editor-contact-${key}-${control}`;

/** Every field's id, the rows' included, for the error summary's links. */
export function fieldIdsOf(values: ExampleFormValues): Record<string, string> {
  return {
    ...EDITOR_FIELD_IDS,
    ...Object.fromEntries(values.keyConclusions.map((row) => [conclusionField(row), conclusionId(row.key)])),
    ...Object.fromEntries(values.furtherReading.flatMap((row) => LINK_CONTROLS.map((c) => [linkField(row, c), linkId(row.key, c)]))),
    ...Object.fromEntries(values.contacts.flatMap((row) => CONTACT_CONTROLS.map((c) => [contactField(row, c), contactId(row.key, c)]))),
  };
}
