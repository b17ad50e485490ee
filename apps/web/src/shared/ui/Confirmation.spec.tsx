import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Confirmation } from './Confirmation';

/** A form stand-in: the button "creates" something, and the confirmation says so. */
function Creator() {
  const [made, setMade] = useState<string | null>(null);
  return (
    <>
      <Confirmation heading={made ? `Programmet ${made} är skapat.` : null} next="Skapa nu programmets första omgång.">
        <p>
          <a href="/cohorts/new">Skapa en omgång</a>
        </p>
      </Confirmation>
      <label htmlFor="name">Namn</label>
      <input id="name" />
      <button type="button" onClick={() => setMade((current) => (current ? `${current} 2` : 'Modellregioner'))}>
        Skapa
      </button>
    </>
  );
}

describe('Confirmation', () => {
  afterEach(() => {
    delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
  });

  it('is an empty live region until there is something to confirm, and takes no part in the tab order', () => {
    render(<Creator />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    expect(region).toHaveAttribute('tabindex', '-1');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says what happened, links to what was made and says what happens next, and takes focus, scrolled into view', async () => {
    // jsdom does no layout, and so has no scrollIntoView: a stand-in, to see that the page scrolls there.
    const scrollIntoView = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
    render(<Creator />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Skapa' }));

    const confirmation = screen.getByRole('status', { name: 'Programmet Modellregioner är skapat.' });
    expect(confirmation).toHaveFocus();
    expect(scrollIntoView).toHaveBeenCalledOnce();
    expect(within(confirmation).getByRole('heading', { level: 3, name: 'Programmet Modellregioner är skapat.' })).toBeVisible();
    expect(within(confirmation).getByRole('link', { name: 'Skapa en omgång' })).toHaveAttribute('href', '/cohorts/new');
    expect(within(confirmation).getByText('Skapa nu programmets första omgång.')).toBeVisible();

    // Tab goes on from the confirmation to its link.
    await user.tab();
    expect(within(confirmation).getByRole('link', { name: 'Skapa en omgång' })).toHaveFocus();
  });

  it('takes focus again for the next thing made', async () => {
    render(<Creator />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Skapa' }));
    await user.click(screen.getByLabelText('Namn'));
    await user.click(screen.getByRole('button', { name: 'Skapa' }));
    expect(screen.getByRole('status', { name: 'Programmet Modellregioner 2 är skapat.' })).toHaveFocus();
  });
});
