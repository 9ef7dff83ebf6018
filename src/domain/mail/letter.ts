/**
 * The plain letter the system sends (reminders, workflow notifications): a greeting, a lead line, a
 * list, an optional closing line and the automatic-letter footer, as text and as simple HTML.
 */
export type EmailText = { subject: string; text: string; html: string };

/** One entry of the letter: its text lines, and the same as an HTML fragment (already escaped). */
export type LetterPart = { text: string[]; html: string };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

export function letterBodies(p: { greeting: string; lead: string; items: readonly LetterPart[]; closing?: LetterPart; footer: string }): { text: string; html: string } {
  const text = [p.greeting, '', p.lead, ...p.items.flatMap((i) => i.text), ...(p.closing ? ['', ...p.closing.text] : []), '', p.footer].join('\n');
  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">',
    `<p>${escapeHtml(p.greeting)}</p>`,
    `<p>${escapeHtml(p.lead)}</p>`,
    `<ul>${p.items.map((i) => `<li>${i.html}</li>`).join('')}</ul>`,
    ...(p.closing ? [`<p>${p.closing.html}</p>`] : []),
    `<p style="color:#777">${escapeHtml(p.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}
