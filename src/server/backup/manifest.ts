import { z } from 'zod';

/** The archive's layout; a later layout gets a new number and restore says which it reads. */
export const BACKUP_FORMAT = 'cchc-backup/1';
export const MANIFEST_PATH = 'manifest.json';
export const DATABASE_PATHS = { sqlite: 'database/cchc.db', postgres: 'database/cchc.pgdump' } as const;
/** Uploaded files sit under this folder of the archive, each at its storage key. */
export const FILES_PREFIX = 'files/';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const entry = z.object({ path: z.string().min(1), size: z.number().int().nonnegative(), sha256 });

/**
 * manifest.json, the archive's first entry: what made it, when, the database (its kind, newest migration,
 * rows per table) and every entry's size and SHA-256, so a restore checks every byte before writing one.
 */
export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  app: z.object({ name: z.literal('cchc'), version: z.string() }),
  createdAt: z.string(),
  database: entry.extend({
    kind: z.enum(['sqlite', 'postgres']),
    migration: z.string(),
    tables: z.record(z.string(), z.number().int().nonnegative()),
  }),
  files: z.array(entry),
  /** Keys rows name whose file was already gone from the disk when the backup ran (kept as they were). */
  missingFiles: z.array(z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof entry>;

/** A refusal or failure of backup or restore, in Vietnamese, for the command line and the job's error. */
export class BackupError extends Error {}

export const totalRows = (m: Pick<Manifest, 'database'>) => Object.values(m.database.tables).reduce((a, b) => a + b, 0);
export const totalBytes = (m: Pick<Manifest, 'files'>) => m.files.reduce((a, f) => a + f.size, 0);
