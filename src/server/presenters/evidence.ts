import type { EvidenceRow } from '../../db/repositories/evidence';
import type { EvidenceDto } from '../../shared/schemas/evidence';

/** Files are served through the API (only to those who may read the occurrence); links as given. */
export const presentEvidence = (e: EvidenceRow): EvidenceDto => ({
  id: e.id,
  kind: e.kind as 'file' | 'link',
  name: e.name,
  mediaType: e.media_type,
  size: e.size,
  url: e.kind === 'file' ? `/api/evidence/${e.id}/file` : e.url,
  createdByName: e.created_by_name,
  createdBy: e.created_by_name,
  createdAt: e.created_at,
});
