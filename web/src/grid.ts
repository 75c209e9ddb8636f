/** The result grid's keyboard model: which cell a key moves to. Pure, so the unit tests state it without a browser. */
export interface Cell {
  row: number;
  column: number;
}

export interface CaretPosition {
  /** The caret is before the first character (or the field is empty). */
  atStart: boolean;
  /** The caret is after the last character (or the field is empty). */
  atEnd: boolean;
}

/**
 * The cell a key moves to, or null when the key is the field's own (typing, moving the caret inside a value).
 * Up and down move between rows, Enter moves down and Shift+Enter up, as in a spreadsheet; left and right leave a field
 * only from its edge, so a typed date can still be edited by arrow keys. Moves stop at the grid's edges.
 */
export function nextCell(from: Cell, key: string, shift: boolean, size: { rows: number; columns: number }, caret: CaretPosition): Cell | null {
  const clamp = (cell: Cell): Cell => ({
    row: Math.min(Math.max(cell.row, 0), size.rows - 1),
    column: Math.min(Math.max(cell.column, 0), size.columns - 1),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp({ row: from.row - 1, column: from.column });
    case 'ArrowDown':
      return clamp({ row: from.row + 1, column: from.column });
    case 'Enter':
      return clamp({ row: from.row + (shift ? -1 : 1), column: from.column });
    case 'ArrowLeft':
      return caret.atStart ? clamp({ row: from.row, column: from.column - 1 }) : null;
    case 'ArrowRight':
      return caret.atEnd ? clamp({ row: from.row, column: from.column + 1 }) : null;
    default:
      return null;
  }
}

/** A typed grade as the scale writes it (`vg` is `VG`), or null when the scale has no such grade. Empty is no grade. */
export function normaliseGrade(typed: string, grades: readonly string[]): string | null {
  const wanted = typed.trim().toUpperCase();
  if (wanted === '') return null;
  return grades.find((grade) => grade.toUpperCase() === wanted) ?? null;
}

/** A typed date as ISO 8601 (`2025-10-20`), also written without dashes (`20251020`), or null when it is no real date. */
export function normaliseDate(typed: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(typed.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month}-${day}`;
}
