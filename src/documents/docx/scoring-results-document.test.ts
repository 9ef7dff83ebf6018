import { describe, expect, it } from 'vitest';
import { scoringResultsDocumentParts, type RoundResults, type ScoringResultsDocumentData } from './scoring-results-document';

const areas = [
  { code: 'I', name: 'Công tác chỉ đạo, điều hành', maxPoints: 60 },
  { code: 'II', name: 'Cải cách thể chế', maxPoints: 40 },
];
const row = (rank: number, name: string, points: [number, number], className: string | null, lastYear: RoundResults['rows'][number]['lastYear'] = null) => ({
  rank,
  organization: { id: name, name },
  areas: [
    { code: 'I', points: points[0] },
    { code: 'II', points: points[1] },
  ],
  total: points[0] + points[1],
  className,
  lastYear,
});

function data(rows: RoundResults['rows'], draft = false): ScoringResultsDocumentData {
  return {
    issuer: { superiorName: 'UBND TỈNH LÀO CAI', name: 'Sở Y tế tỉnh Lào Cai', placeName: 'Lào Cai' },
    symbol: 'TB-SYT',
    date: '2026-01-15',
    draft,
    criteriaSetName: 'Bộ chỉ số năm 2025',
    results: {
      round: { id: 'r', name: 'Chấm điểm CCHC năm 2025', year: 2025, organization: { id: 'syt', name: 'Sở Y tế tỉnh Lào Cai' }, publishedAt: '2026-01-15T02:00:00Z' },
      published: !draft,
      areas,
      maxPoints: 100,
      bands: [
        { name: 'Tốt', minPoints: 80 },
        { name: 'Khá', minPoints: 60 },
      ],
      rows,
      classCounts: [
        { name: 'Tốt', count: rows.filter((r) => r.className === 'Tốt').length },
        { name: 'Khá', count: rows.filter((r) => r.className === 'Khá').length },
      ],
    },
    signature: { authority: 'GIÁM ĐỐC', signerTitle: null, signerName: 'Nguyễn Văn Thành' },
    recipients: ['Lưu: VT, VP'],
  };
}

const texts = (parts: ReturnType<typeof scoringResultsDocumentParts>) => parts.body.map((b) => (b.kind === 'paragraph' && typeof b.text === 'string' ? b.text : ''));

describe('the notice of a scoring round’s result', () => {
  it('ranks the bodies in the landscape appendix with points written the Vietnamese way, equal totals sharing a rank', () => {
    const parts = scoringResultsDocumentParts(
      data([row(1, 'Bệnh viện A', [50.5, 35], 'Tốt', { total: 80.25, className: 'Tốt', rank: 2 }), row(2, 'Bệnh viện B', [40, 25], 'Khá'), row(2, 'Trung tâm C', [45, 20], 'Khá'), row(4, 'Trung tâm D', [30, 10.5], null)]),
    );
    const appendix = parts.appendices![0]!;
    expect(appendix.landscape).toBe(true);
    expect(appendix.columns.map((c) => c.title)).toEqual(['Thứ hạng', 'Đơn vị', 'I. Công tác chỉ đạo, điều hành\n(60 điểm)', 'II. Cải cách thể chế\n(40 điểm)', 'Tổng điểm\n(100 điểm)', 'Xếp loại', 'Năm trước\n(2024)']);
    expect(appendix.rows).toEqual([
      ['1', 'Bệnh viện A', '50,5', '35', '85,5', 'Tốt', '80,25\nTốt\nHạng 2'],
      ['2', 'Bệnh viện B', '40', '25', '65', 'Khá', '-'],
      ['2', 'Trung tâm C', '45', '20', '65', 'Khá', '-'],
      ['4', 'Trung tâm D', '30', '10,5', '40,5', '-', '-'],
    ]);
    expect(appendix.attachedTo).toBe('Kèm theo Thông báo số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-SYT ngày 15/01/2026 của Sở Y tế tỉnh Lào Cai');
    expect(texts(parts)).toContain('1. Kết quả xếp loại (thang điểm 100): Tốt: 01 đơn vị; Khá: 02 đơn vị; chưa đạt mức xếp loại nào: 01 đơn vị.');
    expect(texts(parts).some((t) => t.includes('so sánh với kết quả năm 2024'))).toBe(true);
  });

  it('says nothing of last year when no body was scored then, and marks an unpublished preview a draft', () => {
    const parts = scoringResultsDocumentParts(data([row(1, 'Bệnh viện A', [50, 30], 'Tốt')], true));
    expect(parts.draft).toBe(true);
    expect(parts.title).toEqual({ kind: 'Thông báo', summary: 'Kết quả đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính năm 2025' });
    expect(parts.heading).toMatchObject({ number: null, symbol: 'TB-SYT', date: '2026-01-15' });
    expect(texts(parts).some((t) => t.includes('so sánh'))).toBe(false);
  });
});
