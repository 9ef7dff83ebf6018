import { z } from 'zod';

export const WEB_ADDRESS_MESSAGE = 'Địa chỉ phải bắt đầu bằng http:// hoặc https://';

/**
 * Whether a text is the address of a web page: it parses as a URL whose scheme is http: or https:.
 * Anything else — javascript:, data:, vbscript:, file:, ftp: — would run script or reach outside the web
 * when shown as a link, so it is refused.
 */
export function isWebAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** A user-supplied link to a web page, trimmed, at most `max` characters, http:// or https:// only. */
export const webAddressSchema = (max: number) =>
  z.string().trim().max(max).refine(isWebAddress, { message: WEB_ADDRESS_MESSAGE });
