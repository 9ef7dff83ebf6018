import { describe, expect, it } from 'vitest';
import { IMAGE_TYPES, mediaTypeOf, uploadProblem, type UploadRule } from './upload-rules';

const images: UploadRule = { maxBytes: 5 * 1024 * 1024, types: IMAGE_TYPES, acceptedText: '' };
const bytes = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('upload rules', () => {
  it('recognises images by their first bytes, WebP by the mark after its length', () => {
    expect(uploadProblem(images, 'anh.webp', bytes('RIFF\x10\x20\x00\x00WEBPVP8 '))).toBeNull();
    expect(uploadProblem(images, 'anh.gif', bytes('GIF89a\x01\x00'))).toBeNull();
    expect(uploadProblem(images, 'ANH.PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBeNull();
    expect(mediaTypeOf(images, 'anh.webp')).toBe('image/webp');
  });

  it('refuses renamed files and types the rule does not take', () => {
    expect(uploadProblem(images, 'anh.webp', bytes('RIFF\x10\x20\x00\x00WAVEfmt '))).toBe('CONTENT_MISMATCH');
    expect(uploadProblem(images, 'anh.svg', bytes('<svg xmlns='))).toBe('TYPE_NOT_ALLOWED');
    expect(uploadProblem(images, 'bao-cao.pdf', bytes('%PDF-1.7'))).toBe('TYPE_NOT_ALLOWED');
    expect(uploadProblem(images, 'anh.jpg', bytes('<html>'))).toBe('CONTENT_MISMATCH');
  });
});
