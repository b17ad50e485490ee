import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { Choice, ChoiceFieldset } from './ChoiceFieldset';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';

const noop = () => undefined;

describe('form fields', () => {
  it('tie each control to its label, hint and error, and say when it is required and wrong', () => {
    renderRoute({
      path: '/',
      url: '/',
      element: (
        <>
          <TextField id="name" label="Namn" hint="Som det står i folkbokföringen." error="Ange ditt namn." required value="" onChange={noop} />
          <TextAreaField id="reason" label="Skäl" hint="Sparas i loggen." value="" onChange={noop} />
          <SelectField id="role" label="Roll" error="Välj en roll." value="" onChange={noop}>
            <option value="">Välj</option>
          </SelectField>
        </>
      ),
    });
    const name = screen.getByRole('textbox', { name: /^Namn\s*\(obligatoriskt\)$/ });
    expect(name).toHaveAccessibleDescription('Som det står i folkbokföringen. Ange ditt namn.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(name).toHaveAttribute('name', 'name');

    const reason = screen.getByRole('textbox', { name: 'Skäl' });
    expect(reason).toHaveAccessibleDescription('Sparas i loggen.');
    expect(reason).not.toHaveAttribute('aria-invalid');
    expect(reason).not.toHaveAttribute('aria-required');

    const role = screen.getByRole('combobox', { name: 'Roll' });
    expect(role).toHaveAccessibleDescription('Välj en roll.');
    expect(role).toHaveAttribute('aria-invalid', 'true');
  });

  it('name a group of choices by its legend, described by its hint and error', () => {
    renderRoute({
      path: '/',
      url: '/',
      element: (
        <ChoiceFieldset id="kind" legend="Typ" hint="Välj en." error="Välj en typ." required>
          <Choice id="kind-a" type="radio" name="kind" checked={false} onChange={noop} label="Kommun" detail="290 stycken" />
        </ChoiceFieldset>
      ),
    });
    const group = screen.getByRole('group', { name: /^Typ\s*\(obligatoriskt\)$/ });
    expect(group).toHaveAccessibleDescription('Välj en. Välj en typ.');
    expect(screen.getByRole('radio', { name: 'Kommun' })).toHaveAccessibleDescription('290 stycken');
  });
});
