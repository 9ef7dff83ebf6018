import { cellAfter, gridMove, targetCell, type KeyContext } from './gridKeys';

const key = (k: string, extra: Partial<KeyContext> = {}): KeyContext => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  control: 'input',
  atStart: false,
  atEnd: false,
  open: false,
  ...extra,
});

describe('spreadsheet keys of the task table', () => {
  it('moves with Tab and Enter, and keeps new lines for multi-line cells', () => {
    expect(gridMove(key('Tab'))).toBe('next');
    expect(gridMove(key('Tab', { shiftKey: true }))).toBe('previous');
    expect(gridMove(key('Enter'))).toBe('down');
    expect(gridMove(key('Enter', { control: 'textarea' }))).toBe('down');
    expect(gridMove(key('Enter', { control: 'textarea', shiftKey: true }))).toBeNull();
    expect(gridMove(key('Enter', { control: 'textarea', altKey: true }))).toBeNull();
    expect(gridMove(key('Enter', { ctrlKey: true }))).toBe('insertBelow');
  });

  it('inserts and moves rows from the keyboard, the focus following the row', () => {
    expect(gridMove(key('ArrowUp', { altKey: true, shiftKey: true, control: 'picker', open: true }))).toBe('moveRowUp');
    expect(gridMove(key('ArrowDown', { altKey: true, shiftKey: true, control: 'textarea' }))).toBe('moveRowDown');
    expect(cellAfter({ row: 2, col: 5 }, 'insertBelow', 4)).toEqual({ row: 3, col: 1 });
    expect(cellAfter({ row: 2, col: 5 }, 'moveRowUp', 4)).toEqual({ row: 1, col: 5 });
    expect(cellAfter({ row: 3, col: 5 }, 'moveRowDown', 4)).toBeNull();
  });

  it('leaves a text cell with the arrows only at its edges', () => {
    expect(gridMove(key('ArrowDown'))).toBe('down');
    expect(gridMove(key('ArrowDown', { control: 'textarea' }))).toBeNull();
    expect(gridMove(key('ArrowDown', { control: 'textarea', atEnd: true }))).toBe('down');
    expect(gridMove(key('ArrowLeft'))).toBeNull();
    expect(gridMove(key('ArrowLeft', { atStart: true }))).toBe('left');
    expect(gridMove(key('ArrowRight', { atEnd: true }))).toBe('right');
  });

  it('lets an open picker keep its arrows and Enter', () => {
    expect(gridMove(key('ArrowDown', { control: 'picker' }))).toBe('down');
    expect(gridMove(key('ArrowDown', { control: 'picker', open: true }))).toBeNull();
    expect(gridMove(key('Enter', { control: 'picker' }))).toBeNull();
    expect(gridMove(key('Tab', { control: 'picker', open: true }))).toBe('next');
  });

  it('runs Tab on to the next row and stops arrows at the edges', () => {
    expect(targetCell({ row: 0, col: 8 }, 'next', 3, 9)).toEqual({ row: 1, col: 0 });
    expect(targetCell({ row: 1, col: 0 }, 'previous', 3, 9)).toEqual({ row: 0, col: 8 });
    expect(targetCell({ row: 2, col: 8 }, 'next', 3, 9)).toBeNull();
    expect(targetCell({ row: 0, col: 3 }, 'up', 3, 9)).toBeNull();
    expect(targetCell({ row: 0, col: 3 }, 'down', 3, 9)).toEqual({ row: 1, col: 3 });
  });
});
