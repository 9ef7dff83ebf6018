import { PostgresIntrospector } from 'kysely';
import type { Db, DatabaseKind } from './database';

/**
 * Which database a handle talks to, read from the handle itself so a repository works the same
 * inside a transaction (where only `tx.db` is at hand) and outside it.
 */
export function dialectOf(db: Db): DatabaseKind {
  return db.introspection instanceof PostgresIntrospector ? 'postgres' : 'sqlite';
}
