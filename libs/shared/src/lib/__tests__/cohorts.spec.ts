import { addMonths, canTransition, isIsoDate, membershipOpen, stockholmClock, stockholmDate, stockholmTime } from '../cohorts';
import { CohortStatus as S } from '../enums';

describe('cohort lifecycle', () => {
  it.each([
    [S.PLANNED, S.ACTIVE],
    [S.ACTIVE, S.FOLLOW_UP],
    [S.FOLLOW_UP, S.CONCLUDED],
    [S.PLANNED, S.CANCELLED],
    [S.ACTIVE, S.CANCELLED],
    [S.FOLLOW_UP, S.CANCELLED],
  ])('allows %s → %s', (from, to) => expect(canTransition(from, to)).toBe(true));

  it.each([
    [S.PLANNED, S.FOLLOW_UP],
    [S.PLANNED, S.CONCLUDED],
    [S.ACTIVE, S.PLANNED],
    [S.ACTIVE, S.CONCLUDED],
    [S.FOLLOW_UP, S.ACTIVE],
    [S.CONCLUDED, S.CANCELLED],
    [S.CANCELLED, S.PLANNED],
    [S.ACTIVE, S.ACTIVE],
  ])('refuses %s → %s', (from, to) => expect(canTransition(from, to)).toBe(false));

  it('opens membership changes while PLANNED or ACTIVE only', () => {
    expect(Object.values(S).filter(membershipOpen)).toEqual([S.PLANNED, S.ACTIVE]);
  });
});

describe('dates', () => {
  it('adds months, keeping month ends real', () => {
    expect(addMonths('2026-02-10', 12)).toBe('2027-02-10');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
  it('checks calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
  it('turns Stockholm wall-clock times into instants, winter and summer', () => {
    expect(stockholmTime('2026-11-23', '10:00').toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(stockholmTime('2026-06-15', '10:00').toISOString()).toBe('2026-06-15T08:00:00.000Z');
    // The days daylight saving starts (29 March) and ends (25 October) in 2026.
    expect(stockholmTime('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(stockholmTime('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });
  it('gives the Stockholm wall-clock time of an instant', () => {
    expect(stockholmClock(new Date('2026-11-23T09:00:00Z'))).toBe('10:00');
    expect(stockholmClock(new Date('2026-06-15T08:05:00Z'))).toBe('10:05');
  });

  it('gives the Stockholm date of an instant', () => {
    expect(stockholmDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});
