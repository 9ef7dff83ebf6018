import { interpolate } from '../i18n/I18nProvider';
import { vi } from '../i18n/catalogue.vi';
import { emptyPlansText } from './emptyPlansText';

const t = (key: keyof typeof vi, params?: Record<string, string | number>) => interpolate(vi[key], params);

describe('the empty plan list says why and what to do', () => {
  it('tells those who draft to start a plan for the year they chose', () => {
    expect(emptyPlansText(t, { year: 2026 }, true)).toBe('Chưa có kế hoạch nào năm 2026 — bấm "Soạn kế hoạch" để bắt đầu.');
  });

  it('tells those who only read who drafts plans', () => {
    expect(emptyPlansText(t, { year: 2026 }, false)).toBe('Chưa có kế hoạch nào năm 2026 — kế hoạch hiện ở đây khi đầu mối CCHC soạn.');
    expect(emptyPlansText(t, {}, false)).toBe('Chưa có kế hoạch nào — kế hoạch hiện ở đây khi đầu mối CCHC soạn.');
  });

  it('offers drafting or importing when nothing is filtered', () => {
    expect(emptyPlansText(t, {}, true)).toContain('"Nhập từ tệp"');
  });

  it('asks to loosen the filters when a search or a state leaves nothing', () => {
    for (const filters of [{ q: 'số hóa' }, { year: 2026, state: 'issued' as const }, { organizationId: 'x' }]) {
      expect(emptyPlansText(t, filters, true)).toBe('Không có kế hoạch nào khớp bộ lọc — bỏ bớt điều kiện lọc để xem thêm.');
    }
  });
});
