import { quarterMatrix, type MatrixOccurrence } from './quarter-matrix';

const today = '2026-05-10';
const work = (rowKey: string, due: string | null, status: MatrixOccurrence['status'], dates: Partial<MatrixOccurrence> = {}): MatrixOccurrence => ({ rowKey, due, status, ...dates });

describe('quarterMatrix', () => {
  it('puts each occurrence in the quarter it falls due and classifies it done / late / due / not applicable', () => {
    const { rows, totals } = quarterMatrix(
      [
        work('khth', '2026-03-31', 'done', { submittedOn: '2026-03-30', completedOn: '2026-04-02' }),
        work('khth', '2026-03-31', 'done', { submittedOn: '2026-04-03', completedOn: '2026-04-05' }),
        work('khth', '2026-04-30', 'in_progress'),
        work('khth', '2026-06-30', 'not_started'),
        work('tchc', '2026-12-31', 'not_applicable'),
        work('tchc', '2026-05-09', 'submitted', { submittedOn: '2026-05-08' }),
      ],
      2026,
      today,
    );
    const khth = rows.get('khth')!;
    expect(khth.quarters[0]).toEqual({ total: 2, done: 2, doneLate: 1, late: 0, due: 0, notApplicable: 0, undated: 0 });
    expect(khth.quarters[1]).toEqual({ total: 2, done: 0, doneLate: 0, late: 1, due: 1, notApplicable: 0, undated: 0 });
    expect(khth.year.total).toBe(4);
    const tchc = rows.get('tchc')!;
    // Handed in before its due date: on time even though the review has not happened yet.
    expect(tchc.quarters[1]).toMatchObject({ total: 1, due: 1, late: 0 });
    expect(tchc.quarters[3]).toMatchObject({ total: 1, notApplicable: 1 });
    expect(totals.year).toEqual({ total: 6, done: 2, doneLate: 1, late: 1, due: 2, notApplicable: 1, undated: 0 });
  });

  it('leaves out work of other years, counts undated work in the year only, and keeps rows that have nothing', () => {
    const { rows, totals } = quarterMatrix([work('a', '2025-12-31', 'not_started'), work('a', null, 'not_started'), work('a', '2027-01-01', 'done')], 2026, today, ['a', 'b']);
    expect([...rows.keys()]).toEqual(['a', 'b']);
    expect(rows.get('a')!.year).toMatchObject({ total: 1, undated: 1 });
    expect(rows.get('a')!.quarters.every((q) => q.total === 0)).toBe(true);
    expect(rows.get('b')!.year.total).toBe(0);
    expect(totals.year.total).toBe(1);
  });

  it('the cells of a row always add up to its year and its total', () => {
    const statuses = ['not_started', 'in_progress', 'submitted', 'done', 'not_applicable'] as const;
    const occurrences = Array.from({ length: 200 }, (_, i) => work(`u${i % 7}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-15`, statuses[i % 5]!));
    const { rows } = quarterMatrix(occurrences, 2026, today);
    for (const row of rows.values()) {
      const sum = row.quarters.reduce((s, c) => s + c.total, 0);
      expect(sum).toBe(row.year.total);
      for (const c of [...row.quarters, row.year]) expect(c.done + c.late + c.due + c.notApplicable).toBe(c.total);
    }
  });
});
