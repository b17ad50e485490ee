import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths, isDate, isTime, stockholmDateTime, stockholmParts, stockholmToday } from './stockholm-time';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('stockholmDateTime', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(stockholmDateTime('2026-11-23', '10:00')).toBe('2026-11-23T10:00:00+01:00');
    expect(stockholmDateTime('2026-06-15', '10:00')).toBe('2026-06-15T10:00:00+02:00');
    expect(new Date(stockholmDateTime('2026-06-15', '10:00') ?? '').toISOString()).toBe('2026-06-15T08:00:00.000Z');
  });

  it('knows the day summer time begins (2026-03-29)', () => {
    expect(stockholmDateTime('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(stockholmDateTime('2026-03-29', '03:00')).toBe('2026-03-29T03:00:00+02:00');
    expect(stockholmDateTime('2026-03-29', '10:00')).toBe('2026-03-29T10:00:00+02:00');
    expect(new Date(stockholmDateTime('2026-03-29', '10:00') ?? '').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    // 02:00–02:59 is skipped that night.
    expect(stockholmDateTime('2026-03-29', '02:30')).toBeNull();
    expect(stockholmDateTime('2026-03-28', '10:00')).toBe('2026-03-28T10:00:00+01:00');
  });

  it('knows the day summer time ends (2026-10-25)', () => {
    expect(stockholmDateTime('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+02:00');
    expect(stockholmDateTime('2026-10-25', '10:00')).toBe('2026-10-25T10:00:00+01:00');
    expect(new Date(stockholmDateTime('2026-10-25', '10:00') ?? '').toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(stockholmDateTime('2026-10-24', '10:00')).toBe('2026-10-24T10:00:00+02:00');
    // 02:30 happens twice; the second (winter time) is chosen, and it is a real instant.
    expect(stockholmDateTime('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+01:00');
  });

  it('does not depend on the browser’s time zone', () => {
    for (const [zone, offset] of [
      ['America/New_York', 240],
      ['Asia/Tokyo', -540],
      ['UTC', 0],
    ] as const) {
      vi.stubEnv('TZ', zone);
      // The browser's (here Node's) own zone really is another one.
      expect(new Date('2026-03-29T08:00:00Z').getTimezoneOffset()).toBe(offset);
      expect(stockholmDateTime('2026-03-29', '10:00')).toBe('2026-03-29T10:00:00+02:00');
      expect(stockholmDateTime('2026-10-25', '23:45')).toBe('2026-10-25T23:45:00+01:00');
      expect(stockholmParts('2026-03-29T08:00:00.000Z')).toEqual({ date: '2026-03-29', time: '10:00' });
    }
  });

  it('refuses what is not a date and a time', () => {
    expect(stockholmDateTime('2026-02-30', '10:00')).toBeNull();
    expect(stockholmDateTime('2026-11-23', '24:00')).toBeNull();
    expect(stockholmDateTime('', '10:00')).toBeNull();
    expect(stockholmDateTime('2026-11-23', '')).toBeNull();
  });
});

describe('stockholmParts', () => {
  it('reads an instant as Swedish date and time', () => {
    expect(stockholmParts('2026-11-23T09:00:00.000Z')).toEqual({ date: '2026-11-23', time: '10:00' });
    expect(stockholmParts('2026-10-24T22:30:00.000Z')).toEqual({ date: '2026-10-25', time: '00:30' });
    expect(stockholmParts('2026-10-25T00:30:00.000Z')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(stockholmParts('2026-10-25T01:30:00.000Z')).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  it('round-trips with stockholmDateTime', () => {
    for (const [date, time] of [
      ['2026-03-29', '03:15'],
      ['2026-10-25', '10:00'],
      ['2026-12-31', '23:59'],
    ] as const) {
      expect(stockholmParts(stockholmDateTime(date, time) ?? '')).toEqual({ date, time });
    }
  });

  it('gives today in Sweden', () => {
    expect(stockholmToday(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  });
});

describe('dates', () => {
  it('checks dates and times', () => {
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-1-05')).toBe(false);
    expect(isTime('09:05')).toBe(true);
    expect(isTime('9:05')).toBe(false);
  });

  it('adds months as the API does', () => {
    expect(addMonths('2026-02-10', 12)).toBe('2027-02-10');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('nej', 6)).toBeNull();
  });
});
