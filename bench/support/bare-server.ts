/**
 * The yardstick `npm run bench` measures the product against, run as its own process like the app:
 * a bare Fastify route answering JSON, and one answering after one indexed read of the same SQLite file
 * (a user by username, the primary-key-like lookup every signed-in request starts with).
 * Usage: tsx bench/support/bare-server.ts SQLITE_FILE  → prints the port on stdout.
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const file = process.argv[2];
if (!file) throw new Error('usage: bare-server.ts SQLITE_FILE');
const db = new Database(file, { readonly: true, fileMustExist: true });
const usernames = (db.prepare('select username from users order by username limit 500').all() as { username: string }[]).map((r) => r.username);
const byUsername = db.prepare('select id, username, full_name, title from users where username = ?');
let next = 0;

const app = Fastify({ logger: false });
app.get('/json', async () => ({ ok: true, service: 'bare', at: 'bench' }));
app.get('/read', async () => byUsername.get(usernames[next++ % usernames.length]));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
