import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPath, seedsAvailable } from '../support/seeds';

/** `npx cchc import FILE` as a person runs it: through bin/cchc.js, output read from stdout and stderr. */
function cchcImport(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/cchc.js', 'import', file], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('cchc import FILE', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cchc-import-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(!seedsAvailable)('prints the draft of a seed plan as JSON and exits 0', async () => {
    const { code, stdout, stderr } = await cchcImport(seedPath('002_6c8ca109d674577c.txt'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const draft = JSON.parse(stdout);
    expect(draft.symbol).toBe('KH-TTYT');
    expect(draft.number).toBeNull();
    expect(draft.year).toBe(2026);
    expect(draft.signingTitle).toBe('GIÁM ĐỐC');
    expect(draft.signer).toBe('Vũ Anh Dũng');
    expect(draft.citations.map((c: { code: string }) => c.code)).toContain('23/KH-SYT');
    expect(draft.tasks).toHaveLength(10);
    expect(draft.tasks[0]).toMatchObject({ lead: 'Phòng TCHC-TCKT', deadline: 'Quý I năm 2026' });
    for (const key of ['issuer', 'superior', 'place', 'date', 'kind', 'title', 'bases', 'sections', 'recipients']) expect(draft).toHaveProperty(key);
  });

  it('reads an invented plan of another province written as UTF-16 text', async () => {
    const plan = [
      'UBND TỈNH NGHỆ AN',
      'SỞ Y TẾ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 77/KH-SYT',
      'Nghệ An, ngày 12 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2026',
      'GIÁM ĐỐC',
      'Hồ Thị Lan',
    ].join('\r\n');
    const file = join(dir, 'nghe-an.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')]));
    const { code, stdout } = await cchcImport(file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ number: '77', symbol: 'KH-SYT', date: '2026-03-12', signer: 'Hồ Thị Lan' });
  });

  it('refuses garbage with the Vietnamese reason on stderr, nothing on stdout, exit 1', async () => {
    const file = join(dir, 'ke-hoach.pdf');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]));
    const { code, stdout, stderr } = await cchcImport(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Không đọc được tệp: chỉ nhận kế hoạch dạng Word (.docx), PDF hoặc văn bản thuần (.txt, .md).');
  });

  it('says so when the file does not exist', async () => {
    const { code, stdout, stderr } = await cchcImport(join(dir, 'khong-co.docx'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Không tìm thấy tệp');
  });
});
