import { describe, expect, it } from 'vitest';
import { nextCell, normaliseDate, normaliseGrade } from './grid';

const size = { rows: 3, columns: 2 };
const inside = { atStart: false, atEnd: false };
const edges = { atStart: true, atEnd: true };

describe('the result grid\'s keyboard', () => {
  it('moves between rows with the arrow keys and Enter, Shift+Enter going up', () => {
    expect(nextCell({ row: 1, column: 0 }, 'ArrowDown', false, size, inside)).toEqual({ row: 2, column: 0 });
    expect(nextCell({ row: 1, column: 1 }, 'ArrowUp', false, size, inside)).toEqual({ row: 0, column: 1 });
    expect(nextCell({ row: 0, column: 0 }, 'Enter', false, size, inside)).toEqual({ row: 1, column: 0 });
    expect(nextCell({ row: 1, column: 0 }, 'Enter', true, size, inside)).toEqual({ row: 0, column: 0 });
  });

  it('stops at the grid\'s edges', () => {
    expect(nextCell({ row: 2, column: 0 }, 'ArrowDown', false, size, inside)).toEqual({ row: 2, column: 0 });
    expect(nextCell({ row: 0, column: 0 }, 'ArrowUp', false, size, inside)).toEqual({ row: 0, column: 0 });
    expect(nextCell({ row: 0, column: 1 }, 'ArrowRight', false, size, edges)).toEqual({ row: 0, column: 1 });
  });

  it('leaves a field sideways only from the edge of its text, so a date can be edited by arrow keys', () => {
    expect(nextCell({ row: 0, column: 1 }, 'ArrowLeft', false, size, inside)).toBeNull();
    expect(nextCell({ row: 0, column: 1 }, 'ArrowLeft', false, size, { atStart: true, atEnd: false })).toEqual({ row: 0, column: 0 });
    expect(nextCell({ row: 0, column: 0 }, 'ArrowRight', false, size, { atStart: false, atEnd: true })).toEqual({ row: 0, column: 1 });
  });

  it('leaves other keys to the field', () => {
    expect(nextCell({ row: 0, column: 0 }, 'G', false, size, edges)).toBeNull();
    expect(nextCell({ row: 0, column: 0 }, 'Tab', false, size, edges)).toBeNull();
  });
});

describe('typed grades and dates', () => {
  it('takes a grade of the course\'s scale in any case, and nothing else', () => {
    expect(normaliseGrade('vg', ['U', 'G', 'VG'])).toBe('VG');
    expect(normaliseGrade(' G ', ['U', 'G', 'VG'])).toBe('G');
    expect(normaliseGrade('5', ['U', 'G', 'VG'])).toBeNull();
    expect(normaliseGrade('', ['U', 'G', 'VG'])).toBeNull();
  });

  it('takes a real date with or without dashes', () => {
    expect(normaliseDate('2025-10-20')).toBe('2025-10-20');
    expect(normaliseDate('20251020')).toBe('2025-10-20');
    expect(normaliseDate('2025-02-30')).toBeNull();
    expect(normaliseDate('20/10/2025')).toBeNull();
  });
});
