import sanitizeHtml, { type IOptions } from 'sanitize-html';

/**
 * The rich text of a news item, cut down to an allow-list before it is stored: what the editor
 * (TipTap's starter kit) writes and nothing a browser would run. Anything not listed is dropped,
 * keeping its text; the content of script-like elements is dropped with them.
 */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'blockquote', 'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

/** Elements whose text is not prose: dropped whole rather than left as stray words. */
const DROPPED_WITH_CONTENT = ['script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'noembed', 'noframes', 'template', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'plaintext'];

/** Images come from our own item files and public pages, or from https elsewhere. */
const IMAGE_SOURCE = /^(https:\/\/[^/\\]|\/p\/|\/api\/media-items\/)/i;

/** Characters a browser skips inside a URL's scheme, used to smuggle "jav\tascript:" past a naive check. */
const cleanUrl = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g, '');

const OPTIONS: IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    a: (tagName, attribs) => {
      const { target: _target, rel: _rel, ...rest } = attribs;
      const href = cleanUrl(rest.href ?? '');
      // Links out of the site open apart and give the other site no handle on ours.
      return /^https?:\/\//i.test(href) ? { tagName, attribs: { ...rest, href, target: '_blank', rel: 'noopener noreferrer' } } : { tagName, attribs: { ...rest, ...(rest.href === undefined ? {} : { href }) } };
    },
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs;
      const clean = cleanUrl(src ?? '');
      return { tagName, attribs: IMAGE_SOURCE.test(clean) ? { src: clean, ...rest } : rest };
    },
  },
  // An image without an allowed source is nothing.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const TEXT_ONLY: IOptions = { allowedTags: [], allowedAttributes: {}, nonTextTags: DROPPED_WITH_CONTENT, disallowedTagsMode: 'discard' };

/** sanitize-html writes text back escaped; plain text wants the characters themselves. */
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

/**
 * Text typed where only text belongs (a title, a summary): any markup in it is taken out, again and
 * again until none is left, so even "&lt;script&gt;" cannot come back as a tag. Line breaks are kept.
 */
export function toPlainText(text: string): string {
  let current = text;
  for (let round = 0; round < 5; round++) {
    const next = unescape(sanitizeHtml(current, TEXT_ONLY));
    if (next === current) break;
    current = next;
  }
  // A "<" left by the last round (e.g. "<<script>") still must not open a tag.
  return current.replace(/<(?=[a-zA-Z!/?])/g, '‹').replace(/[ \t]+/g, ' ').trim();
}

/** The words of rich text for search: block boundaries become spaces so words do not run together. */
export function richTextWords(html: string): string {
  return unescape(sanitizeHtml(html.replace(/<\/?(p|br|li|h[1-6]|td|th|tr|blockquote|figcaption|div)\b[^>]*>/gi, ' $&'), TEXT_ONLY)).replace(/\s+/g, ' ').trim();
}
