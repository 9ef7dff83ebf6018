import { LRUCache } from 'lru-cache';
import { aggregatedPartOf, type AggregatedSections } from '../../domain/reports/aggregate';
import type { ReportSections, ReportTexts } from '../../domain/reports/sections';
import type { Db } from '../../db/database';
import { reportContents, type ReportHead } from '../../db/repositories/reports';

type SentNumbers = { sections: AggregatedSections; texts: ReportTexts };

/** Enough for every body of a few provinces' periods; an entry is a few kilobytes. */
const KEPT = 2_000;
const kept = new LRUCache<string, SentNumbers>({ max: KEPT });

/** A report's contents change only with a write, which moves `updated_at` (and the day it was compiled or sent): the key names the contents. */
const keyOf = (report: ReportHead) => `${report.id}|${report.updated_at}|${report.compiled_at}|${report.submitted_at}`;

/**
 * The numbers and texts of sent reports, as a tổng hợp adds them up. A department of health compiles
 * from sixty reports of some 50 kB each, again and again while it writes; each was read and parsed
 * whole at every compile (3 MB of JSON, and the memory it leaves behind). A sent report is fixed until
 * it is returned, so its numbers are kept, read again only when its `updated_at` moves.
 */
export async function sentReportNumbers(db: Db, reports: readonly ReportHead[]): Promise<Map<string, SentNumbers>> {
  const found = new Map<string, SentNumbers>();
  const missing: ReportHead[] = [];
  for (const report of reports) {
    const numbers = kept.get(keyOf(report));
    if (numbers) found.set(report.id, numbers);
    else missing.push(report);
  }
  const contents = await reportContents(db, missing.map((r) => r.id));
  for (const report of missing) {
    const content = contents.get(report.id);
    if (!content) continue;
    const numbers = { sections: aggregatedPartOf(JSON.parse(content.sections_json) as ReportSections), texts: JSON.parse(content.texts_json) as ReportTexts };
    found.set(report.id, numbers);
    // A transaction may still roll back, but the key names the contents read, and nothing else is ever read under it.
    kept.set(keyOf(report), numbers);
  }
  return found;
}
