import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { programme } from '../../test/cohort-fixtures';
import {
  busyOrganizations,
  defaultFollowUp,
  firstIncompleteStep,
  initialWizardState,
  isWizardPath,
  isWizardStep,
  wizardPath,
  wizardStateFromDraft,
  matchesSearch,
  menteeSpan,
  stepOfField,
  stepProblems,
  toCreateCohortInput,
  toWizardError,
  wizardField,
  type WizardState,
} from './cohort-wizard';

const t = createI18n({ language: 'sv' }).t;

function filled(change: Partial<WizardState> = {}): WizardState {
  return {
    ...initialWizardState('Uppstartsmöte'),
    programmeId: programme.id,
    mentorCode: '2083',
    menteeCodes: ['0136', '0126'],
    name: '  Modellkommuner 2026 ',
    startDate: '2026-03-02',
    meeting: { kind: 'STARTUP', title: 'Uppstartsmöte', date: '2026-03-29', startTime: '10:00', endTime: '12:00', location: ' Hedemora stadshus ', notes: '' },
    ...change,
  };
}

describe('wizard validation', () => {
  it('asks for a programme and a mentor', () => {
    expect(stepProblems('programme', filled(), undefined, t)).toEqual([{ field: 'programmeId', message: 'Välj ett program.' }]);
    expect(stepProblems('mentor', filled({ mentorCode: '' }), programme, t)).toEqual([{ field: 'mentorCode', message: 'Välj en mentor.' }]);
  });

  it('wants as many mentees as the programme allows', () => {
    expect(stepProblems('mentees', filled({ menteeCodes: ['0136'] }), programme, t)).toEqual([
      { field: 'menteeCodes', message: 'Välj 2–3 nya kommuner. Du har valt 1.' },
    ]);
    expect(stepProblems('mentees', filled({ menteeCodes: ['0136', '0126', '0127', '0128'] }), programme, t)[0]?.message).toBe(
      'Välj 2–3 nya kommuner. Du har valt 4.',
    );
    expect(stepProblems('mentees', filled(), programme, t)).toEqual([]);
    expect(menteeSpan({ minMentees: 2, maxMentees: 2 })).toBe('2');
  });

  it('refuses the mentor among the mentees', () => {
    expect(stepProblems('mentees', filled({ menteeCodes: ['0136', '2083'] }), programme, t)).toEqual([
      { field: 'menteeCodes', message: 'Mentorn kan inte också vara ny i samma omgång.' },
    ]);
  });

  it('checks name, dates and the start-up meeting', () => {
    const problems = stepProblems(
      'details',
      filled({ name: ' ', startDate: '2026-02-30', followUpDueDate: '2025-01-01', meeting: { ...filled().meeting, startTime: '12:00', endTime: '11:00' } }),
      programme,
      t,
    );
    expect(problems.map((p) => p.field)).toEqual(['name', 'startDate', 'startupMeeting.endTime']);
    expect(stepProblems('details', filled({ followUpDueDate: '2026-03-01' }), programme, t)).toEqual([
      { field: 'followUpDueDate', message: 'Uppföljningen måste ligga efter startdatumet.' },
    ]);
    expect(stepProblems('details', filled({ meeting: { ...filled().meeting, startTime: '02:30' } }), programme, t)[0]?.field).toBe(
      'startupMeeting.startTime',
    );
    expect(stepProblems('details', filled(), programme, t)).toEqual([]);
  });
});

describe('wizard and the API', () => {
  it('sends Swedish time with the right offset, and leaves the follow-up to the API when empty', () => {
    expect(toCreateCohortInput(filled())).toEqual({
      programmeId: programme.id,
      name: 'Modellkommuner 2026',
      mentorCode: '2083',
      menteeCodes: ['0136', '0126'],
      startDate: '2026-03-02',
      startupMeeting: {
        kind: 'STARTUP',
        title: 'Uppstartsmöte',
        startsAt: '2026-03-29T10:00:00+02:00',
        endsAt: '2026-03-29T12:00:00+02:00',
        location: 'Hedemora stadshus',
        notes: null,
      },
    });
    expect(toCreateCohortInput(filled({ followUpDueDate: '2027-01-15' })).followUpDueDate).toBe('2027-01-15');
  });

  it('shows the default follow-up date', () => {
    expect(defaultFollowUp('2026-03-02', programme)).toBe('2027-03-02');
    expect(defaultFollowUp('', programme)).toBeNull();
    expect(defaultFollowUp('2026-03-02', undefined)).toBeNull();
  });

  it('links each API field to the step where it is fixed', () => {
    expect(stepOfField('programmeId')).toBe('programme');
    expect(stepOfField('mentorCode')).toBe('mentor');
    expect(stepOfField('menteeCodes')).toBe('mentees');
    expect(stepOfField('startupMeeting.endsAt')).toBe('details');
    expect(stepOfField('followUpDueDate')).toBe('details');
    expect(wizardField('startupMeeting.endsAt')).toBe('startupMeeting.endTime');
    expect(wizardField('startupMeeting.startsAt')).toBe('startupMeeting.startTime');
    expect(wizardField('title')).toBe('startupMeeting.title');
    expect(wizardField('name')).toBe('name');
    expect(
      toWizardError({ code: 'BAD_USER_INPUT', message: 'x', fields: [{ field: 'startupMeeting.endsAt', message: 'Mötet måste sluta efter att det har börjat.' }] })
        .fields,
    ).toEqual([{ field: 'startupMeeting.endTime', message: 'Mötet måste sluta efter att det har börjat.' }]);
  });

  it('searches organisations by name or code, ignoring case', () => {
    const hedemora = { name: 'Hedemora kommun', shortName: 'Hedemora', code: '2083' };
    expect(matchesSearch(hedemora, 'HEDE')).toBe(true);
    expect(matchesSearch(hedemora, '2083')).toBe(true);
    expect(matchesSearch(hedemora, '')).toBe(true);
    expect(matchesSearch(hedemora, 'Huddinge')).toBe(false);
    expect(matchesSearch({ name: 'Malmö stad', code: '1280' }, 'malmo')).toBe(true);
  });
});

