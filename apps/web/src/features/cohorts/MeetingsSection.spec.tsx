import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID } from '../../test/cohort-fixtures';
import { graphQLError, hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { CohortPage } from './CohortPage';
import { CancelMeetingMutation, CandidateOrganizationsQuery, CohortQuery, ScheduleMeetingMutation, UpdateMeetingMutation } from './graphql/operations';

// The API's one wording of a stale version (versioned-change.ts).
const STALE = 'Mötet har ändrats sedan du läste det. Ladda om och försök igen.';

type Details = ReturnType<typeof cohort>;

/** The cohort with its start-up meeting (meet-1) at the given version. */
function withStartupVersion(version: number): Details {
  const base = cohort({ allowedTransitions: ['ACTIVE', 'CANCELLED'] });
  return { ...base, meetings: base.meetings.map((m) => (m.id === 'meet-1' ? { ...m, version } : m)) };
}

function cohortAnswer(data: Details) {
  return { request: { query: CohortQuery, variables: { id: COHORT_ID } }, result: { data: { cohort: data } } };
}

const candidates = { request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY' } }, result: { data: { organizations: [] } }, maxUsageCount: 5 };

function renderAsLeader(mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/cohorts/:id', element: <CohortPage />, url: `/cohorts/${COHORT_ID}`, user: processLeader, mocks });
}

describe('MeetingsSection: moving and cancelling name the version read', () => {
  it('on CONFLICT keeps what was typed, shows the API’s message and a reload; sent again after the reload, it goes through', async () => {
    const sent: Record<string, unknown>[] = [];
    const startup = withStartupVersion(1).meetings.find((m) => m.id === 'meet-1')!;
    renderAsLeader([
      cohortAnswer(withStartupVersion(1)),
      candidates,
      {
        request: {
          query: UpdateMeetingMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return variables.version === 1;
          },
        },
        result: { errors: [graphQLError('CONFLICT', STALE, { currentVersion: 2 })] },
      },
      cohortAnswer(withStartupVersion(2)),
      {
        request: { query: UpdateMeetingMutation, variables: (variables: Record<string, unknown>) => variables.version === 2 },
        result: { data: { updateMeeting: { ...startup, title: 'Uppstart i Haninge', version: 3 } } },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Flytta eller ändra Uppstartsmöte' }));
    const form = screen.getByRole('region', { name: 'Ändra Uppstartsmöte' });
    const title = within(form).getByLabelText<HTMLInputElement>(/^Rubrik/);
    fireEvent.change(title, { target: { value: 'Uppstart i Haninge' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara mötet' }));

    expect(await within(form).findByText(STALE)).toBeVisible();
    expect(sent[0]).toMatchObject({ id: 'meet-1', version: 1, input: { kind: 'STARTUP', title: 'Uppstart i Haninge' } });
    expect(title.value).toBe('Uppstart i Haninge');

    fireEvent.click(within(form).getByRole('button', { name: 'Ladda om omgången' }));
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Ladda om omgången' }).getAttribute('aria-disabled')).toBeNull());
    // The reload does not throw away what was typed.
    expect(within(form).getByLabelText<HTMLInputElement>(/^Rubrik/).value).toBe('Uppstart i Haninge');
    fireEvent.click(within(form).getByRole('button', { name: 'Spara mötet' }));
    expect(await screen.findByText('Mötet Uppstart i Haninge är ändrat.')).toBeVisible();
  });

  it('sends the version the form was opened at, even when the page learns of a newer one meanwhile', async () => {
    const sent: Record<string, unknown>[] = [];
    const { cache } = renderAsLeader([
      { ...cohortAnswer(withStartupVersion(1)), maxUsageCount: 5 },
      candidates,
      {
        request: {
          query: UpdateMeetingMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { errors: [graphQLError('CONFLICT', STALE, { currentVersion: 2 })] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Flytta eller ändra Uppstartsmöte' }));
    const form = screen.getByRole('region', { name: 'Ändra Uppstartsmöte' });
    // Someone else's change arrives in the background (another section's refetch, say).
    await act(async () => {
      cache.modify({ id: cache.identify({ __typename: 'Meeting', id: 'meet-1' }), fields: { version: () => 2, title: () => 'Uppstartsmöte (flyttat)' } });
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'Uppstartsmöte (flyttat)' })).toBeVisible();
    // What people wrote is read in Swedish in the English interface too (WCAG 3.1.2).
    expect(screen.getByText('Uppstartsmöte (flyttat)')).toHaveAttribute('lang', 'sv');
    fireEvent.change(within(form).getByLabelText<HTMLInputElement>(/^Rubrik/), { target: { value: 'Min rubrik' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Spara mötet' }));
    expect(await within(form).findByText(STALE)).toBeVisible();
    expect(sent[0]).toMatchObject({ id: 'meet-1', version: 1 });
  });

  it('cancelling sends the version; a CONFLICT keeps the reason and offers the reload', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAsLeader([
      { ...cohortAnswer(withStartupVersion(4)), maxUsageCount: 5 },
      candidates,
      {
        request: {
          query: CancelMeetingMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: { errors: [graphQLError('CONFLICT', STALE, { currentVersion: 5 })] },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Ställ in Uppstartsmöte' }));
    const reason = screen.getByLabelText<HTMLTextAreaElement>(/^Skäl till att mötet ställs in/);
    fireEvent.change(reason, { target: { value: 'Lokalen är upptagen.' } });
    fireEvent.click(within(reason.closest('form') as HTMLFormElement).getByRole('button', { name: 'Ställ in mötet' }));

    expect(await screen.findByText(STALE)).toBeVisible();
    expect(sent[0]).toEqual({ id: 'meet-1', version: 4, reason: 'Lokalen är upptagen.' });
    expect(reason.value).toBe('Lokalen är upptagen.');
    expect(screen.getByRole('button', { name: 'Ladda om omgången' })).toBeVisible();
  });
});

describe('MeetingsSection: planning offers only what can be planned, and every answer is seen', () => {
  /** The cohort (start 2 March 2026, follow-up 2 March 2027) with its start-up meeting cancelled or not. */
  function withStartup(cancelled: boolean): Details {
    const base = cohort({ allowedTransitions: ['ACTIVE', 'CANCELLED'] });
    return {
      ...base,
      meetings: base.meetings.map((m) => (m.id === 'meet-1' && cancelled ? { ...m, cancelledAt: '2026-03-01T10:00:00.000Z', cancelReason: 'Flyttas.' } : m)),
    };
  }

  async function openPlanning(name: string) {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name }));
    return { user, form: screen.getByRole('region', { name: 'Nytt möte' }) };
  }

  it('offers a process leader only exchanges once the cohort has its start-up meeting and gathering, chosen and named', async () => {
    renderAsLeader([{ ...cohortAnswer(withStartup(false)), maxUsageCount: 5 }, candidates]);
    const { form } = await openPlanning('Planera ett erfarenhetsutbyte');
    // No choice that can only fail: no kind to choose, and never "Uppstartsmöte" a second time.
    expect(within(form).queryByLabelText(/^Typ av möte/)).not.toBeInTheDocument();
    expect(within(form).queryByText(/Uppstartsmöte/)).not.toBeInTheDocument();
    expect(within(form).getByText('Typ av möte: Erfarenhetsutbyte.')).toBeVisible();
    expect(within(form).getByLabelText(/^Rubrik/)).toHaveValue('Erfarenhetsutbyte');
  });

  it('offers the start-up meeting again when it was cancelled, with exchanges, and never the gathering twice', async () => {
    renderAsLeader([{ ...cohortAnswer(withStartup(true)), maxUsageCount: 5 }, candidates]);
    const { user, form } = await openPlanning('Planera ett möte');
    const kind = within(form).getByLabelText(/^Typ av möte/);
    expect(within(kind).getAllByRole('option').map((option) => option.textContent)).toEqual(['Uppstartsmöte', 'Erfarenhetsutbyte']);
    expect(kind).toHaveValue('STARTUP');
    expect(kind).toHaveFocus();
    expect(within(form).getByLabelText(/^Rubrik/)).toHaveValue('Uppstartsmöte');
    // A title that only named the kind follows the kind.
    await user.selectOptions(kind, 'EXCHANGE');
    expect(within(form).getByLabelText(/^Rubrik/)).toHaveValue('Erfarenhetsutbyte');
  });

  it('offers the mentor exchanges only', async () => {
    renderRoute({
      path: '/cohorts/:id',
      element: <CohortPage />,
      url: `/cohorts/${COHORT_ID}`,
      user: hedemoraMember,
      mocks: [{ ...cohortAnswer(withStartup(true)), maxUsageCount: 5 }],
    });
    const { form } = await openPlanning('Planera ett erfarenhetsutbyte');
    expect(within(form).queryByLabelText(/^Typ av möte/)).not.toBeInTheDocument();
    expect(within(form).getByText('Typ av möte: Erfarenhetsutbyte.')).toBeVisible();
  });

  it('moves focus to the error summary when the API refuses the meeting', async () => {
    const refusal = 'Omgången är avbruten. Möten kan inte längre planeras eller flyttas.';
    renderAsLeader([
      { ...cohortAnswer(withStartup(false)), maxUsageCount: 5 },
      candidates,
      { request: { query: ScheduleMeetingMutation, variables: () => true }, result: { errors: [graphQLError('CONFLICT', refusal)] } },
    ]);
    const { user, form } = await openPlanning('Planera ett erfarenhetsutbyte');
    await user.type(within(form).getByLabelText(/^Datum/), '2026-10-25');
    await user.type(within(form).getByLabelText(/^Börjar klockan/), '13:00');
    await user.click(within(form).getByRole('button', { name: 'Planera mötet' }));

    const message = await within(form).findByText(refusal);
    expect(within(form).getByRole('alert')).toContainElement(message);
    await waitFor(() => expect(message.closest('.error-summary')).toHaveFocus());
    // What was typed stays, to send again.
    expect(within(form).getByLabelText(/^Datum/)).toHaveValue('2026-10-25');
  });

  it('asks before saving a meeting dated outside the cohort’s year; the user confirms, or changes the date', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAsLeader([
      { ...cohortAnswer(withStartup(false)), maxUsageCount: 5 },
      candidates,
      {
        request: {
          query: ScheduleMeetingMutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            scheduleMeeting: {
              __typename: 'Meeting',
              id: 'meet-3',
              kind: 'EXCHANGE',
              title: 'Erfarenhetsutbyte',
              startsAt: '2026-02-20T12:00:00.000Z',
              endsAt: null,
              location: null,
              notes: null,
              cancelledAt: null,
              cancelReason: null,
              version: 1,
            },
          },
        },
      },
      cohortAnswer(withStartup(false)),
    ]);
    const { user, form } = await openPlanning('Planera ett erfarenhetsutbyte');
    const date = within(form).getByLabelText(/^Datum/);
    await user.type(date, '2020-10-25');
    await user.type(within(form).getByLabelText(/^Börjar klockan/), '13:00');
    await user.click(within(form).getByRole('button', { name: 'Planera mötet' }));

    // A warning, not a refusal: nothing is sent, the question takes focus.
    const question = within(form).getByRole('group', { name: 'Mötet ligger 2020, men omgången startar 2026. Stämmer datumet?' });
    expect(question).toHaveFocus();
    expect(sent).toEqual([]);
    expect(within(form).getByRole('alert')).toBeEmptyDOMElement();

    // "Ändra datumet" leads back to the date; a date before the start in the same year names the dates.
    await user.click(within(question).getByRole('button', { name: 'Ändra datumet' }));
    expect(date).toHaveFocus();
    await user.clear(date);
    await user.type(date, '2026-02-20');
    await user.click(within(form).getByRole('button', { name: 'Planera mötet' }));
    const again = within(form).getByRole('group', { name: 'Mötet ligger 20 februari 2026, före omgångens start 2 mars 2026. Stämmer datumet?' });
    expect(again).toHaveFocus();

    await user.click(within(again).getByRole('button', { name: 'Datumet stämmer, spara mötet' }));
    expect(await screen.findByText('Mötet Erfarenhetsutbyte är planerat.')).toBeVisible();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ cohortId: COHORT_ID, input: { kind: 'EXCHANGE', startsAt: '2026-02-20T13:00:00+01:00' } });
  });
});
