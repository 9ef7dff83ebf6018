/**
 * A short fingerprint of a value (djb2 over its JSON): the key that remounts an editor when what it
 * edits changed on the server, and only then.
 */
export function signature(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}
