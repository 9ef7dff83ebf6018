import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('keeps the Vietnamese name for modern browsers and gives an ASCII one to the rest', () => {
    expect(contentDisposition('Kế hoạch 06/KH-SYT Đợt 1.docx')).toBe(
      `attachment; filename="Ke hoach 06-KH-SYT Dot 1.docx"; filename*=UTF-8''${encodeURIComponent('Kế hoạch 06-KH-SYT Đợt 1.docx')}`,
    );
  });

  it('never lets a quote or a backslash break out of the header, and never leaves the name empty', () => {
    expect(contentDisposition('a"b\\c.pdf', 'inline')).toMatch(/^inline; filename="ab-c.pdf";/);
    expect(contentDisposition('ảnh')).toMatch(/filename="anh"/);
    expect(contentDisposition('漢字')).toMatch(/filename="tep"/);
  });
});
