import { describe, expect, it } from 'vitest';
import { pageNumbers, readPageNumber } from './page-numbers';

describe('page links under a public list', () => {
  it('shows every page when there are few', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the ends and two pages either side, with gaps between', () => {
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pageNumbers(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageNumbers(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('writes a one-page gap as the page itself rather than an ellipsis', () => {
    expect(pageNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 10]);
    expect(pageNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });

  it('reads ?trang= leniently: nonsense is the first page', () => {
    expect(readPageNumber('3')).toBe(3);
    expect(readPageNumber(' 2 ')).toBe(2);
    for (const bad of [undefined, '', '0', '-1', 'abc', '2.5', '1e3', ['2']]) expect(readPageNumber(bad)).toBe(1);
  });
});
