import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cohort, COHORT_ID } from '../../test/cohort-fixtures';
import { graphQLError, processLeader, renderRoute } from '../../test/render';
import { CohortPage } from './CohortPage';
import { CandidateOrganizationsQuery, CohortQuery, UpdateCohortMutation } from './graphql/operations';

const STALE = 'Omgången har ändrats sedan du läste den. Ladda om och försök igen.';
const OPENED = cohort(); // version 3, "Modellkommuner 2026 – Dalarna och Stockholm", 2026-03-02 → 2027-03-02
// A colleague renamed the cohort and moved the follow-up meanwhile.
const THEIRS = cohort({ version: 4, name: 'Modellkommuner 2026 – Dalarna', followUpDueDate: '2027-04-01' });

const cohortMock = (data: ReturnType<typeof cohort>) => ({ request: { query: CohortQuery, variables: { id: COHORT_ID } }, result: { data: { cohort: data } } });
const candidates = { request: { query: CandidateOrganizationsQuery, variables: { kind: 'MUNICIPALITY' } }, result: { data: { organizations: [] } }, maxUsageCount: 5 };

function updateMock(version: number, input: { name: string; startDate: string; followUpDueDate: string }, answer: ReturnType<typeof cohort> | 'stale') {
  return {
    request: { query: UpdateCohortMutation, variables: { id: COHORT_ID, version, input } },
    result: answer === 'stale' ? { errors: [graphQLError('CONFLICT', STALE, { currentVersion: version + 1 })] } : { data: { updateCohort: answer } },
  };
}

function renderCohort(mocks: Parameters<typeof renderRoute>[0]['mocks']) {
  return renderRoute({ path: '/cohorts/:id', element: <CohortPage />, url: `/cohorts/${COHORT_ID}`, user: processLeader, mocks });
}

const nameField = () => screen.getByLabelText(/^Omgångens namn/);

/** Opens the form, renames the cohort and saves: the save is refused as stale; then fetches the newer version. */
async function renameAndMeetTheirs(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Ändra namn och datum' }));
  await waitFor(() => expect(nameField()).toHaveFocus());
  await user.clear(nameField());
  await user.type(nameField(), 'Omgång Dalarna 2026');
  await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
  expect(await screen.findByText(STALE)).toBeVisible();
  expect(nameField()).toHaveValue('Omgång Dalarna 2026');

  await user.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
  const notice = await screen.findByRole('region', { name: 'Någon annan har ändrat omgången' });
  expect(notice).toHaveFocus();
  return notice;
}

describe('EditCohortSection', () => {
  it('on a stale save keeps the typed name through the reload, shows the newer name and dates, and saves on top of them', async () => {
    const user = userEvent.setup();
    const input = { name: 'Omgång Dalarna 2026', startDate: '2026-03-02', followUpDueDate: '2027-03-02' };
    renderCohort([cohortMock(OPENED), candidates, updateMock(3, input, 'stale'), cohortMock(THEIRS), updateMock(4, input, cohort({ ...input, version: 5 }))]);
    const notice = await renameAndMeetTheirs(user);

    // The page now shows the newer cohort, but the form still holds what was typed.
    expect(await screen.findByRole('heading', { level: 1, name: 'Modellkommuner 2026 – Dalarna' })).toBeInTheDocument();
    expect(nameField()).toHaveValue('Omgång Dalarna 2026');
    expect(within(notice).getByText(/kanske bara deltagarna eller statusen/)).toBeVisible();
    expect(within(notice).getByText('Modellkommuner 2026 – Dalarna')).toBeVisible();
    expect(within(notice).getByText('1 april 2027', { exact: false })).toBeVisible();
    expect(notice).not.toHaveTextContent(/version \d/);

    await user.click(within(notice).getByRole('button', { name: 'Behåll min text' }));
    expect(nameField()).toHaveFocus();
    expect(screen.getByText('Din text finns kvar. När du sparar ersätter den den senaste versionen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara ändringarna' })).not.toBeInTheDocument();
  });

  it('takes the newer name and dates into the form when the user confirms, and saves them with the newer version', async () => {
    const user = userEvent.setup();
    const mine = { name: 'Omgång Dalarna 2026', startDate: '2026-03-02', followUpDueDate: '2027-03-02' };
    const theirs = { name: 'Modellkommuner 2026 – Dalarna', startDate: '2026-03-02', followUpDueDate: '2027-04-01' };
    renderCohort([cohortMock(OPENED), candidates, updateMock(3, mine, 'stale'), cohortMock(THEIRS), updateMock(4, theirs, cohort({ ...theirs, version: 5 }))]);
    const notice = await renameAndMeetTheirs(user);

    await user.click(within(notice).getByRole('button', { name: /^Visa den senaste versionen i stället/ }));
    expect(nameField()).toHaveValue('Omgång Dalarna 2026');
    await user.click(within(notice).getByRole('button', { name: 'Ja, ersätt min text' }));
    expect(nameField()).toHaveValue('Modellkommuner 2026 – Dalarna');
    expect(nameField()).toHaveFocus();
    expect(screen.getByLabelText(/^Uppföljningsdatum/, { selector: '#edit-cohort-follow-up' })).toHaveValue('2027-04-01');

    await user.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
  });
});
