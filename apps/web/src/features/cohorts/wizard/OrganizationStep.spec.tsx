import { useState, type ReactElement } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { organization } from '../../../test/cohort-fixtures';
import { renderRoute } from '../../../test/render';
import { CandidateOrganizationsQuery } from '../graphql/operations';
import { OrganizationStep, type OrganizationStepProps } from './OrganizationStep';

const withCounty = (code: string, name: string, countyCode: string) => ({ ...organization(code, name), countyCode });
const hedemora = withCounty('2083', 'Hedemora kommun', '20');
const haninge = withCounty('0136', 'Haninge kommun', '01');
const huddinge = withCounty('0126', 'Huddinge kommun', '01');

function candidates(variables: object, organizations: object[]) {
  return { request: { query: CandidateOrganizationsQuery, variables }, result: { data: { organizations } }, maxUsageCount: 5 };
}

type Common = Omit<OrganizationStepProps, 'choice'>;

const mentorProps: Common = {
  id: 'wizard-mentor',
  idPrefix: 'wizard-mentor',
  name: 'mentor',
  searchName: 'mentorSearch',
  variables: { kind: 'MUNICIPALITY', mentorEligible: true },
  legend: 'Välj mentor',
  hint: 'Här visas bara kommuner som kan vara mentor.',
  noneNotice: 'Inga kommuner kan vara mentor ännu.',
  error: undefined,
};

const menteeProps: Common = {
  id: 'wizard-mentees',
  idPrefix: 'wizard-mentee',
  name: 'mentees',
  searchName: 'menteeSearch',
  variables: { kind: 'MUNICIPALITY' },
  legend: 'Välj 2–3 nya kommuner',
  exclude: { codes: ['2083'], hint: (mentor) => `Mentorn, ${mentor}, visas inte.` },
  error: undefined,
};

function SingleChoice(props: Partial<Common>) {
  const [chosen, setChosen] = useState('');
  return (
    <OrganizationStep
      {...mentorProps}
      {...props}
      choice={{ multiple: false, chosen, onChange: setChosen, chosenNote: (name) => `Vald mentor: ${name}.` }}
    />
  );
}

function MultipleChoice({ initial = [] }: { initial?: string[] }) {
  const [chosen, setChosen] = useState<string[]>(initial);
  return (
    <OrganizationStep
      {...menteeProps}
      choice={{ multiple: true, chosen, onChange: setChosen, chosenHeading: (count) => `Valda nya (${count})` }}
    />
  );
}

function renderStep(element: ReactElement, mocks: ReturnType<typeof candidates>[]) {
  return renderRoute({ path: '/', element, url: '/', mocks });
}

