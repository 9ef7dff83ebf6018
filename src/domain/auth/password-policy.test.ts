import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsUsername, MIN_PASSWORD_LENGTH } from '../../shared/password-rule';
import { isCommonPassword, parseCommonPasswords, passwordProblem } from './password-policy';

const common = parseCommonPasswords(readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8'));

describe('password policy', () => {
  it('bundles a few thousand common passwords, the Vietnamese habits among them', () => {
    expect(common.size).toBeGreaterThan(3000);
    expect(common.size).toBeLessThan(20_000);
    for (const p of ['matkhau123', '123456789a', 'abc@12345', 'hanoi123', 'anhyeuem', 'qwertyuiop', 'password123', 'iloveyou']) expect(common.has(p), p).toBe(true);
  });

  it(`asks for at least ${MIN_PASSWORD_LENGTH} characters, counting letters with diacritics once`, () => {
    expect(passwordProblem('rau-muong', {}, common)).toBe('too-short');
    expect(passwordProblem('rau muống xào', {}, common)).toBeNull();
    // Decomposed "ố" (o + two marks) is still one letter.
    expect(passwordProblem('Ngõ Nhỏ 9 Bé'.normalize('NFD'), {}, common)).toBe(null);
  });

  it('refuses the user name inside the password, whatever its case, diacritics or punctuation', () => {
    expect(passwordProblem('BVSN.Editor', { username: 'bvsn.editor' }, common)).toBe('contains-username');
    expect(passwordProblem('bvsn.editor2026', { username: 'bvsn.editor' }, common)).toBe('contains-username');
    expect(passwordProblem('Toi-la-BVSN-Editor', { username: 'bvsn.editor' }, common)).toBe('contains-username');
    expect(passwordProblem('Hùng.Nguyễn-tháng-5', { username: 'hung.nguyen' }, common)).toBe('contains-username');
    expect(containsUsername('bvsn-ban-giam-doc', 'bvsn.editor')).toBe(false);
    expect(passwordProblem('ca-phe-sua-da-buoi-sang', { username: 'bvsn.editor' }, common)).toBeNull();
  });

  it('refuses common passwords, also dressed up with a year, a run of digits, a date or symbols', () => {
    for (const p of [
      'matkhau123',
      'MatKhau@2026',
      'Mật khẩu 2026',
      '123456789a',
      'abc@123456',
      'Hanoi@2026!',
      '2026saigon',
      'P@ssw0rd2026',
      'iloveyou12345678',
      'anhyeuem15101990',
      'qwertyuiop',
      '1234567890',
      'aaaaaaaaaaaa',
      'abababababab',
      'admin@123456',
    ]) {
      expect(isCommonPassword(p, common), p).toBe(true);
      expect(passwordProblem(p, { username: 'someone' }, common) ?? 'too-short', p).not.toBeNull();
    }
  });

  it('accepts a short sentence, and a common word beside digits nobody would guess', () => {
    for (const p of ['mat-khau-demo-2026', 'hoa-sen-tren-ho-2026', 'Bệnh viện Sản Nhi 2026', 'love!8472651930', 'con mèo trèo cây cau', 'kiem-thu-e2e-2026', 'khoi-dong-2026']) {
      expect(passwordProblem(p, { username: 'bvsn.admin' }, common), p).toBeNull();
    }
  });
});
