import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID } from '../../test/cohort-fixtures';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { CohortPage } from './CohortPage';
import { CancelMeetingMutation, CandidateOrganizationsQuery, CohortQuery, UpdateMeetingMutation } from './graphql/operations';

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