describe('wizard steps as addresses', () => {
  it('names each step’s address, and knows its own', () => {
    expect(wizardPath('mentees')).toBe('/cohorts/new/mentees');
    expect(isWizardPath('/cohorts/new')).toBe(true);
    expect(isWizardPath('/cohorts/new/review')).toBe(true);
    expect(isWizardPath('/cohorts')).toBe(false);
    expect(isWizardPath('/cohorts/newer')).toBe(false);
    expect(isWizardStep('details')).toBe(true);
    expect(isWizardStep('done')).toBe(false);
    expect(isWizardStep(undefined)).toBe(false);
  });

  it('sends a step asked for too early to the first step still to do', () => {
    const empty = initialWizardState('Uppstartsmöte');
    expect(firstIncompleteStep('programme', empty, undefined, t)).toBeNull();
    expect(firstIncompleteStep('review', empty, undefined, t)).toBe('programme');
    // The mentees come before the mentor (the mentor step suggests mentors for them).
    expect(firstIncompleteStep('mentor', { ...empty, programmeId: programme.id }, programme, t)).toBe('mentees');
    expect(firstIncompleteStep('mentees', { ...empty, programmeId: programme.id }, programme, t)).toBeNull();
    expect(firstIncompleteStep('details', filled({ mentorCode: '' }), programme, t)).toBe('mentor');
    expect(firstIncompleteStep('review', filled({ menteeCodes: ['0136'], mentorCode: '' }), programme, t)).toBe('mentees');
    expect(firstIncompleteStep('review', filled({ name: '' }), programme, t)).toBe('details');
    expect(firstIncompleteStep('review', filled(), programme, t)).toBeNull();
  });

  it('takes the state back from a draft, leaving what does not fit at its start value', () => {
    const start = initialWizardState('Uppstartsmöte');
    expect(wizardStateFromDraft(filled(), start)).toEqual(filled());
    expect(wizardStateFromDraft(null, start)).toEqual(start);
    const odd = wizardStateFromDraft({ programmeId: 42, menteeCodes: ['0136', 7], name: 'Omgång', meeting: { title: null, date: '2026-03-29' } }, start);
    expect(odd).toEqual({ ...start, menteeCodes: ['0136'], name: 'Omgång', meeting: { ...start.meeting, date: '2026-03-29' } });
  });
});

describe('who is busy in the programme', () => {
  const cohorts = [
    {
      name: 'Stockholm söder',
      status: 'ACTIVE' as const,
      members: [
        { withdrawnAt: null, organization: { code: '0127', name: 'Botkyrka kommun' } },
        { withdrawnAt: '2026-01-10T09:00:00.000Z', organization: { code: '0192', name: 'Nynäshamns kommun' } },
      ],
    },
    { name: 'Roslagen', status: 'FOLLOW_UP' as const, members: [{ withdrawnAt: null, organization: { code: '0136', name: 'Haninge kommun' } }] },
    { name: 'Dalarna 2024', status: 'CONCLUDED' as const, members: [{ withdrawnAt: null, organization: { code: '0126', name: 'Huddinge kommun' } }] },
    { name: 'Avbruten', status: 'CANCELLED' as const, members: [{ withdrawnAt: null, organization: { code: '2083', name: 'Hedemora kommun' } }] },
  ];

  it('is every member, not withdrawn, of a planned, active or following-up cohort', () => {
    const busy = busyOrganizations(cohorts);
    expect([...busy.keys()].sort()).toEqual(['0127', '0136']);
    expect(busy.get('0136')).toEqual({ name: 'Haninge kommun', cohort: 'Roslagen' });
    expect(busyOrganizations(undefined).size).toBe(0);
  });

  it('keeps the user on the step while a busy organisation is chosen', () => {
    const busy = busyOrganizations(cohorts);
    expect(stepProblems('mentor', filled({ mentorCode: '0127' }), programme, t, busy)).toEqual([
      { field: 'mentorCode', message: 'Botkyrka kommun deltar redan i omgången Stockholm söder i programmet. Välj en annan.' },
    ]);
    expect(stepProblems('mentees', filled({ menteeCodes: ['0136', '0126'] }), programme, t, busy)).toEqual([
      { field: 'menteeCodes', message: 'Haninge kommun deltar redan i omgången Roslagen i programmet. Välj en annan.' },
    ]);
    expect(stepProblems('mentees', filled({ menteeCodes: ['0126', '0138'] }), programme, t, busy)).toEqual([]);
  });
});
