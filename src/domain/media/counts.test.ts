import { describe, expect, it } from 'vitest';
import { countMedia, monthsBetween, type PublicationFact } from './counts';

const year = { from: '2026-01-01', to: '2026-12-31' };
const fact = (itemId: string, channel: string, publishedOn: string, more: Partial<PublicationFact> = {}): PublicationFact => ({ itemId, bodyId: 'bvsn', kind: 'news', reformAreas: ['procedures'], channel, publishedOn, ...more });

// One news item on three channels, an infographic on the website, and a training session with no area held at another body.
const facts = [
  fact('a', 'website', '2026-03-02'),
  fact('a', 'fanpage', '2026-03-03'),
  fact('a', 'zalo', '2026-05-10'),
  fact('b', 'website', '2026-05-20', { kind: 'infographic', reformAreas: ['procedures', 'digital_government'] }),
  fact('c', 'meeting', '2026-11-20', { kind: 'event', reformAreas: [], bodyId: 'ttyt' }),
];
const row = (rows: { key: string }[], key: string) => rows.find((r) => r.key === key);

describe('media counts', () => {
  it('counts an item published on three channels as one item and three publications', () => {
    const byChannel = countMedia(facts, 'channel', year);
    expect(row(byChannel.rows, 'website')).toMatchObject({ label: 'Trang thông tin điện tử', published: 2, items: 2 });
    expect(row(byChannel.rows, 'fanpage')).toMatchObject({ published: 1, items: 1 });
    expect(row(byChannel.rows, 'radio')).toMatchObject({ published: 0, items: 0 });
    expect(byChannel.total).toEqual({ published: 5, items: 3 });
  });

  it('counts items by kind with every kind listed', () => {
    const byKind = countMedia(facts, 'kind', year);
    expect(byKind.rows).toHaveLength(9);
    expect(row(byKind.rows, 'news')).toMatchObject({ label: 'Tin', items: 1, published: 3 });
    expect(row(byKind.rows, 'event')).toMatchObject({ label: 'Hội nghị, tập huấn', items: 1 });
  });

  it('counts an item in each of its reform areas, and untagged items apart', () => {
    const byArea = countMedia(facts, 'area', year);
    expect(row(byArea.rows, 'procedures')).toMatchObject({ items: 2 });
    expect(row(byArea.rows, 'digital_government')).toMatchObject({ items: 1 });
    expect(row(byArea.rows, 'none')).toMatchObject({ label: 'Chưa gắn lĩnh vực', items: 1 });
    expect(byArea.total.items).toBe(3);
  });

  it('counts by body with the names given, bodies with nothing included', () => {
    const byBody = countMedia(facts, 'body', year, [
      { id: 'bvsn', name: 'Bệnh viện Sản - Nhi' },
      { id: 'ttyt', name: 'TTYT Cam Đường' },
      { id: 'cdc', name: 'CDC' },
    ]);
    expect(byBody.rows).toEqual([
      { key: 'bvsn', label: 'Bệnh viện Sản - Nhi', published: 4, items: 2 },
      { key: 'ttyt', label: 'TTYT Cam Đường', published: 1, items: 1 },
      { key: 'cdc', label: 'CDC', published: 0, items: 0 },
    ]);
  });

  it('counts by month of publication, every month of the period shown', () => {
    const byMonth = countMedia(facts, 'month', year);
    expect(byMonth.rows.map((r) => r.key)).toEqual(monthsBetween('2026-01-01', '2026-12-31'));
    expect(row(byMonth.rows, '2026-03')).toMatchObject({ label: 'Tháng 03/2026', published: 2, items: 1 });
    expect(row(byMonth.rows, '2026-05')).toMatchObject({ published: 2, items: 2 });
    expect(row(byMonth.rows, '2026-02')).toMatchObject({ published: 0, items: 0 });
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
