import { SaxesParser } from 'saxes';

/**
 * Reads an Atom document with a real, strict XML parser (saxes, which exceljs brings): anything not
 * well-formed throws, and what comes back is the text a feed reader would see, entities decoded.
 */
export type ParsedEntry = { id: string; title: string; updated: string; published?: string; link: string; summary?: string; content: string; contentType?: string; contentBase?: string };
export type ParsedFeed = { namespace: string; id: string; title: string; updated: string; selfLink: string; alternateLink: string; entries: ParsedEntry[] };

type Node = { name: string; attributes: Record<string, string>; text: string; children: Node[] };

export function parseAtom(xml: string): ParsedFeed {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: '#root', attributes: {}, text: '', children: [] };
  const stack: Node[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, text: '', children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void (stack.at(-1)!.text += text));
  parser.on('cdata', (text) => void (stack.at(-1)!.text += text));
  parser.write(xml).close();

  const feed = root.children[0];
  if (feed?.name !== 'feed') throw new Error(`root element is ${feed?.name}, not feed`);
  const child = (n: Node, name: string) => n.children.find((c) => c.name === name);
  const text = (n: Node, name: string) => child(n, name)?.text ?? '';
  const link = (n: Node, rel: string) => n.children.find((c) => c.name === 'link' && (c.attributes.rel ?? 'alternate') === rel)?.attributes.href ?? '';
  return {
    namespace: feed.attributes.xmlns ?? '',
    id: text(feed, 'id'),
    title: text(feed, 'title'),
    updated: text(feed, 'updated'),
    selfLink: link(feed, 'self'),
    alternateLink: link(feed, 'alternate'),
    entries: feed.children
      .filter((c) => c.name === 'entry')
      .map((e) => ({
        id: text(e, 'id'),
        title: text(e, 'title'),
        updated: text(e, 'updated'),
        published: child(e, 'published')?.text,
        link: link(e, 'alternate'),
        summary: child(e, 'summary')?.text,
        content: text(e, 'content'),
        contentType: child(e, 'content')?.attributes.type,
        contentBase: child(e, 'content')?.attributes['xml:base'],
      })),
  };
}

/** RFC 3339 date-time, as Atom requires for updated and published. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
