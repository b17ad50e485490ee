import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hedemoraMember, renderRoute } from '../../test/render';
import { AccountPage } from './AccountPage';
import { CalendarUrlQuery, RotateCalendarTokenMutation } from './graphql/operations';

const OLD = 'https://api.example.se/calendar/gammal-token.ics';
const NEW = 'https://api.example.se/calendar/ny-token.ics';

describe('AccountPage', () => {
  it('shows the personal calendar link and renews it after a confirmation', async () => {
    renderRoute({
      path: '/account',
      element: <AccountPage />,
      url: '/account',
      user: hedemoraMember,
      mocks: [
        { request: { query: CalendarUrlQuery }, result: { data: { me: { __typename: 'User', id: hedemoraMember.id, calendarUrl: OLD } } } },
        { request: { query: RotateCalendarTokenMutation }, result: { data: { rotateCalendarToken: NEW } } },
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeTruthy();
    const url = await screen.findByLabelText<HTMLInputElement>('Din kalenderlänk');
    expect(url.value).toBe(OLD);
    expect(url.readOnly).toBe(true);
    expect(screen.getByText(/Prenumerera på kalender via URL/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Byt lösenord' }).getAttribute('href')).toBe('/account/password');

    fireEvent.click(screen.getByRole('button', { name: /Skapa ny kalenderlänk/ }));
    expect(screen.getByText(/Den gamla länken slutar fungera direkt/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, skapa ny länk' }));
    expect(await screen.findByText(/En ny kalenderlänk är skapad/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Din kalenderlänk').value).toBe(NEW);
  });
});
