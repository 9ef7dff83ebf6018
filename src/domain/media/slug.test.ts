import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugCandidate, slugify } from './slug';

describe('slugify', () => {
  it('writes a Vietnamese title as an ASCII address', () => {
    expect(slugify('Cải cách hành chính: kết quả quý I/2026')).toBe('cai-cach-hanh-chinh-ket-qua-quy-i-2026');
    expect(slugify('Đẩy mạnh thanh toán viện phí không dùng tiền mặt')).toBe('day-manh-thanh-toan-vien-phi-khong-dung-tien-mat');
    expect(slugify('  "5 bước" làm thủ tục -- nhập viện!  ')).toBe('5-buoc-lam-thu-tuc-nhap-vien');
    expect(slugify('Ứng dụng ĐẶT LỊCH khám – Bệnh viện Sản - Nhi')).toBe('ung-dung-dat-lich-kham-benh-vien-san-nhi');
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugify('Bệnh viện Sản - Nhi tỉnh Lào Cai tổ chức hội nghị tuyên truyền cải cách hành chính và chuyển đổi số năm 2026 cho toàn thể viên chức');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('benh-vien-san-nhi-tinh-lao-cai-to-chuc-hoi-nghi-tuyen-truyen-cai-cach-hanh-chinh');
  });

  it('gives a usable address for a title with no letters', () => {
    expect(slugify('!!! ???')).toBe('tin-bai');
  });

  it('keeps to a-z, 0-9 and single inner dashes whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        const slug = slugify(title);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
    );
  });

  it('numbers a taken address without passing the limit', () => {
    expect(slugCandidate('cai-cach', 1)).toBe('cai-cach');
    expect(slugCandidate('cai-cach', 3)).toBe('cai-cach-3');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 999 }), (title, n) => {
        const candidate = slugCandidate(slugify(title), n);
        expect(candidate).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(candidate.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        expect(candidate.endsWith(`-${n}`)).toBe(true);
      }),
    );
  });
});
