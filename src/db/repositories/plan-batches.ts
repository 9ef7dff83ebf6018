import type { Db } from '../database';

/** A year's plans of the bodies under these roots in the given states, in tree order then by number: a batch of documents. */
export async function listPlansUnder(db: Db, f: { roots: readonly string[]; year: number; states: readonly string[]; ids?: readonly string[] }) {
  if (f.roots.length === 0) return [];
  let query = db
    .selectFrom('plans as p')
    .innerJoin('organizations as b', 'b.id', 'p.organization_id')
    .select(['p.id', 'p.number', 'p.symbol', 'b.code as body_code', 'b.path as body_path'])
    .where((eb) => eb.or(f.roots.map((root) => eb('b.path', 'like', `${root}%`))))
    .where('p.year', '=', f.year)
    .where('p.state', 'in', f.states);
  if (f.ids) query = query.where('p.id', 'in', f.ids);
  return query.orderBy('b.path').orderBy('p.number').orderBy('p.id').execute();
}
