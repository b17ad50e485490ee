import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import {
  contactField,
  emptyContact,
  emptyExampleForm,
  emptyLink,
  exampleProblems,
  formFieldOf,
  formFromExample,
  isWebAddress,
  linkField,
  originOf,
  removeRow,
  sentRows,
  toExampleInput,
  toFormError,
  toPreviewData,
  type ExampleFormValues,
} from './example-form';
import { HEDEMORA, REGION_STOCKHOLM, savedExample } from './example-test-data';

const t = createI18n({ language: 'sv' }).t;
const vocabulary = { subjects: ['Jämställdhet', 'Folkhälsa'], activityAreas: ['Kultur och fritid'] };

function filled(change: Partial<ExampleFormValues> = {}): ExampleFormValues {
  return { ...emptyExampleForm(HEDEMORA), title: ' Trygga mötesplatser ', summary: 'Unga var med.', ...change };
}

const fieldsOf = (values: ExampleFormValues) => exampleProblems(values, vocabulary, t).map((problem) => problem.field);

describe('example form checks', () => {
  it('accepts a minimal example: title, lead and an organisation', () => {
    expect(exampleProblems(filled(), vocabulary, t)).toEqual([]);
  });

  it('asks for what the API requires, in Swedish', () => {
    const problems = exampleProblems({ ...emptyExampleForm(null), title: '  ' }, vocabulary, t);
    expect(problems).toEqual([
      { field: 'title', message: 'Ge exemplet en rubrik.' },
      { field: 'summary', message: 'Skriv en ingress.' },
      { field: 'organizationCodes', message: 'Välj minst en organisation bakom exemplet.' },
    ]);
  });

  it('checks the period: four-digit years, the end not before the start, a start when ongoing', () => {
    expect(fieldsOf(filled({ periodStart: '2024', periodEnd: '2023' }))).toEqual(['periodEnd']);
    expect(exampleProblems(filled({ periodStart: '2024', periodEnd: '2023' }), vocabulary, t)[0]?.message).toBe('Slutåret kan inte ligga före startåret.');
    expect(fieldsOf(filled({ periodStart: '24' }))).toEqual(['periodStart']);
    expect(fieldsOf(filled({ periodStart: '1800' }))).toEqual(['periodStart']);
    expect(fieldsOf(filled({ ongoing: true }))).toEqual(['periodStart']);
    expect(fieldsOf(filled({ periodEnd: '2025' }))).toEqual(['periodStart']);
    // Ongoing: an end year left in the field is not checked (it is not sent).
    expect(fieldsOf(filled({ periodStart: '2024', periodEnd: '1999', ongoing: true }))).toEqual([]);
    expect(fieldsOf(filled({ periodStart: '2024', periodEnd: '2024' }))).toEqual([]);
  });

  it('checks links and contacts per row, and ignores rows left empty', () => {
    const link = { ...emptyLink(), title: 'Rapporten', url: 'www.kommun.se' };
    const blankLink = emptyLink();
    const contact = { ...emptyContact(), email: 'karin@' };
    const problems = exampleProblems(filled({ furtherReading: [blankLink, link], contacts: [emptyContact(), contact] }), vocabulary, t);
    expect(problems).toEqual([
      { field: linkField(link, 'url'), message: 'Ange en fullständig webbadress som börjar med https:// för länk 2.' },
      { field: contactField(contact, 'name'), message: 'Skriv namnet på kontaktperson 2.' },
      { field: contactField(contact, 'email'), message: 'Ange en giltig e-postadress för kontaktperson 2.' },
    ]);
  });

  it('flags chosen terms that are no longer in the vocabulary', () => {
    expect(exampleProblems(filled({ subjects: ['Jämställdhet', 'Gammalt ämne'] }), vocabulary, t)).toEqual([
      { field: 'subjects', message: 'Ämnet ”Gammalt ämne” finns inte längre i ordlistan. Avmarkera det.' },
    ]);
  });

  it('knows a web address from something that only looks like one', () => {
    expect(isWebAddress('https://www.huddinge.se/jamlikhet')).toBe(true);
    expect(isWebAddress('http://skr.se')).toBe(true);
    expect(isWebAddress('www.huddinge.se')).toBe(false);
    expect(isWebAddress('https://localhost')).toBe(false);
    expect(isWebAddress('ftp://skr.se')).toBe(false);
    expect(isWebAddress('https://skr .se')).toBe(false);
  });
});

