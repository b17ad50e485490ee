import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatTime, formatWeekdayDate } from './format';

describe('format', () => {
  it('shows calendar dates as they are, in Swedish or English', () => {
    expect(formatCalendarDate('2026-11-23', 'sv')).toBe('23 november 2026');
    expect(formatCalendarDate('2027-01-01', 'en')).toBe('1 January 2027');
  });

  it('shows meeting times in Swedish time', () => {
    expect(formatWeekdayDate('2026-03-29T08:00:00.000Z', 'sv')).toBe('söndag 29 mars 2026');
    expect(formatTime('2026-03-29T08:00:00.000Z', 'sv')).toBe('10:00');
    expect(formatTime('2026-11-23T08:05:00.000Z', 'en')).toBe('09:05');
  });
});
