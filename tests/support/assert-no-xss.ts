import { Parser } from 'htmlparser2';
import { expect } from 'vitest';

/**
 * Fails if HTML could run anything: an element outside what rich text may hold, an event handler, a
 * style, or a URL with a scheme that runs (after the browser's own decoding: entities, tabs, case).
 * Pages pass their own shell's elements in `alsoAllowed` and check the whole page.
 */
const RUNNING = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'style', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea', 'select', 'template', 'noscript', 'xmp', 'isindex', 'keygen', 'param', 'video', 'audio', 'source', 'marquee', 'details', 'body', 'title', 'noembed'];
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcset', 'dynsrc', 'lowsrc', 'background', 'poster', 'content', 'codebase', 'code', 'to', 'values']);
const RUNNING_SCHEME = /(^|[\s,;=('"`])(javascript|vbscript|data|livescript):/i;

export function xssProblems(html: string, alsoAllowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (RUNNING.includes(name) && !alsoAllowed.includes(name)) problems.push(`<${name}>`);
        for (const [attr, raw] of Object.entries(attribs)) {
          const value = raw.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
          if (/^on/i.test(attr)) problems.push(`${name}[${attr}]`);
          if (attr === 'style' && /expression|url\s*\(|behavior|javascript/i.test(raw)) problems.push(`${name}[style=${raw}]`);
          if ((URL_ATTRIBUTES.has(attr) || attr.endsWith(':href')) && RUNNING_SCHEME.test(value)) problems.push(`${name}[${attr}=${raw}]`);
        }
      },
      oncomment(text) {
        if (/<[a-z]/i.test(text)) problems.push(`<!--${text}-->`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // Belt and braces over the raw text: a parser mismatch with the browser must not hide a script.
  if (/<\s*script/i.test(html)) problems.push('raw <script');
  return problems;
}

/** Text shown as text (titles, summaries): no tag can open in it, whatever renders it. */
export function textProblems(text: string): string[] {
  return /<[a-zA-Z!/?]/.test(text) ? [`tag in text: ${text}`] : [];
}

/** Every string of an API answer: rich text by the HTML rules, the rest by the text rule. */
export function assertNoXss(output: unknown, richTextKeys: readonly string[] = ['bodyHtml'], path = '$'): void {
  if (typeof output === 'string') return;
  if (Array.isArray(output)) return output.forEach((v, i) => assertNoXss(v, richTextKeys, `${path}[${i}]`));
  if (output && typeof output === 'object') {
    for (const [key, value] of Object.entries(output)) {
      if (typeof value === 'string') {
        const problems = richTextKeys.includes(key) ? xssProblems(value) : textProblems(value);
        expect(problems, `${path}.${key}: ${value}`).toEqual([]);
      } else assertNoXss(value, richTextKeys, `${path}.${key}`);
    }
  }
}
