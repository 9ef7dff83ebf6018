/**
 * A citizen's personal data as it may appear where it must not be read in clear (logs, the audit trail,
 * lists for roles that do not handle the item): enough to tell two people apart, not to reach them.
 */

/** "Nguyễn Văn An" → "N*** V*** A***": initials only. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0]!.toLocaleUpperCase('vi')}***`)
    .join(' ');
}

/** "0912 345 678" → "09******78": the network and the last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return '*'.repeat(digits.length);
  return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`;
}

/** "an.nguyen@gmail.com" → "a***@gmail.com": the first letter and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** "203.0.113.42" → "203.0.113.x"; "2001:db8::1" → "2001:db8:x": the network, not the device. */
export function maskAddress(ip: string): string {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip.replace(/\.\d{1,3}$/, '.x');
  const groups = ip.split(':').filter(Boolean);
  return groups.length > 2 ? `${groups.slice(0, 2).join(':')}:x` : 'x';
}
