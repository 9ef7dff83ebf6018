import { utf16Order } from './detect-format';

/** A text file's characters: UTF-8 with or without a byte order mark, or UTF-16 in either byte order. */
export function decodeText(bytes: Buffer): string {
  const order = utf16Order(bytes);
  if (order === 'le') return stripBom(new TextDecoder('utf-16le').decode(bytes));
  if (order === 'be') return stripBom(new TextDecoder('utf-16be').decode(bytes));
  return stripBom(new TextDecoder('utf-8').decode(bytes));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
