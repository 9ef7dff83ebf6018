export type CellMove = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';
/** What a key does to the table's rows rather than to the focus. */
export type RowCommand = 'insertBelow' | 'moveRowUp' | 'moveRowDown';
export type GridMove = CellMove | RowCommand;

/** What the focused control is, as far as moving between cells is concerned. */
export type KeyContext = {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  control: 'input' | 'textarea' | 'picker';
  /** For text: the caret is at the very start / end with nothing selected. */
  atStart: boolean;
  atEnd: boolean;
  /** For a picker: its list is open (arrows and Enter then belong to it). */
  open: boolean;
};

/**
 * Spreadsheet keys: Tab / Shift+Tab go to the next / previous cell, Enter goes down (Shift+Enter or
 * Alt+Enter makes a new line in a multi-line cell), arrows leave a cell when the caret is at its edge
 * or the picker is closed, Ctrl+Enter inserts a row below, Alt+Shift+↑/↓ moves the row. Anything
 * else is the control's own.
 */
export function gridMove(c: KeyContext): GridMove | null {
  if (c.key === 'Tab') return c.shiftKey ? 'previous' : 'next';
  if (c.key === 'Enter' && c.ctrlKey) return 'insertBelow';
  if (c.altKey && c.shiftKey && (c.key === 'ArrowUp' || c.key === 'ArrowDown')) return c.key === 'ArrowUp' ? 'moveRowUp' : 'moveRowDown';
  if (c.control === 'picker') {
    if (c.open) return null;
    if (c.key === 'ArrowUp') return 'up';
    if (c.key === 'ArrowDown') return 'down';
    if (c.key === 'ArrowLeft' && c.atStart) return 'left';
    if (c.key === 'ArrowRight' && c.atEnd) return 'right';
    return null;
  }
  if (c.key === 'Enter') return c.shiftKey || c.altKey ? null : 'down';
  const multiline = c.control === 'textarea';
  if (c.key === 'ArrowUp' && (!multiline || c.atStart)) return 'up';
  if (c.key === 'ArrowDown' && (!multiline || c.atEnd)) return 'down';
  if (c.key === 'ArrowLeft' && c.atStart) return 'left';
  if (c.key === 'ArrowRight' && c.atEnd) return 'right';
  return null;
}

export type Cell = { row: number; col: number };

export const isRowCommand = (move: GridMove): move is RowCommand => move === 'insertBelow' || move === 'moveRowUp' || move === 'moveRowDown';

/** Where the focus goes after a row command: into the new row, or along with the moved row. */
export function cellAfter(from: Cell, command: RowCommand, rows: number): Cell | null {
  if (command === 'insertBelow') return { row: from.row + 1, col: 1 };
  const row = from.row + (command === 'moveRowUp' ? -1 : 1);
  return row >= 0 && row < rows ? { row, col: from.col } : null;
}

/** Where a move lands; Tab runs on to the next row, arrows stop at the table's edges. */
export function targetCell(from: Cell, move: CellMove, rows: number, cols: number): Cell | null {
  const { row, col } = from;
  switch (move) {
    case 'up':
      return row > 0 ? { row: row - 1, col } : null;
    case 'down':
      return row < rows - 1 ? { row: row + 1, col } : null;
    case 'left':
      return col > 0 ? { row, col: col - 1 } : null;
    case 'right':
      return col < cols - 1 ? { row, col: col + 1 } : null;
    case 'next':
      return col < cols - 1 ? { row, col: col + 1 } : row < rows - 1 ? { row: row + 1, col: 0 } : null;
    case 'previous':
      return col > 0 ? { row, col: col - 1 } : row > 0 ? { row: row - 1, col: cols - 1 } : null;
  }
}
