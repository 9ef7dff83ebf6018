import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase, startPostgresCluster } from './postgres-cluster.ts';

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const admin = await connect(adminUrl);
  try {
    const result = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await admin.end();
  }
}

describe('throwaway PostgreSQL cluster', () => {
  const adminUrl = inject('postgresUrl');

  it('provides a loopback superuser URL', () => {
    expect(adminUrl).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
  });

  it('stores and reads back Vietnamese text in a fresh database, then drops it', async () => {
    const db = await createTestDatabase(adminUrl);
    const name = new URL(db.url).pathname.slice(1);
    expect(name).toMatch(/^test_/);
    expect(await databaseExists(adminUrl, name)).toBe(true);

    const client = await connect(db.url);
    try {
      const encoding = await client.query<{ server_encoding: string }>('SHOW server_encoding');
      expect(encoding.rows[0]?.server_encoding).toBe('UTF8');

      await client.query('CREATE TABLE plan (id serial PRIMARY KEY, title text NOT NULL)');
      await client.query('INSERT INTO plan (title) VALUES ($1)', ['Cải cách hành chính']);
      const rows = await client.query<{ title: string; length: number }>(
        'SELECT title, char_length(title) AS length FROM plan',
      );
      expect(rows.rows).toEqual([{ title: 'Cải cách hành chính', length: 19 }]);
    } finally {
      await client.end();
    }

    // drop() must succeed while someone is still connected: it terminates the connection first.
    const lingering = await connect(db.url);
    lingering.on('error', () => {});
    await db.drop();
    await lingering.end().catch(() => {});
    expect(await databaseExists(adminUrl, name)).toBe(false);
    await db.drop(); // idempotent
  });

  it('gives each call its own database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(adminUrl), createTestDatabase(adminUrl)]);
    try {
      expect(a.url).not.toBe(b.url);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });

  it('starts a second server and stop() shuts it down and removes its folder', async () => {
    const cluster = await startPostgresCluster();
    const client = await connect(cluster.url);
    const dataDir = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory;
    await client.end();
    expect(dataDir).toBeTruthy();
    expect(existsSync(dataDir!)).toBe(true);

    await cluster.stop();
    expect(existsSync(dataDir!)).toBe(false);
    await expect(connect(cluster.url)).rejects.toThrow();
    await cluster.stop(); // idempotent
  });
});
