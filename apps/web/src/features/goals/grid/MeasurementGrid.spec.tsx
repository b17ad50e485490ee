import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { Gender } from '@modellkommuner/shared';
import { createI18n } from '../../../i18n/i18n';
import type { GridValue } from './measurement-grid';
import { MeasurementGrid, type MeasurementGridProps } from './MeasurementGrid';

const values: GridValue[] = [
  { period: '2023', gender: Gender.WOMEN, value: 81.2, source: 'MANUAL' },
  { period: '2023', gender: Gender.MEN, value: 77, source: 'KOLADA' },
  { period: '2024', gender: Gender.TOTAL, value: 0, source: 'MANUAL' },
];

function renderGrid(props: Partial<MeasurementGridProps> = {}) {
  const onSave = vi.fn<MeasurementGridProps['onSave']>();
  const onDirtyChange = vi.fn<NonNullable<MeasurementGridProps['onDirtyChange']>>();
  const view = render(
    <I18nextProvider i18n={createI18n({ language: 'sv' })}>
      <MeasurementGrid
        indicatorName="Andel som får hemtjänst"
        unit="%"
        byGender
        values={values}
        periods={['2022']}
        onSave={onSave}
        onDirtyChange={onDirtyChange}
        {...props}
      />
    </I18nextProvider>,
  );
  return { ...view, onSave, onDirtyChange, user: userEvent.setup() };
}

const cell = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const save = () => screen.getByRole('button', { name: 'Spara värden' });

