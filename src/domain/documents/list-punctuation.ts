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
