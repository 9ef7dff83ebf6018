import { postingCounts, postingStanding, statusOn, type PostingCounts } from '../../domain/procedures';
import type { Db } from '../../db/database';
import { eventsOf, postingsOf, type ProcedureEventRow, type ProcedureInContext, type ProcedurePostingRow, type ProcedureRow } from '../../db/repositories/procedures';
import type { ProcedureEventKind, ProcedureStatus } from '../../shared/procedure-vocabulary';
import type { PostingStanding } from '../../shared/schemas/procedures';

/** A procedure as it stands on a day: its status from its events, and whether its posting is current. */
export type StandingProcedure<Row extends ProcedureRow = ProcedureInContext> = {
  row: Row;
  events: ProcedureEventRow[];
  postings: ProcedurePostingRow[];
  status: ProcedureStatus;
  standing: PostingStanding;
  /** The newest posting (of any place), if any. */
  lastPosting: ProcedurePostingRow | null;
};

const asStatusEvent = (e: ProcedureEventRow) => ({ kind: e.kind as ProcedureEventKind, effectiveOn: e.effective_on, createdAt: e.created_at });

/** Reads the status on `day` and the posting standing of each procedure, with two queries for all of them. */
export async function standingOf<Row extends ProcedureRow>(db: Db, rows: readonly Row[], day: string): Promise<StandingProcedure<Row>[]> {
  const ids = rows.map((r) => r.id);
  const [events, postings] = await Promise.all([eventsOf(db, ids), postingsOf(db, ids)]);
  return rows.map((row) => {
    const own = events.get(row.id) ?? [];
    const posted = postings.get(row.id) ?? [];
    const lastPostedVersion = posted.length === 0 ? null : Math.max(...posted.map((p) => p.version));
    return {
      row,
      events: own,
      postings: posted,
      status: statusOn(own.map(asStatusEvent), day).status,
      standing: postingStanding(row.version, lastPostedVersion),
      lastPosting: posted[0] ?? null,
    };
  });
}

/** The posting KPI of each body, from the one count in the domain. */
export function postingCountsByBody(procedures: readonly StandingProcedure[]): Map<string, PostingCounts> {
  const byBody = new Map<string, StandingProcedure[]>();
  for (const p of procedures) {
    const list = byBody.get(p.row.organization_id);
    if (list) list.push(p);
    else byBody.set(p.row.organization_id, [p]);
  }
  return new Map([...byBody].map(([bodyId, list]) => [bodyId, postingCounts(list)]));
}
