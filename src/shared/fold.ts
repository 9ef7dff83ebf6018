/**
 * Folds Vietnamese text for search: lower case, diacritics removed, đ → d, spaces collapsed.
 * Stored beside every searchable text so "cai cach" finds "Cải cách" on both databases.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