describe('MeasurementGrid: the table', () => {
  it('is a table of periods × Kvinnor/Män/Totalt, each cell a decimal field named by its gender and period', () => {
    renderGrid({ periods: ['2022', '2024-H1'] });
    const table = screen.getByRole('table', { name: 'Andel som får hemtjänst (%): värden per period' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Period', 'Kvinnor', 'Män', 'Totalt']);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['2022', '2023', '2024 halvår 1', '2024']);
    expect(within(table).getAllByRole('textbox')).toHaveLength(12);
    const women2023 = cell('Kvinnor 2023');
    expect(women2023).toHaveAttribute('inputmode', 'decimal');
    expect(women2023.value).toBe('81,2');
    // A saved 0 is 0; a missing value is an empty field, never 0.
    expect(cell('Totalt 2024').value).toBe('0');
    expect(cell('Män 2024 halvår 1').value).toBe('');
  });

  it('has only Totalt when the indicator is not by gender', () => {
    renderGrid({ byGender: false });
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Period', 'Totalt']);
    expect(screen.getAllByRole('textbox', { name: /^(Kvinnor|Män|Totalt) / })).toHaveLength(3);
    expect(screen.queryByRole('textbox', { name: 'Kvinnor 2023' })).not.toBeInTheDocument();
  });

  it('marks a value from Kolada with the word "Kolada", which describes its field', () => {
    renderGrid();
    expect(cell('Män 2023')).toHaveAccessibleDescription('Kolada');
    expect(cell('Kvinnor 2023')).not.toHaveAccessibleDescription();
    expect(screen.getAllByText('Kolada')).toHaveLength(1);
  });

  it('shows a problem the server had with a cell beside it, as its description', () => {
    renderGrid({ errors: { '2023|WOMEN': 'Värdet får vara högst 100 för %.' } });
    expect(cell('Kvinnor 2023')).toHaveAccessibleDescription('Värdet får vara högst 100 för %.');
    expect(cell('Kvinnor 2023')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Män 2023')).not.toHaveAttribute('aria-invalid');
  });

  it('scrolls inside its own wrapper on a narrow screen, not the page', () => {
    renderGrid();
    expect(screen.getByRole('table').parentElement).toHaveClass('measurement-grid__wrapper');
  });
});

describe('MeasurementGrid: saving', () => {
  it('sends "81,2" typed in an empty cell as 81.2', async () => {
    const { user, onSave } = renderGrid();
    await user.type(cell('Kvinnor 2022'), '81,2');
    await user.click(save());
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ set: [{ period: '2022', gender: Gender.WOMEN, value: 81.2 }], clear: [] });
  });

  it('sends a clear for a saved cell that was emptied (a saved 0 too), never a 0', async () => {
    const { user, onSave } = renderGrid();
    await user.clear(cell('Män 2023'));
    await user.clear(cell('Totalt 2024'));
    await user.click(save());
    expect(onSave).toHaveBeenCalledExactlyOnceWith({
      set: [],
      clear: [
        { period: '2023', gender: Gender.MEN },
        { period: '2024', gender: Gender.TOTAL },
      ],
    });
  });

  it('sends nothing while a cell is not a number: the cell says why, is marked and takes focus', async () => {
    const { user, onSave } = renderGrid();
    await user.type(cell('Kvinnor 2022'), '12');
    await user.type(cell('Totalt 2023'), 'tolv');
    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
    const wrong = cell('Totalt 2023');
    expect(wrong).toHaveFocus();
    expect(wrong).toHaveAttribute('aria-invalid', 'true');
    expect(wrong).toHaveAccessibleDescription('Skriv ett tal, t.ex. 81,2');
    expect(screen.getByRole('status')).toHaveTextContent('Rätta värdena som är markerade.');

    // Corrected, the error goes and both values are sent.
    await user.clear(wrong);
    await user.type(wrong, '3,5');
    expect(wrong).not.toHaveAccessibleDescription();
    await user.click(save());
    expect(onSave).toHaveBeenCalledExactlyOnceWith({
      set: [
        { period: '2022', gender: Gender.WOMEN, value: 12 },
        { period: '2023', gender: Gender.TOTAL, value: 3.5 },
      ],
      clear: [],
    });
  });

  it('says so when there is nothing to save, and sends nothing', async () => {
    const { user, onSave } = renderGrid();
    await user.clear(cell('Kvinnor 2023'));
    await user.type(cell('Kvinnor 2023'), '81,20');
    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Inga ändringar att spara.');
  });

  it('does not send twice while saving', async () => {
    const { user, onSave } = renderGrid({ saving: true });
    await user.type(cell('Kvinnor 2022'), '1');
    const button = screen.getByRole('button', { name: 'Sparar…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('tells the page when something typed is unsaved, and when it no longer is', async () => {
    const { user, onDirtyChange } = renderGrid();
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
    await user.type(cell('Kvinnor 2022'), '5');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await user.clear(cell('Kvinnor 2022'));
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
    await user.type(cell('Kvinnor 2022'), 'x');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
  });
});

describe('MeasurementGrid: the keyboard', () => {
  it('moves up and down by row with the arrow keys, and Enter moves down without sending', async () => {
    const { user, onSave } = renderGrid();
    await user.click(cell('Män 2022'));
    await user.keyboard('{ArrowDown}');
    expect(cell('Män 2023')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cell('Män 2024')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cell('Män 2024')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(cell('Män 2022')).toHaveFocus();
    await user.keyboard('7{Enter}');
    expect(cell('Män 2023')).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('moves left and right by column only from the start or end of the text, so editing keeps its keys', async () => {
    const { user } = renderGrid();
    // An empty cell: the arrows move at once.
    await user.click(cell('Kvinnor 2022'));
    await user.keyboard('{ArrowRight}');
    expect(cell('Män 2022')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(cell('Kvinnor 2022')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(cell('Kvinnor 2022')).toHaveFocus();

    // "81,2" with the caret at the end (where moving leaves it): Left edits, Right moves on.
    await user.keyboard('{ArrowDown}');
    const women2023 = cell('Kvinnor 2023');
    expect(women2023).toHaveFocus();
    expect(women2023.selectionStart).toBe(4);
    await user.keyboard('{ArrowLeft}');
    expect(women2023).toHaveFocus();
    expect(women2023.selectionStart).toBe(3);
    await user.keyboard('{ArrowRight}');
    expect(women2023).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const men2023 = cell('Män 2023');
    expect(men2023).toHaveFocus();

    // "77", caret at the end: Left moves the caret to the start first, then to the cell on the left.
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(men2023).toHaveFocus();
    expect(men2023.selectionStart).toBe(0);
    await user.keyboard('{ArrowLeft}');
    expect(women2023).toHaveFocus();
  });
});

describe('MeasurementGrid: adding a period', () => {
  it('adds a typed period as a row in time order and puts focus in its first cell', async () => {
    const { user } = renderGrid();
    await user.type(screen.getByRole('textbox', { name: 'Ny period' }), '2024-h1');
    await user.click(screen.getByRole('button', { name: 'Lägg till period' }));
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['2022', '2023', '2024 halvår 1', '2024']);
    expect(cell('Kvinnor 2024 halvår 1')).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Ny period' })).toHaveValue('');
  });

  it('refuses what is not a period and a period already there, saying why', async () => {
    const { user } = renderGrid();
    const field = screen.getByRole('textbox', { name: 'Ny period' });
    await user.type(field, '24{Enter}');
    expect(field).toHaveAccessibleDescription('Till exempel 2025, 2025-H1 eller 2025-Q3. Perioden skrivs 2024, 2024-H1 eller 2024-Q3.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, '2023{Enter}');
    expect(field).toHaveAccessibleDescription('Till exempel 2025, 2025-H1 eller 2025-Q3. Perioden 2023 finns redan.');
    expect(screen.getAllByRole('rowheader')).toHaveLength(3);
  });

  it('adds the period after the latest row with one button', async () => {
    const { user } = renderGrid();
    await user.click(screen.getByRole('button', { name: 'Lägg till nästa period (2025)' }));
    expect(cell('Kvinnor 2025')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Lägg till nästa period (2026)' })).toBeInTheDocument();
  });
});

describe('MeasurementGrid: read-only', () => {
  it('shows the values as plain text: no fields, no buttons; a missing value is "–" read as "saknas"', () => {
    renderGrid({ readOnly: true });
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    const table = screen.getByRole('table', { name: 'Andel som får hemtjänst (%): värden per period' });
    const row = (period: string) => within(within(table).getByRole('rowheader', { name: period }).closest('tr') as HTMLElement).getAllByRole('cell');
    expect(row('2023').map((td) => td.textContent)).toEqual(['81,2', '77Kolada', '–saknas']);
    expect(row('2024').map((td) => td.textContent)).toEqual(['–saknas', '–saknas', '0']);
    expect(within(row('2024')[0]).getByText('saknas')).toHaveClass('visually-hidden');
    // Nothing focusable inside: the scrolling region is focusable itself.
    expect(screen.getByRole('region', { name: 'Andel som får hemtjänst (%): värden per period' })).toHaveAttribute('tabindex', '0');
  });
});

describe('MeasurementGrid: what is typed outlives a reload', () => {
  const draftKey = { form: 'measurements:i-1:1881', userId: 'u-1' };

  it('keeps typed values as a draft and puts them back, unsaved, when the grid comes again', async () => {
    const first = renderGrid({ draftKey });
    await first.user.clear(cell('Män 2022'));
    await first.user.type(cell('Män 2022'), '52,5');
    // Written 400 ms after the last change, and at once when the form goes away.
    first.unmount();
    expect(window.sessionStorage.length).toBe(1);

    const again = renderGrid({ draftKey });
    expect(cell('Män 2022').value).toBe('52,5');
    expect(screen.getByText('Vi har återställt det du skrev men inte sparade.')).toBeVisible();
    expect(again.onDirtyChange).toHaveBeenLastCalledWith(true);
    await again.user.click(save());
    expect(again.onSave).toHaveBeenCalledWith({ set: [{ period: '2022', gender: Gender.MEN, value: 52.5 }], clear: [] });
  });

  it('keeps nothing without a key, and nothing when read-only', async () => {
    const view = renderGrid();
    await view.user.type(cell('Män 2022'), '1');
    view.unmount();
    renderGrid({ draftKey, readOnly: true });
    expect(window.sessionStorage.length).toBe(0);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
