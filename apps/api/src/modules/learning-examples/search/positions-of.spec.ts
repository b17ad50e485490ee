import { positionsOf } from './example-search.service';

describe('positionsOf', () => {
  // search_no 1 → row 0, 3 → row 1, 10 → row 2; 2 is no published example.
  const positionOf = Int32Array.from([-1, 0, -1, 1, -1, -1, -1, -1, -1, -1, 2]);

  it('reads comma-separated numbers as the rows they stand for, in order', () => {
    expect([...positionsOf('10,1,3', positionOf)]).toEqual([2, 0, 1]);
  });

  it('leaves out numbers that are no published example or beyond the copy', () => {
    expect([...positionsOf('2,3,11,123456', positionOf)]).toEqual([1]);
  });

  it('reads nothing from an empty string', () => {
    expect(positionsOf('', positionOf)).toHaveLength(0);
  });
});
