import { LRUCache } from 'lru-cache';
import QRCode from 'qrcode';

/**
 * A QR code of a web address as a PNG (decision 0023): error correction M survives a scuffed board,
 * a quiet zone of four modules is what phone cameras need, and 8 pixels a module prints sharp at 3 cm.
 */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}

// Drawing and compressing a code takes milliseconds; a board's procedures are printed again and again.
const drawn = new LRUCache<string, Buffer>({ max: 2000 });

/** The same PNG for the same address, drawn once. */
export async function qrPngOf(text: string): Promise<Buffer> {
  const kept = drawn.get(text);
  if (kept) return kept;
  const png = await qrPng(text);
  drawn.set(text, png);
  return png;
}

export const pngDataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
