import { extensionOf } from './upload-rules';

/** The longest name kept, in characters: what every file system takes. */
export const MAX_FILE_NAME = 255;

/** Windows device names: a file saved as "CON.pdf" or "nul.txt" cannot be opened there. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * Control characters, and the invisible ones that change how a name reads: bidirectional overrides
 * ("hoadon\u202Efdp.exe" shows as "hoadonexe.pdf"), zero-width spaces and the byte order mark.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** What Windows refuses in a name, besides the separators: replaced, so the name still downloads there. */
const FORBIDDEN = /[<>:"|?*]/g;

/**
 * The name an uploaded file is shown and downloaded under: the last part of what the browser sent
 * (never a path), without control or invisible characters, characters Windows refuses replaced, no
 * trailing dots or spaces, a Windows device name prefixed, at most 255 characters with its extension
 * kept. Only ever a label: the file is stored under an id (`storageExtension`), whatever its name.
 */
export function safeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base.replace(INVISIBLE, '').replace(FORBIDDEN, '_').trim().replace(/[. ]+$/, '');
  if (name.startsWith('.')) name = `tep${name}`;
  if (!name) return 'tep';
  const dot = name.indexOf('.');
  const stem = dot < 0 ? name : name.slice(0, dot);
  if (RESERVED.test(stem.trim())) name = `_${name}`;
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME) return name;
  const extension = extensionOf(name);
  const kept = extension && extension.length <= 16 ? `.${extension}` : '';
  return chars.slice(0, MAX_FILE_NAME - kept.length).join('').trimEnd() + kept;
}

/** The extension a stored file gets on disk: the name's, when it is plain letters and digits, else "bin". */
export function storageExtension(fileName: string): string {
  const extension = extensionOf(fileName);
  return /^[a-z0-9]{1,10}$/.test(extension) ? extension : 'bin';
}
