import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hedemoraMember, renderRoute } from '../../test/render';
import { AccountPage } from './AccountPage';
import { ReminderPreferencesQuery } from '../reminders/graphql/operations';
import { CalendarUrlQuery, RotateCalendarTokenMutation } from './graphql/operations';

const OLD = 'https://api.example.se/calendar/gammal-token.ics';
const NEW = 'https://api.example.se/calendar/ny-token.ics';

const calendarMock = { request: { query: CalendarUrlQuery }, result: { data: { me: { __typename: 'User', id: hedemoraMember.id, calendarUrl: OLD } } } };
const preferencesMock = {
  request: { query: ReminderPreferencesQuery },
  result: { data: { me: { __typename: 'User', id: hedemoraMember.id, reminderPreferences: [{ __typename: 'ReminderPreference', kind: 'CUSTOM', email: false }] } } },
};

function renderAccount(mocks: Parameters<typeof renderRoute>[0]['mocks'] = [calendarMock]) {
  return renderRoute({ path: '/account', element: <AccountPage />, url: '/account', user: hedemoraMember, mocks: [...(mocks ?? []), preferencesMock] });
}

describe('AccountPage', () => {
  it('shows the personal calendar link and renews it after a confirmation', async () => {
    renderAccount([calendarMock, { request: { query: RotateCalendarTokenMutation }, result: { data: { rotateCalendarToken: NEW } } }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeInTheDocument();
    const url = await screen.findByLabelText('Din kalenderlänk');
    expect(url).toHaveValue(OLD);
    expect(url).toHaveAttribute('readonly');
    expect(url).toHaveAccessibleDescription('Kopiera länken och lägg till den i din kalender som en prenumeration.');
    expect(screen.getByText(/Prenumerera på kalender via URL/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Byt lösenord' })).toHaveAttribute('href', '/account/password');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Skapa ny kalenderlänk/ }));
    expect(screen.getByText(/Den gamla länken slutar fungera direkt/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ja, skapa ny länk' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Ja, skapa ny länk' }));
    expect(await screen.findByText(/En ny kalenderlänk är skapad/)).toBeVisible();
    expect(screen.getByLabelText('Din kalenderlänk')).toHaveValue(NEW);
    expect(screen.getByRole('heading', { level: 2, name: 'Kalender' })).toHaveFocus();
  });

  it('has the e-mail choices for reminders below the calendar (reminders/ReminderPreferencesSection.spec.tsx tests them)', async () => {
    renderAccount();
    const section = screen.getByRole('region', { name: 'E-post för påminnelser' });
    expect(await within(section).findByRole('checkbox', { name: 'Meddelande från processledaren' })).not.toBeChecked();
    expect(within(section).getByRole('checkbox', { name: 'Möte närmar sig' })).toBeChecked();
  });

  it('copies the link, and says so', async () => {
    renderAccount();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Kopiera länken' }));
    expect(within(screen.getByRole('region', { name: 'Kalender' })).getByRole('status')).toHaveTextContent('Länken är kopierad.');
    await expect(navigator.clipboard.readText()).resolves.toBe(OLD);
  });

  it('selects the link for the user where the browser does not let the page copy it', async () => {
    renderAccount();
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError'));
    await user.click(await screen.findByRole('button', { name: 'Kopiera länken' }));
    const url = screen.getByLabelText<HTMLInputElement>('Din kalenderlänk');
    expect(url).toHaveFocus();
    expect(url.value.slice(url.selectionStart ?? 0, url.selectionEnd ?? 0)).toBe(OLD);
    expect(within(screen.getByRole('region', { name: 'Kalender' })).getByRole('status')).toHaveTextContent('Det gick inte att kopiera automatiskt.');
  });
});
