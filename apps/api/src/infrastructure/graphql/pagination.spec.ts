import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('pagination', () => {
  it('bounds first to 1–50', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(50)).toBe(50);
    for (const bad of [0, 51, -1, 1.5]) expect(() => pageSize(bad)).toThrow(AppError);
  });
  it('round-trips cursors and rejects empty ones', () => {
    expect(decodeCursor(encodeCursor('12345'))).toBe('12345');
    expect(decodeCursor('')).toBeNull();
  });
});
