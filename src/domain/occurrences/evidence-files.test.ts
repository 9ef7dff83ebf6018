import { describe, expect, it } from 'vitest';
import { evidenceFileProblem } from './evidence-files';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('evidence files', () => {
  it('accepts documents whose content matches their name', () => {
    expect(evidenceFileProblem('Báo cáo quý I.pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toBeNull();
    expect(evidenceFileProblem('QD cu can bo.DOCX', bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull();
    expect(evidenceFileProblem('anh.jpg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBeNull();
  });

  it('refuses other types and renamed files', () => {
    expect(evidenceFileProblem('trang.html', bytes(0x3c, 0x68))).toBe('TYPE_NOT_ALLOWED');
    expect(evidenceFileProblem('setup.exe', bytes(0x4d, 0x5a))).toBe('TYPE_NOT_ALLOWED');
    expect(evidenceFileProblem('bao-cao.pdf', bytes(0x4d, 0x5a, 0x90, 0x00))).toBe('CONTENT_MISMATCH');
  });
});
