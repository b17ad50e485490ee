import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { emailProblem, newPasswordProblems, requiredProblem } from './forms';

const t = createI18n({ language: 'sv' }).t;
const fields = { password: 'password', repeat: 'passwordRepeat' };

describe('newPasswordProblems', () => {
  it('asks for at least 10 characters', () => {
    expect(newPasswordProblems(fields, { password: 'kort', repeat: 'kort' }, t)).toEqual([
      { field: 'password', message: 'Lösenordet måste ha minst 10 tecken.' },
    ]);
  });

  it('asks for the same password twice', () => {
    expect(newPasswordProblems(fields, { password: 'långt-lösenord', repeat: 'långt-lösenorD' }, t)).toEqual([
      { field: 'passwordRepeat', message: 'Lösenorden är inte likadana. Skriv samma lösenord två gånger.' },
    ]);
  });

  it('accepts a long enough password typed twice', () => {
    expect(newPasswordProblems(fields, { password: 'tio tecken', repeat: 'tio tecken' }, t)).toEqual([]);
  });
});

describe('emailProblem', () => {
  it('wants an address that looks like one', () => {
    expect(emailProblem('email', ' ', t)[0]?.message).toBe('Ange en e-postadress.');
    expect(emailProblem('email', 'karin@', t)[0]?.message).toMatch(/^Ange en giltig e-postadress/);
    expect(emailProblem('email', 'karin@hedemora.se', t)).toEqual([]);
  });
});

describe('requiredProblem', () => {
  it('treats blanks as empty', () => {
    expect(requiredProblem('name', '  ', 'Ange ditt namn.')).toEqual([{ field: 'name', message: 'Ange ditt namn.' }]);
  });
});
