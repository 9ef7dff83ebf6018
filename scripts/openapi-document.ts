/**
 * Writes the server's OpenAPI description to a file without a database of one's own: the application is
 * built on an empty SQLite database in a temporary folder, asked for its description, and closed. The web
 * app's API types are generated from this file (scripts/generate-api-types.ts), so they follow the routes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openStore } from '../src/db/database';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-openapi-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const store = openStore(config);
  try {
    await migrateToLatest(store.db);
    const app = await buildApp({ store, config, logger: false, webRoot: '/nonexistent' });
    await app.ready();
    const document = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return document;
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = process.argv[2];
  const text = JSON.stringify(await openApiDocument(), null, 2) + '\n';
  if (target) writeFileSync(target, text);
  else process.stdout.write(text);
}
