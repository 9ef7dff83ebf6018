import type { Db } from '../database';

/**
 * Every key under DATA_DIR/files that a row names: evidence of the work, the files of media items, and procedures' forms and posting photos, citizens' feedback attachments.
 * A table that stores an uploaded file's key must be added here, or the start-up sweep takes its files
 * for orphans and the backup leaves them out.
 */
export async function listStoredFileKeys(db: Db): Promise<Set<string>> {
  const evidence = await db.selectFrom('evidence').select('storage_key as key').where('storage_key', 'is not', null).execute();
  const media = await db.selectFrom('media_files').select('storage_key as key').execute();
  const procedures = await db.selectFrom('procedure_files').select('storage_key as key').execute();
  const feedback = await db.selectFrom('feedback_files').select('storage_key as key').execute();
  const scoring = await db.selectFrom('assessment_evidence').select('storage_key as key').where('storage_key', 'is not', null).execute();
  return new Set([...evidence, ...media, ...procedures, ...feedback, ...scoring].map((r) => r.key!));
}

/** Every key under DATA_DIR/exports that a job's result names. */
export async function listJobResultKeys(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('jobs').select('result_key as key').where('result_key', 'is not', null).execute();
  return new Set(rows.map((r) => r.key!));
}