describe('OrganizationStep, one organisation', () => {
  it('offers the candidates as radio buttons and says which one is chosen', async () => {
    const user = userEvent.setup();
    renderStep(<SingleChoice />, [candidates(mentorProps.variables, [hedemora, haninge])]);
    const group = await screen.findByRole('group', { name: /^Välj mentor/ });
    expect(group).toHaveAttribute('id', 'wizard-mentor');
    expect(group).toHaveAccessibleDescription('Här visas bara kommuner som kan vara mentor.');
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('2 träffar.');

    const hedemoraChoice = within(group).getByRole('radio', { name: 'Hedemora kommun (2083)' });
    expect(hedemoraChoice).toHaveAttribute('id', 'wizard-mentor-2083');
    await user.click(hedemoraChoice);
    expect(hedemoraChoice).toBeChecked();
    expect(screen.getByText('Vald mentor: Hedemora kommun.')).toBeVisible();

    // One at a time: the arrow keys move the choice within the group.
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'Haninge kommun (0136)' })).toBeChecked();
    expect(hedemoraChoice).not.toBeChecked();
  });

  it('narrows the list by search, keeping the chosen one named', async () => {
    const user = userEvent.setup();
    renderStep(<SingleChoice />, [candidates(mentorProps.variables, [hedemora, haninge])]);
    await user.click(await screen.findByRole('radio', { name: 'Haninge kommun (0136)' }));
    const search = screen.getByRole('searchbox', { name: /^Sök på namn eller kod/ });
    expect(search).toHaveAttribute('id', 'wizard-mentor-search');
    await user.type(search, 'hedem');
    expect(screen.getByRole('status')).toHaveTextContent('1 träff.');
    expect(screen.queryByRole('radio', { name: 'Haninge kommun (0136)' })).not.toBeInTheDocument();
    expect(screen.getByText('Vald mentor: Haninge kommun.')).toBeVisible();
    await user.clear(search);
    await user.type(search, 'xyz');
    expect(screen.getByRole('status')).toHaveTextContent('Inga träffar.');
  });

  it('leaves out the organisations excluded, naming those that would have been offered', async () => {
    // The mentor step: the mentees chosen (one of them not a candidate at all) are not offered as their mentor.
    const exclude = { codes: ['0136', '0126', '0180'], hint: (names: string) => `Utom de nya: ${names}.` };
    renderStep(<SingleChoice exclude={exclude} />, [candidates(mentorProps.variables, [hedemora, haninge, huddinge])]);
    const group = await screen.findByRole('group', { name: /^Välj mentor/ });
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('id'))).toEqual(['wizard-mentor-2083']);
    expect(group).toHaveAccessibleDescription('Utom de nya: Haninge kommun och Huddinge kommun.');
    expect(screen.getByRole('status')).toHaveTextContent('1 träff.');
  });

  it('says so instead of an empty list when there are no candidates at all', async () => {
    renderStep(<SingleChoice />, [candidates(mentorProps.variables, [])]);
    expect(await screen.findByText('Inga kommuner kan vara mentor ännu.')).toBeVisible();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });
});

describe('OrganizationStep, several organisations', () => {
  it('offers checkboxes without the excluded organisation, and lists those chosen', async () => {
    const user = userEvent.setup();
    renderStep(<MultipleChoice />, [candidates(menteeProps.variables, [haninge, hedemora, huddinge])]);
    const group = await screen.findByRole('group', { name: /^Välj 2–3 nya kommuner/ });
    expect(group).toHaveAttribute('id', 'wizard-mentees');
    expect(group).toHaveAccessibleDescription('Mentorn, Hedemora kommun, visas inte.');
    expect(within(group).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.queryByRole('checkbox', { name: 'Hedemora kommun (2083)' })).not.toBeInTheDocument();
    const chosen = screen.getByRole('region', { name: 'Valda nya (0)' });
    expect(within(chosen).getByText('Ingen vald ännu.')).toBeVisible();

    await user.click(within(group).getByRole('checkbox', { name: 'Haninge kommun (0136)' }));
    // The keyboard too: space toggles the focused checkbox.
    await user.tab();
    expect(within(group).getByRole('checkbox', { name: 'Huddinge kommun (0126)' })).toHaveFocus();
    await user.keyboard(' ');
    expect(within(group).getByRole('checkbox', { name: 'Huddinge kommun (0126)' })).toBeChecked();

    const list = screen.getByRole('region', { name: 'Valda nya (2)' });
    expect(within(list).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['Haninge kommun', 'Huddinge kommun']);
  });

  it('removes a chosen one from the list, even when the search hides it', async () => {
    const user = userEvent.setup();
    renderStep(<MultipleChoice initial={['0136', '0126']} />, [candidates(menteeProps.variables, [haninge, hedemora, huddinge])]);
    await user.type(await screen.findByRole('searchbox', { name: /^Sök på namn eller kod/ }), 'Hudd');
    expect(screen.queryByRole('checkbox', { name: 'Haninge kommun (0136)' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ta bort Haninge kommun' }));
    const list = screen.getByRole('region', { name: 'Valda nya (1)' });
    expect(list).toHaveTextContent('Huddinge kommun');
    expect(list).not.toHaveTextContent('Haninge kommun');
    expect(screen.getByRole('checkbox', { name: 'Huddinge kommun (0126)' })).toBeChecked();
  });
});
