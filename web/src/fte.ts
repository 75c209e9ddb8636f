/** One course's figures in the dashboard's chart and table. */
export interface FteFigures {
  label: string;
  hst: number;
  hpr: number;
}

/**
 * The rows to chart and tabulate: courses in code order, with figures rounded to the API's three decimals, and their
 * total. The total is the sum of the rows shown, rounded the same way, so the table adds up as a reader checks it.
 */
export function courseFigures(rows: ReadonlyArray<{ courseCode?: string | null; hst: number; hpr: number }>) {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const courses: FteFigures[] = rows
    .filter((row) => row.courseCode && (row.hst !== 0 || row.hpr !== 0))
    .map((row) => ({ label: row.courseCode!, hst: round(Number(row.hst)), hpr: round(Number(row.hpr)) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  const total = {
    hst: round(courses.reduce((sum, row) => sum + row.hst, 0)),
    hpr: round(courses.reduce((sum, row) => sum + row.hpr, 0)),
  };
  return { courses, total };
}

/** A figure as the user's language writes it: 12,345 in Swedish, 12.345 in English, always three decimals. */
export function formatFigure(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}

/** A year the dashboard accepts: four digits within the register's reach (Ladok's records start in the 1970s). */
export function parseYear(text: string | null, fallback: number): number {
  const year = text && /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= 1970 && year <= fallback + 1 ? year : fallback;
}

/** The years the dashboard reads in one call: the chosen year and the two before it, oldest first. */
export function yearsUpTo(year: number, count = 3): number[] {
  return Array.from({ length: count }, (_, i) => year - count + 1 + i);
}

/**
 * Per course, its HST and HPR in each year of a several-year answer (rows carry `period`, the year), courses in code
 * order; a year without a row for the course is zero.
 */
export function figuresByYear(rows: ReadonlyArray<{ period: string; course?: { code: string } | null; hst: number; hpr: number }>, years: readonly number[]) {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const byCourse = new Map<string, Map<string, { hst: number; hpr: number }>>();
  for (const row of rows) {
    if (!row.course) continue;
    const years = byCourse.get(row.course.code) ?? new Map();
    years.set(row.period, { hst: round(Number(row.hst)), hpr: round(Number(row.hpr)) });
    byCourse.set(row.course.code, years);
  }
  return [...byCourse.keys()].sort((a, b) => a.localeCompare(b, 'sv'))
    .map((code) => ({ code, years: years.map((year) => byCourse.get(code)!.get(String(year)) ?? { hst: 0, hpr: 0 }) }));
}

/**
 * A year's status from its course rows: closed when its rows are (a year closes as a whole), when, and the corrections since
 * summed per reason over the courses, rounded as the figures are.
 */
export function yearStatus(rows: ReadonlyArray<{ closed: boolean; closedAt?: string | null; corrections: ReadonlyArray<{ reason: string; hst: number; hpr: number }> }>) {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const corrections = new Map<string, { reason: string; hst: number; hpr: number }>();
  for (const correction of rows.flatMap((row) => row.corrections)) {
    const sum = corrections.get(correction.reason) ?? { reason: correction.reason, hst: 0, hpr: 0 };
    corrections.set(correction.reason, { reason: correction.reason, hst: round(sum.hst + Number(correction.hst)), hpr: round(sum.hpr + Number(correction.hpr)) });
  }
  return { closed: rows.some((row) => row.closed), closedAt: rows.find((row) => row.closedAt)?.closedAt ?? null, corrections: [...corrections.values()] };
}
