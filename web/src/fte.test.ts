import { describe, expect, it } from 'vitest';
import { courseFigures, figuresByYear, formatFigure, parseYear, yearStatus, yearsUpTo } from './fte';

describe('courseFigures', () => {
  it('orders courses by code, leaves out empty rows and adds up what it shows', () => {
    const { courses, total } = courseFigures([
      { courseCode: '5DV002', hst: 1.25, hpr: 1 },
      { courseCode: '5DV001', hst: 2.5004, hpr: 2.0004 },
      { courseCode: '5MA001', hst: 0, hpr: 0 },
      { courseCode: null, hst: 9, hpr: 9 },
    ]);
    expect(courses.map((c) => c.label)).toEqual(['5DV001', '5DV002']);
    expect(courses[0]).toEqual({ label: '5DV001', hst: 2.5, hpr: 2 });
    expect(total).toEqual({ hst: 3.75, hpr: 3 });
  });
});

describe('formatFigure', () => {
  it('writes three decimals the way each language does', () => {
    expect(formatFigure(12.5, 'sv')).toBe('12,500');
    expect(formatFigure(12.5, 'en')).toBe('12.500');
  });
});

describe('parseYear', () => {
  it('takes a four-digit year up to next year, and the fallback otherwise', () => {
    expect(parseYear('2025', 2026)).toBe(2025);
    expect(parseYear('2028', 2026)).toBe(2026);
    expect(parseYear('25', 2026)).toBe(2026);
    expect(parseYear(null, 2026)).toBe(2026);
  });
});

describe('figures over several years', () => {
  it('reads the chosen year and the two before it', () => {
    expect(yearsUpTo(2026)).toEqual([2024, 2025, 2026]);
  });

  it('puts each course\'s rows of a several-year answer under their year, zero where a year has none', () => {
    const rows = [
      { period: '2025', course: { code: '5DV002' }, hst: 1.2346, hpr: 1 },
      { period: '2025', course: { code: '5DV001' }, hst: 2, hpr: 1.5 },
      { period: '2026', course: { code: '5DV001' }, hst: 3, hpr: 2 },
    ];
    expect(figuresByYear(rows, [2025, 2026])).toEqual([
      { code: '5DV001', years: [{ hst: 2, hpr: 1.5 }, { hst: 3, hpr: 2 }] },
      { code: '5DV002', years: [{ hst: 1.235, hpr: 1 }, { hst: 0, hpr: 0 }] },
    ]);
  });
});

describe('a year\'s status from its course rows', () => {
  it('is closed with its date and the corrections summed per reason when the rows are closed', () => {
    const rows = [
      { closed: true, closedAt: '2026-01-31T10:00:00Z', corrections: [{ reason: 'RESULT_ATTESTED_LATE', hst: 0, hpr: 0.25 }] },
      { closed: true, closedAt: '2026-01-31T10:00:00Z', corrections: [{ reason: 'RESULT_ATTESTED_LATE', hst: 0, hpr: 0.125 }, { reason: 'OTHER', hst: 0.5, hpr: 0 }] },
    ];
    expect(yearStatus(rows)).toEqual({
      closed: true, closedAt: '2026-01-31T10:00:00Z',
      corrections: [{ reason: 'RESULT_ATTESTED_LATE', hst: 0, hpr: 0.375 }, { reason: 'OTHER', hst: 0.5, hpr: 0 }],
    });
  });

  it('is open without rows or with open ones', () => {
    expect(yearStatus([])).toEqual({ closed: false, closedAt: null, corrections: [] });
    expect(yearStatus([{ closed: false, closedAt: null, corrections: [] }]).closed).toBe(false);
  });
});
