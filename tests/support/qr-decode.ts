import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG, read the way a phone camera would; null when none is found. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** The PNG of the first `data:image/png` image in an HTML page. */
export function firstDataPng(html: string): Buffer {
  const match = /src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/.exec(html);
  if (!match) throw new Error('no inline PNG in the page');
  return Buffer.from(match[1]!, 'base64');
}
