import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskName, maskPhone } from './personal-data';
import { isSettled, stepFrom, stepsFrom } from './workflow';

describe('handling a feedback item', () => {
  it('goes received → assigned → answered → closed, or is refused while open', () => {
    expect(stepFrom('received', 'assign')).toBe('assigned');
    expect(stepFrom('assigned', 'answer')).toBe('answered');
    expect(stepFrom('answered', 'close')).toBe('closed');
    expect(stepFrom('received', 'refuse')).toBe('refused');
    expect(stepFrom('answered', 'refuse')).toBeNull();
    expect(stepFrom('refused', 'answer')).toBeNull();
    expect(stepFrom('closed', 'reopen')).toBe('answered');
    expect(stepsFrom('received')).toEqual(['assign', 'answer', 'refuse']);
    expect(stepsFrom('refused')).toEqual([]);
    expect(['received', 'assigned'].map((s) => isSettled(s as 'received'))).toEqual([false, false]);
  });
});

describe('personal data where it must not be read in clear', () => {
  it('keeps enough to tell people apart, not to reach them', () => {
    expect(maskName('  Nguyễn Văn  an ')).toBe('N*** V*** A***');
    expect(maskName('Đặng Thị Ánh')).toBe('Đ*** T*** Á***');
    expect(maskPhone('0912 345 678')).toBe('09******78');
    expect(maskPhone('+84 912 345 678')).toBe('84*******78');
    expect(maskEmail('an.nguyen@gmail.com')).toBe('a***@gmail.com');
    expect(maskEmail('not-an-address')).toBe('***');
    expect(maskAddress('203.0.113.42')).toBe('203.0.113.x');
    expect(maskAddress('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:x');
  });
});
