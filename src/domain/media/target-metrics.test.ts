import { describe, expect, it } from 'vitest';
import { DEMO_PLANS } from '../../server/demo/seed-plans';
import { measureCount, measureShare, recogniseTargetMetric, type PublicationOfYear, type TargetInput } from './target-metrics';

const text = (t: string, more: Partial<TargetInput> = {}): TargetInput => ({ text: t, value: null, unit: null, comparator: null, ...more });

describe('recognising communication targets', () => {
  it("leaves the seed plans' targets about procedures and paperwork untracked", () => {
    const seedTargets = DEMO_PLANS.flatMap((p) => p.content.targets);
    expect(seedTargets.length).toBeGreaterThan(2);
    for (const t of seedTargets) expect(recogniseTargetMetric(t), t.text).toBeNull();
  });

  it('leaves sentences from the seed documents without a number untracked', () => {
    for (const sentence of [
      'Thường xuyên đăng tải các tin, bài, các văn bản về CCHC; cập nhật bộ thủ tục hành chính mới ban hành hoặc sửa đổi, bổ sung, thay thế',
      'Tổ truyền thông tăng cường công tác thông tin đăng tin bài, tuyên truyền cải cách hành chính trên website bệnh viện.',
      'Phát triển website bệnh viện, đẩy mạnh các hoạt động trao đổi thông tin',
    ]) {
      expect(recogniseTargetMetric(text(sentence)), sentence).toBeNull();
    }
  });

  it('reads the share of bodies publishing on their website', () => {
    expect(recogniseTargetMetric(text('100% các đơn vị thực hiện tuyên truyền về CCHC trên trang thông tin của đơn vị', { value: 100, unit: '%', comparator: 'exactly' }))).toEqual({
      kind: 'body_share',
      value: 100,
      comparator: 'exactly',
      channels: ['website'],
      population: 'auto',
    });
    expect(recogniseTargetMetric(text('Phấn đấu 90% cơ sở y tế có tin bài CCHC trên Fanpage, nhóm Zalo'))).toMatchObject({ kind: 'body_share', value: 90, channels: ['fanpage', 'zalo'] });
    expect(recogniseTargetMetric(text('Trên 80% khoa, phòng có tin, bài tuyên truyền cải cách hành chính'))).toMatchObject({ kind: 'body_share', value: 80, comparator: 'above', channels: null, population: 'departments' });
  });

  it('reads counts of items per year, quarter and month', () => {
    expect(recogniseTargetMetric(text('Đăng tải ít nhất 12 tin, bài về CCHC'))).toMatchObject({ kind: 'items_per_year', value: 12, comparator: 'at_least', channels: null });
    expect(recogniseTargetMetric(text('Mỗi quý ít nhất 01 tin bài về cải cách hành chính trên Cổng thông tin điện tử'))).toMatchObject({ kind: 'items_per_quarter', value: 1, channels: ['website'] });
    expect(recogniseTargetMetric(text('Hằng tháng đăng tối thiểu 02 bài viết về chuyển đổi số'))).toMatchObject({ kind: 'items_per_month', value: 2 });
    expect(recogniseTargetMetric(text('Xây dựng 04 video ngắn, infographic tuyên truyền TTHC trong năm'))).toMatchObject({ kind: 'items_per_year', value: 4 });
  });

  it('does not mistake other numeric targets for communication ones', () => {
    for (const t of [
      '100% thủ tục hành chính được niêm yết công khai',
      'Trên 95% văn bản được xử lý trên môi trường mạng',
      'Tỷ lệ hài lòng của người bệnh đạt trên 90%',
      '100% cán bộ được tập huấn về hệ thống thông tin',
      'Cập nhật thông tin 12 lần trên phần mềm quản lý',
    ]) {
      expect(recogniseTargetMetric(text(t)), t).toBeNull();
    }
  });
});

const pub = (itemId: string, bodyId: string, publishedOn: string, channel: PublicationOfYear['channel'] = 'website', unitId: string | null = null): PublicationOfYear => ({ itemId, bodyId, unitId, channel, publishedOn });

describe('measuring against the counts', () => {
  const bodies = [
    { id: 'bvsn', name: 'BVSN' },
    { id: 'ttyt', name: 'TTYT' },
    { id: 'cdc', name: 'CDC' },
  ];

  it('counts the share of bodies with an item on the named channel, naming those without', () => {
    const metric = recogniseTargetMetric(text('100% các đơn vị tuyên truyền CCHC trên trang thông tin điện tử', { value: 100, unit: '%', comparator: 'exactly' }))!;
    const result = measureShare(metric, bodies, 'bodies', [pub('a', 'bvsn', '2026-02-01'), pub('b', 'ttyt', '2026-03-01', 'fanpage'), pub('c', 'bvsn', '2026-04-01')]);
    expect(result).toEqual({ target: 100, actual: 33.3, met: false, detail: '1/3 đơn vị đã có tin bài được đăng trên Trang thông tin điện tử; chưa có: TTYT, CDC' });
    const all = measureShare(metric, bodies, 'bodies', bodies.map((b, i) => pub(`x${i}`, b.id, '2026-05-01')));
    expect(all).toMatchObject({ actual: 100, met: true });
  });

  it('counts departments by the department that proposed the item', () => {
    const metric = recogniseTargetMetric(text('Trên 50% khoa, phòng có tin bài'))!;
    const departments = [
      { id: 'kb', name: 'Khoa Khám bệnh' },
      { id: 'tchc', name: 'Phòng TCHC' },
    ];
    expect(measureShare(metric, departments, 'departments', [pub('a', 'bvsn', '2026-02-01', 'fanpage', 'kb')])).toMatchObject({ actual: 50, met: false });
  });

  it('counts an item once, on its first publication, per year and per quarter', () => {
    const year = recogniseTargetMetric(text('Đăng tải ít nhất 3 tin, bài'))!;
    const pubs = [pub('a', 'b', '2026-01-10'), pub('a', 'b', '2026-04-10', 'fanpage'), pub('b', 'b', '2026-05-01'), pub('c', 'b', '2026-08-01')];
    expect(measureCount(year, pubs, 2026)).toEqual({ target: 3, actual: 3, met: true, detail: '3 tin bài đã đăng trong năm 2026' });
    const quarterly = recogniseTargetMetric(text('Mỗi quý ít nhất 01 tin bài'))!;
    expect(measureCount(quarterly, pubs, 2026)).toEqual({ target: 1, actual: 0, met: false, detail: 'Quý I: 1 · Quý II: 1 · Quý III: 1 · Quý IV: 0' });
    expect(measureCount(quarterly, [...pubs, pub('d', 'b', '2026-11-20')], 2026)).toMatchObject({ actual: 1, met: true });
  });
});
