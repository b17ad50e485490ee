import { fireEvent, screen, waitFor } from '@testing-library/react';
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
    expect(await screen.findByRole('rowheader', { name: programme.name })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '12 månader efter start' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /1 omgång/ }).getAttribute('href')).toBe(`/cohorts?program=${programme.id}`);

    fireEvent.click(screen.getByRole('button', { name: 'Skapa programmet' }));
    expect(await screen.findByRole('link', { name: 'Ange programmets namn.' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('programme-name'));

    fireEvent.change(screen.getByLabelText(/^Namn/), { target: { value: programme.name } });
    fireEvent.change(screen.getByLabelText(/^Tema/), { target: { value: 'Tema' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skapa programmet' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });
});
