import { formatDateVi } from '../domain/schedule/calendar';
import { MEDIA_KIND_LABELS_VI, type MediaKind } from '../shared/media-vocabulary';

/** dd/mm/yyyy of a yyyy-mm-dd day, or nothing when the day is missing or unreadable. */
export function formatDay(day: string | null): string {
  if (!day) return '';
  try {
    return formatDateVi(day.slice(0, 10));
  } catch {
    return '';
  }
}

export const kindLabel = (kind: string) => MEDIA_KIND_LABELS_VI[kind as MediaKind] ?? kind;

/** File sizes the way Vietnamese write them: a decimal comma. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}
