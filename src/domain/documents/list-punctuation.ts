const bare = (text: string) => text.trim().replace(/[;.,:]+$/, '').trim();

/** Items of a list in a document: each ends with ";", the last with "." ("Căn cứ …;", "- Lưu: VT, TCHC."). */
export function punctuateList(items: readonly string[]): string[] {
  return items.map((item, i) => `${bare(item)}${i === items.length - 1 ? '.' : ';'}`);
}

/** The text ends with "./." once, even when the source already wrote it or ended with a full stop. */
export function withEndMark(text: string): string {
  return `${text.trimEnd().replace(/\s*\.\/\.$/, '').replace(/\.+$/, '')}./.`;
}

/** The last recipient line: the records office (VT) and the drafting office keep a copy. */
export function filingLine(draftingOfficeCode: string | null): string {
  return draftingOfficeCode ? `Lưu: VT, ${draftingOfficeCode}` : 'Lưu: VT';
}

/**
 * The drafting office named in a document's "Lưu: VT, TCHC." line ("Lưu VT, TCHC" in older seeds):
 * a plan tells which office keeps its file, so letters about that plan are filed there too.
 */
export function draftingOfficeFromRecipients(recipients: readonly string[]): string | null {
  for (const line of [...recipients].reverse()) {
    const match = /^\s*-?\s*Lưu\s*:?\s*VT\s*,\s*([^;.,]+?)\s*[;.]*\s*$/iu.exec(line);
    if (match) return match[1]!;
  }
  return null;
}
