/**
 * An Atom 1.0 document (RFC 4287) written by hand: the format is small, and a string builder with
 * strict escaping keeps the page light and free of a dependency.
 */
export type AtomEntry = {
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  published?: string;
  link: string;
  summary: string | null;
  /** HTML already through the sanitiser; escaped here as the text of a type="html" element. */
  contentHtml: string;
  category?: { term: string; label: string };
  author?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  author: string;
  /** Where relative links in the entries' HTML resolve (images and files under /p/…). */
  base: string;
  entries: AtomEntry[];
};

/** Characters XML 1.0 forbids even escaped: one stray control byte in a title would break the whole feed. */
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;
const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;

export function buildAtomFeed(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">`,
    el('id', feed.id),
    el('title', feed.title),
    ...(feed.subtitle ? [el('subtitle', feed.subtitle)] : []),
    el('updated', feed.updated),
    `<link${attr('rel', 'self')}${attr('type', 'application/atom+xml')}${attr('href', feed.selfUrl)}/>`,
    `<link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', feed.alternateUrl)}/>`,
    `<author>${el('name', feed.author)}</author>`,
    ...feed.entries.map((entry) => buildEntry(entry, feed.base)),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

function buildEntry(e: AtomEntry, base: string): string {
  return [
    '<entry>',
    el('id', e.id),
    el('title', e.title, attr('type', 'text')),
    el('updated', e.updated),
    ...(e.published ? [el('published', e.published)] : []),
    `<link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', e.link)}/>`,
    ...(e.author ? [`<author>${el('name', e.author)}</author>`] : []),
    ...(e.category ? [`<category${attr('term', e.category.term)}${attr('label', e.category.label)}/>`] : []),
    ...(e.summary ? [el('summary', e.summary, attr('type', 'text'))] : []),
    el('content', e.contentHtml, `${attr('type', 'html')}${attr('xml:base', base)}`),
    '</entry>',
  ].join('\n');
}

/**
 * A tag: URI (RFC 4151) for an entry: it stays the same when the title, and so the address, changes.
 * Falls back to the page's address when the host is no DNS name (an IPv6 address, say).
 */
export function entryTagUri(origin: string, mintedOn: string, itemId: string, fallbackUrl: string): string {
  const host = new URL(origin).hostname;
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(host) || !/^\d{4}-\d{2}-\d{2}$/.test(mintedOn)) return fallbackUrl;
  return `tag:${host.toLowerCase()},${mintedOn}:tin-tuc/${itemId}`;
}
