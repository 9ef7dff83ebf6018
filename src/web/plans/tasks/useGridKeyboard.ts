import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { cellAfter, gridMove, isRowCommand, targetCell, type Cell, type KeyContext, type RowCommand } from './gridKeys';

/** The control inside a cell that takes the keyboard. */
const FOCUSABLE = 'textarea, input:not([type="hidden"]):not([disabled]), [tabindex="0"]';

function focusCell(container: HTMLElement | null, { row, col }: Cell): void {
  const control = container?.querySelector(`[data-cell="${row}:${col}"]`)?.querySelector<HTMLElement>(FOCUSABLE);
  control?.focus();
  if (control instanceof HTMLTextAreaElement || (control instanceof HTMLInputElement && control.getAttribute('role') !== 'combobox')) {
    control.setSelectionRange(control.value.length, control.value.length);
  }
}

function keyContext(event: KeyboardEvent, target: HTMLElement): KeyContext {
  const keys = { key: event.key, shiftKey: event.shiftKey, altKey: event.altKey, ctrlKey: event.ctrlKey || event.metaKey };
  const text = target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement ? target : null;
  const picker = !text || text.getAttribute('role') === 'combobox' || Boolean(target.closest('.ant-select'));
  if (picker) {
    const open = target.getAttribute('aria-expanded') === 'true';
    const empty = !text || text.value === '';
    return { ...keys, control: 'picker', open, atStart: empty, atEnd: empty };
  }
  const collapsed = text.selectionStart === text.selectionEnd;
  return {
    ...keys,
    control: text instanceof HTMLTextAreaElement ? 'textarea' : 'input',
    open: false,
    atStart: collapsed && text.selectionStart === 0,
    atEnd: collapsed && text.selectionEnd === text.value.length,
  };
}

/**
 * Moves the focus between the cells of a grid whose cells carry data-cell="row:col", the way a
 * spreadsheet does (see gridMove); row commands go to `onRowCommand` and the focus follows the row.
 */
export function useGridKeyboard(rows: number, cols: number, onRowCommand: (command: RowCommand, row: number) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Cell | null>(null);

  useEffect(() => {
    if (!pending) return;
    focusCell(ref.current, pending);
    setPending(null);
  }, [pending, rows]);

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const cell = target.closest<HTMLElement>('[data-cell]');
      if (!cell?.dataset.cell) return;
      const [row = 0, col = 0] = cell.dataset.cell.split(':').map(Number);
      const move = gridMove(keyContext(event, target));
      if (!move) return;
      const to = isRowCommand(move) ? cellAfter({ row, col }, move, rows) : targetCell({ row, col }, move, rows, cols);
      if (!to) return;
      event.preventDefault();
      event.stopPropagation();
      if (isRowCommand(move)) onRowCommand(move, row);
      setPending(to);
    },
    [rows, cols, onRowCommand],
  );

  return { ref, onKeyDownCapture, focusLater: setPending };
}
