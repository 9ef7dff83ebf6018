import JSZip from 'jszip';

/** One run of a paragraph with the properties written on it (null when the run does not say). */
export type DocxRun = { text: string; font: string | null; sizePt: number | null; bold: boolean; italic: boolean };

export type DocxParagraph = {
  text: string;
  runs: DocxRun[];
  /** w:jc: "center", "both" (justified), "left"… */
  align: string | null;
  indent: { firstLine: number | null; left: number | null; right: number | null; hanging: number | null };
  spacingBefore: number | null;
  spacingAfter: number | null;
  /** A top border: how the short lines under headings are drawn. */
  topBorder: boolean;
  /** Inside a table (heading block, signature block, appendix). */
  inTable: boolean;
};

export type DocxXml = {
  documentXml: string;
  stylesXml: string;
  /** The XML of each header part, in the order the package lists them. */
  headersXml: string[];
  paragraphs: DocxParagraph[];
  /** The first paragraph whose text contains `text`; throws when there is none, naming what there is. */
  paragraph: (text: string | RegExp) => DocxParagraph;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

const attr = (xml: string, element: string, name: string): string | null => {
  const tag = new RegExp(`<${element}\\b[^>]*?\\b${name}="([^"]*)"`).exec(xml);
  return tag ? tag[1]! : null;
};
const num = (value: string | null) => (value === null ? null : Number(value));

/** w:b / w:i are on unless their value says off. */
const flag = (rPr: string, element: 'w:b' | 'w:i') => {
  const match = new RegExp(`<${element}(?:\\s+w:val="([^"]*)")?\\s*/>`).exec(rPr);
  return match !== null && !['false', '0', 'off'].includes(match[1] ?? 'true');
};

function readRun(xml: string): DocxRun {
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  // A tab and Word's non-breaking hyphen are elements of their own, not text.
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:noBreakHyphen\/>/g)]
    .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:noBreakHyphen/>' ? '-' : decode(m[1]!)))
    .join('');
  const size = num(attr(rPr, 'w:sz', 'w:val'));
  return { text, font: attr(rPr, 'w:rFonts', 'w:ascii'), sizePt: size === null ? null : size / 2, bold: flag(rPr, 'w:b'), italic: flag(rPr, 'w:i') };
}

function readParagraph(xml: string, inTable: boolean): DocxParagraph {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const runs = [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>|<w:r\s[^>]*>[\s\S]*?<\/w:r>/g)].map((m) => readRun(m[0]));
  return {
    text: runs.map((r) => r.text).join(''),
    runs,
    align: attr(pPr, 'w:jc', 'w:val'),
    indent: {
      firstLine: num(attr(pPr, 'w:ind', 'w:firstLine')),
      left: num(attr(pPr, 'w:ind', 'w:(?:left|start)')),
      right: num(attr(pPr, 'w:ind', 'w:(?:right|end)')),
      hanging: num(attr(pPr, 'w:ind', 'w:hanging')),
    },
    spacingBefore: num(attr(pPr, 'w:spacing', 'w:before')),
    spacingAfter: num(attr(pPr, 'w:spacing', 'w:after')),
    topBorder: /<w:pBdr>[\s\S]*?<w:top\b[^>]*w:val="single"/.test(pPr),
    inTable,
  };
}

/** Paragraphs in document order, each marked with whether it sits in a table. */
function paragraphsOf(xml: string): DocxParagraph[] {
  const result: DocxParagraph[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:p\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)) {
    if (m[0] === '<w:tbl>') depth++;
    else if (m[0] === '</w:tbl>') depth--;
    else result.push(readParagraph(m[0], depth > 0));
  }
  return result;
}

/** Opens a DOCX buffer and reads what tests assert on: the XML parts and the paragraphs with their runs. */
export async function readDocx(buffer: Buffer | Uint8Array): Promise<DocxXml> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is missing from the DOCX`);
    return file.async('string');
  };
  const documentXml = await read('word/document.xml');
  const headerPaths = Object.keys(zip.files).filter((p) => /^word\/header\d+\.xml$/.test(p)).sort();
  const paragraphs = paragraphsOf(documentXml);
  return {
    documentXml,
    stylesXml: await read('word/styles.xml'),
    headersXml: await Promise.all(headerPaths.map(read)),
    paragraphs,
    paragraph: (text) => {
      const found = paragraphs.find((p) => (typeof text === 'string' ? p.text.includes(text) : text.test(p.text)));
      if (!found) throw new Error(`No paragraph with ${String(text)}; there are:\n${paragraphs.map((p) => p.text).filter(Boolean).join('\n')}`);
      return found;
    },
  };
}
