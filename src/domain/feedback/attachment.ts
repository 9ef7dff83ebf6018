import { FEEDBACK_ATTACHMENT_TYPES } from '../../shared/feedback-vocabulary';

export type FeedbackAttachmentType = (typeof FEEDBACK_ATTACHMENT_TYPES)[number];

/** The extension a stored attachment gets, from what its bytes are. */
export const ATTACHMENT_EXTENSIONS: Record<FeedbackAttachmentType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

const starts = (head: Uint8Array, bytes: readonly (number | null)[], at = 0) => bytes.every((b, i) => b === null || head[at + i] === b);

/**
 * What a citizen's attachment really is, read from its first bytes (a phone names photos "image" or
 * anything); null for anything but a JPEG, PNG, WebP picture or a PDF, whatever its name or declared type.
 */
export function attachmentTypeOf(head: Uint8Array): FeedbackAttachmentType | null {
  if (starts(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(head, [0x52, 0x49, 0x46, 0x46]) && starts(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}