describe('toExampleInput', () => {
  it('trims, leaves out empty rows, and sends no end year for ongoing work', () => {
    const values = filled({
      periodStart: '2024',
      periodEnd: '2026',
      ongoing: true,
      background: '  ',
      implementation: ' Vi började med enkäter. ',
      keyConclusions: [
        { key: 'a', text: ' Fråga de unga först. ' },
        { key: 'b', text: '  ' },
      ],
      furtherReading: [emptyLink(), { key: 'l', title: ' Rapporten ', url: ' https://www.hedemora.se/rapport ' }],
      contacts: [{ key: 'c', name: ' Karin ', title: '', organization: '', email: ' karin@hedemora.se ', phone: '' }],
    });
    expect(toExampleInput(values)).toEqual({
      title: 'Trygga mötesplatser',
      summary: 'Unga var med.',
      organizationCodes: ['2083'],
      subjects: [],
      activityAreas: [],
      periodStart: 2024,
      periodEnd: null,
      background: null,
      implementation: 'Vi började med enkäter.',
      successFactors: null,
      results: null,
      keyConclusions: ['Fråga de unga först.'],
      furtherReading: [{ title: 'Rapporten', url: 'https://www.hedemora.se/rapport' }],
      contacts: [{ name: 'Karin', title: null, organization: null, email: 'karin@hedemora.se', phone: null }],
    });
    expect(toExampleInput({ ...values, ongoing: false }).periodEnd).toBe(2026);
  });

  it('reads a saved example back into the form, ongoing when there is a start and no end', () => {
    const values = formFromExample(savedExample());
    expect(values.ongoing).toBe(true);
    expect(values.periodStart).toBe('2024');
    expect(values.keyConclusions.map((row) => row.text)).toEqual(['Fråga de unga först.']);
    expect(values.contacts[0]?.phone).toBe('');
    expect(toExampleInput(values).furtherReading).toEqual([{ title: 'Rapporten', url: 'https://www.hedemora.se/rapport' }]);
    expect(formFromExample(savedExample({ periodStart: 2020, periodEnd: 2022 })).ongoing).toBe(false);
  });
});

describe('toPreviewData', () => {
  it('shows the form as the public page would, origin derived as the API does', () => {
    const preview = toPreviewData(filled({ periodStart: '2024', ongoing: true, keyConclusions: [{ key: 'k', text: 'Lyssna.' }] }));
    expect(preview).toMatchObject({
      title: 'Trygga mötesplatser',
      status: 'DRAFT',
      publishedAt: null,
      originKind: 'MUNICIPALITY',
      periodStart: 2024,
      periodEnd: null,
      keyConclusions: ['Lyssna.'],
      background: null,
    });
    expect(preview.organizations.map((organization) => organization.code)).toEqual(['2083']);
    expect(toPreviewData(filled({ organizations: [HEDEMORA, REGION_STOCKHOLM] })).originKind).toBe('OTHER');
    expect(originOf(['REGION'])).toBe('REGION');
    expect(originOf([])).toBe('OTHER');
  });

  it('keeps what only the saved example has (status, dates)', () => {
    const example = savedExample({ status: 'PUBLISHED', publishedAt: '2026-01-02T10:00:00.000Z' });
    const preview = toPreviewData(formFromExample(example), { status: 'PUBLISHED', publishedAt: example.publishedAt, updatedAt: example.updatedAt, responsibleEditor: 'Björn', sourceUrl: null });
    expect(preview.status).toBe('PUBLISHED');
    expect(preview.publishedAt).toBe('2026-01-02T10:00:00.000Z');
    expect(preview.responsibleEditor).toBe('Björn');
  });
});

describe('server field names', () => {
  it('map list items, numbered among the rows sent, to the form’s rows', () => {
    const blank = emptyContact();
    const second = { ...emptyContact(), name: 'Per', email: 'per@' };
    const first = { ...emptyContact(), name: 'Karin' };
    const link = { key: 'l1', title: 'Rapport', url: 'x' };
    const values = filled({ contacts: [first, blank, second], furtherReading: [link], keyConclusions: [{ key: 'k0', text: '' }, { key: 'k1', text: 'En slutsats' }] });
    const sent = sentRows(values);
    expect(formFieldOf('contacts.1.email', sent)).toBe(contactField(second, 'email'));
    expect(formFieldOf('furtherReading.0.url', sent)).toBe(linkField(link, 'url'));
    expect(formFieldOf('keyConclusions.0', sent)).toBe('keyConclusions.k1');
    expect(formFieldOf('contacts.7.email', sent)).toBe('contacts');
    expect(formFieldOf('title', sent)).toBe('title');
    expect(
      toFormError({ code: 'BAD_USER_INPUT', message: 'x', fields: [{ field: 'contacts.0.name', message: 'Varje kontaktperson behöver ett namn.' }] }, sent).fields,
    ).toEqual([{ field: contactField(first, 'name'), message: 'Varje kontaktperson behöver ett namn.' }]);
  });

  it('remove a row and say which to focus next', () => {
    const rows = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    expect(removeRow(rows, 1)).toEqual({ rows: [{ key: 'a' }, { key: 'c' }], focus: { key: 'c' } });
    expect(removeRow(rows, 2).focus).toEqual({ key: 'b' });
    expect(removeRow([{ key: 'a' }], 0).focus).toBeUndefined();
  });
});
