import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { programme } from '../../test/cohort-fixtures';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { CreateProgrammeMutation, ProgrammesQuery } from './graphql/operations';
import { ProgrammesPage } from './ProgrammesPage';

const listed = { ...programme, cohorts: [{ __typename: 'Cohort', id: 'c-1' }] };

describe('ProgrammesPage', () => {
  it('lists programmes and shows the API’s refusal of a duplicate name', async () => {
    const message = `Det finns redan ett program som heter "${programme.name}".`;
    renderRoute({
      path: '/programmes',
      element: <ProgrammesPage />,
      url: '/programmes',
      user: processLeader,
      mocks: [
        { request: { query: ProgrammesQuery }, result: { data: { programmes: [listed] } }, maxUsageCount: 3 },
        {
          request: {
            query: CreateProgrammeMutation,
            variables: { input: { name: programme.name, theme: 'Tema', organizationKind: 'MUNICIPALITY', minMentees: 2, maxMentees: 3, followUpMonths: 12 } },
          },
          result: { errors: [graphQLError('CONFLICT', message)] },
        },
      ],
    });
    expect(await screen.findByRole('rowheader', { name: programme.name })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Alla program' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '12 månader efter start' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /1 omgång/ })).toHaveAttribute('href', `/cohorts?program=${programme.id}`);
    // Twenty links saying "1 omgång" would not differ: each names its programme too (for screen readers).
    expect(screen.getByRole('link', { name: /1 omgång/ })).toHaveTextContent(`1 omgång i ${programme.name}`);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Skapa programmet' }));
    expect(await screen.findByRole('link', { name: 'Ange programmets namn.' })).toHaveAttribute('href', '#programme-name');
    await waitFor(() => expect(screen.getByLabelText(/^Namn/)).toHaveFocus());

    await user.type(screen.getByLabelText(/^Namn/), programme.name);
    await user.type(screen.getByLabelText(/^Tema/), 'Tema');
    await user.click(screen.getByRole('button', { name: 'Skapa programmet' }));
    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    // The refusal names no field: focus goes to the summary, which says why.
    await waitFor(() => expect(screen.getByText(message).closest('.error-summary')).toHaveFocus());
    expect(screen.getByLabelText(/^Namn/)).toHaveValue(programme.name);
  });

  it('says when there are no programmes, creates one, and focuses the confirmation with the way on', async () => {
    const created = { ...programme, id: 'p-new', name: 'Nytt program', theme: 'Tema', cohorts: [] };
    renderRoute({
      path: '/programmes',
      element: <ProgrammesPage />,
      url: '/programmes',
      user: processLeader,
      mocks: [
        { request: { query: ProgrammesQuery }, result: { data: { programmes: [] } } },
        {
          request: {
            query: CreateProgrammeMutation,
            variables: { input: { name: 'Nytt program', theme: 'Tema', organizationKind: 'MUNICIPALITY', minMentees: 2, maxMentees: 3, followUpMonths: 12 } },
          },
          result: { data: { createProgramme: created } },
        },
        { request: { query: ProgrammesQuery }, result: { data: { programmes: [created] } } },
      ],
    });
    expect(await screen.findByText('Det finns inga program ännu.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Namn/), ' Nytt program ');
    await user.type(screen.getByLabelText(/^Tema/), 'Tema');
    await user.click(screen.getByRole('button', { name: 'Skapa programmet' }));
    expect(await screen.findByText('Programmet Nytt program är skapat.')).toBeVisible();
    expect(screen.getByRole('rowheader', { name: 'Nytt program' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '0 omgångar' })).toBeInTheDocument();
    // The form is emptied for the next programme, but focus goes to the answer, not to the empty field.
    expect(screen.getByLabelText(/^Namn/)).toHaveValue('');
    const confirmation = screen.getByRole('status', { name: 'Programmet Nytt program är skapat.' });
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(within(confirmation).getByRole('link', { name: 'Skapa en ny omgång' })).toHaveAttribute('href', '/cohorts/new');
    expect(within(confirmation).getByRole('link', { name: 'Omgångarna i Nytt program' })).toHaveAttribute('href', '/cohorts?program=p-new');
    expect(confirmation).toHaveTextContent('Nästa steg: skapa programmets första omgång. Välj Nytt program i guidens första steg.');
    await user.tab();
    expect(within(confirmation).getByRole('link', { name: 'Skapa en ny omgång' })).toHaveFocus();
  });
});
