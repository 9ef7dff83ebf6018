import { foldText } from '../../shared/fold';

/** Letters only, so "I. MỤC ĐÍCH, YÊU CẦU" and "KT. GIÁM ĐỐC" count as capitals. */
export function isCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}[^]*\p{Lu}/u.test(text);
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

export function startsUppercaseOrDigit(text: string): boolean {
  return /^[\p{Lu}\p{N}("“]/u.test(text);
}

/** A sentence ends with a full stop, colon, "./." or an ellipsis; ";" is handled by the caller. */
export function endsSentence(text: string): boolean {
  return /(?:[.!?:…]|\.\/\.)["”)]?$/u.test(text);
}

/** Decoration lines under headings: "-------", "___", "***", "o0o". */
export function isDecoration(text: string): boolean {
  return /^[-–—_*=~.·•o0\s]+$/u.test(text) && /[-–—_*=~]|o0o/u.test(text);
}

export function folded(text: string): string {
  return foldText(text);
}

/** Trailing list punctuation a document adds to items of a list: ";", ",", "." and "./.". */
export function withoutListEnd(text: string): string {
  return text.replace(/\s*(?:\.\/\.|[;,.])\s*$/u, '').trim();
}
