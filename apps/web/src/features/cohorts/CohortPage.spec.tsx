import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID, haningeMember } from '../../test/cohort-fixtures';
import { graphQLError, hedemoraMember, processLeader, renderRoute } from '../../test/render';
import { CohortPage } from './CohortPage';
import { CandidateOrganizationsQuery, CohortQuery, TransitionCohortMutation } from './graphql/operations';

function cohortMock(data: ReturnType<typeof cohort> | null) {
  return { request: { query: CohortQuery, variables: { id: COHORT_ID } }, result: { data: { cohort: data } }, maxUsageCount: 5 };
}

function renderCohort(user: Parameters<typeof renderRoute>[0]['user'], mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/cohorts/:id', element: <CohortPage />, url: `/cohorts/${COHORT_ID}`, user, mocks });
}

describe('CohortPage', () => {
  it('shows a member the cohort, members and meetings, without the process leader’s actions', async () => {
    renderCohort(haningeMember, [cohortMock(cohort({ allowedTransitions: [] }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Modellkommuner 2026 – Dalarna och Stockholm' })).toBeTruthy();
    expect(screen.getByText('Planerad')).toBeTruthy();

    // Mentor first, linking to the organisation; the working group with its e-mail address.
    const memberHeadings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(memberHeadings.slice(0, 3)).toEqual(['Hedemora kommun', 'Haninge kommun', 'Huddinge kommun']);
    expect(screen.getByRole('link', { name: 'Hedemora kommun' }).getAttribute('href')).toBe('/organizations/2083');
    expect(screen.getByRole('link', { name: 'anna@haninge.se' }).getAttribute('href')).toBe('mailto:anna@haninge.se');
    expect(screen.getByText('Politiker')).toBeTruthy();

    // Meetings in time order, in Swedish time.
    const meetings = screen.getByRole('heading', { level: 2, name: 'Möten' }).closest('section') as HTMLElement;
    expect(within(meetings).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Uppstartsmöte', 'Återsamling']);
    expect(within(meetings).getByText('söndag 29 mars 2026 kl. 10:00–12:00')).toBeTruthy();
    expect(within(meetings).getByRole('link', { name: 'https://mote.example.se/uppstart' })).toBeTruthy();

    // Only their own working group is theirs to edit.
    const edit = screen.getAllByRole('link', { name: /^Ändra arbetsgrupp/ });
    expect(edit).toHaveLength(1);
    expect(edit[0]?.textContent).toContain('Haninge kommun');
    expect(edit[0]?.getAttribute('href')).toBe(`/cohorts/${COHORT_ID}/working-group/0136`);

    for (const name of [/Starta omgången/, /Avbryt omgången/, /Ändra namn och datum/, /Ta bort ur omgången/, /Planera/, /Flytta eller ändra/, /^Ställ in/, /Lägg till i omgången/]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.getByRole('link', { name: 'Mina omgångar' })).toBeTruthy();
  });

  it('lets the mentor plan experience exchanges only', async () => {
    renderCohort(hedemoraMember, [cohortMock(cohort())]);
    expect(await screen.findByRole('button', { name: 'Planera ett erfarenhetsutbyte' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Flytta eller ändra/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Starta omgången/ })).toBeNull();
  });

  it('gives the process leader the lifecycle, and a reload when the version is stale', async () => {
    const stale = 'Omgången har ändrats sedan du läste den (din version 3, nu 4). Ladda om sidan och försök igen.';
    renderCohort(processLeader, [
      cohortMock(cohort({ allowedTransitions: ['ACTIVE', 'CANCELLED'] })),
      { request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY' } }, result: { data: { organizations: [] } } },
      {
        request: { query: TransitionCohortMutation, variables: { id: COHORT_ID, to: 'CANCELLED', version: 3, reason: 'Mentorn kan inte delta.' } },
        result: { errors: [graphQLError('CONFLICT', stale)] },
      },
    ]);
    expect(await screen.findByRole('button', { name: 'Starta omgången' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Ändra namn och datum/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /Flytta eller ändra/ })).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: /^Ändra arbetsgrupp/ })).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Avbryt omgången' }));
    const reason = screen.getByLabelText(/^Skäl/);
    await waitFor(() => expect(document.activeElement).toBe(reason));
    const form = reason.closest('form') as HTMLFormElement;
    fireEvent.click(within(form).getByRole('button', { name: 'Avbryt omgången' }));
    expect(await screen.findByText('Ange ett skäl.', { selector: '.field__error' })).toBeTruthy();

    fireEvent.change(reason, { target: { value: 'Mentorn kan inte delta.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Avbryt omgången' }));
    expect(await screen.findByText(stale)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ladda om omgången' })).toBeTruthy();
  });

  it('is not found when the API answers null', async () => {
    renderCohort(haningeMember, [cohortMock(null)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeTruthy();
  });
});
