import { Document, Packer, Paragraph, TextRun } from 'docx';
import { quarterOf } from '../../../domain/schedule/calendar';
import { PLAN_STATES_IN_FORCE } from '../../../domain/plans/lifecycle';
import type { Db } from '../../../db/database';
import { newId } from '../../../db/ids';
import { discardStaged, placeStaged, writeStaged } from '../../files/staged-files';
import { demoOutcome, type DemoStep } from './outcomes';

type Person = { id: string; name: string };

/** A time on the demo day, in UTC: office hours in Vietnam, spread so steps of one day keep their order. */
const at = (day: string, order: number) => `${day}T${String(1 + (order % 8)).padStart(2, '0')}:${String((order * 7) % 60).padStart(2, '0')}:00.000Z`;

/** Who acts for each organisation: a department's reporter, a body's coordinator (who also reviews). */
async function people(db: Db): Promise<{ reporters: Map<string, Person>; coordinators: Map<string, Person> }> {
  const rows = await db.selectFrom('user_roles as r').innerJoin('users as u', 'u.id', 'r.user_id').select(['r.organization_id', 'r.role', 'u.id', 'u.full_name']).where('r.role', 'in', ['reporter', 'coordinator']).orderBy('u.username').execute();
  const reporters = new Map<string, Person>();
  const coordinators = new Map<string, Person>();
  for (const r of rows) {
    const map = r.role === 'reporter' ? reporters : coordinators;
    if (!map.has(r.organization_id)) map.set(r.organization_id, { id: r.id, name: r.full_name });
  }
  return { reporters, coordinators };
}

/** One short report a department files for a quarter, attached as evidence to the work it accepted that quarter. */
async function writeQuarterReport(filesDir: string, storageKey: string, unit: string, quarter: string, year: string, lines: string[]): Promise<number> {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: 'center', children: [new TextRun({ text: `BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ ${quarter} NĂM ${year}`, bold: true })] }),
          new Paragraph({ alignment: 'center', children: [new TextRun({ text: unit, italics: true })] }),
          ...lines.map((text) => new Paragraph({ children: [new TextRun(`- ${text}`)] })),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(doc);
  // Put in its place once the history's transaction has committed, like any upload.
  await writeStaged(filesDir, storageKey, bytes);
  return bytes.length;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * Writes the year as it went for every period of every plan in force: the unit's updates, the
 * coordinator's acceptances and returns, with their days, and for accepted work the quarter's report
 * file as evidence (when a files folder is given). Written as history, not through today's commands,
 * because each step keeps the day it happened.
 */
export async function writeWorkHistory(db: Db, today: string, filesDir: string | undefined): Promise<void> {
  // One transaction: hundreds of small writes, each otherwise waiting for its own flush to disk.
  const written: string[] = [];
  try {
    await db.transaction().execute((tx) => writeIn(tx, today, filesDir, written));
  } catch (error) {
    if (filesDir) for (const key of written) await discardStaged(filesDir, key);
    throw error;
  }
  if (filesDir) for (const key of written) await placeStaged(filesDir, key);
}

async function writeIn(db: Db, today: string, filesDir: string | undefined, written: string[]): Promise<void> {
  const { reporters, coordinators } = await people(db);
  const rows = await db
    .selectFrom('occurrences as oc')
    .innerJoin('tasks as t', 't.id', 'oc.task_id')
    .innerJoin('plans as p', 'p.id', 'oc.plan_id')
    .innerJoin('organizations as org', 'org.id', 'oc.organization_id')
    .select(['oc.id', 'oc.organization_id', 'oc.period_start', 'oc.due', 'org.code', 'org.name as unit', 'org.body_id', 'p.organization_id as plan_body_id', 'p.symbol', 'p.year', 't.number', 't.title'])
    .where('p.state', 'in', [...PLAN_STATES_IN_FORCE])
    .where('oc.due', 'is not', null)
    .orderBy('oc.due')
    .orderBy('oc.id')
    .execute();
  // The file each accepted period gets, attached as handed in: by the unit's person, at its last submission.
  type Attached = { occurrenceId: string; at: string; by: Person | undefined };
  const evidence = new Map<string, { storageKey: string; name: string; attached: Attached[]; lines: string[]; unit: string; quarter: string; year: string }>();
  let order = 0;
  for (const o of rows) {
    const outcome = demoOutcome(`${o.symbol}|${o.year}|${o.number}|${o.code}|${o.period_start}`, { start: o.period_start, due: o.due! }, today);
    if (!outcome) continue;
    const unitPerson = reporters.get(o.organization_id) ?? coordinators.get(o.body_id);
    const reviewer = coordinators.get(o.plan_body_id);
    const person = (s: DemoStep) => (s.by === 'unit' ? unitPerson : reviewer);
    let submittedAt = '';
    for (const s of outcome.steps) {
      const stamp = at(s.on, order++);
      if (s.status === 'submitted') submittedAt = stamp;
      await db
        .insertInto('occurrence_events')
        .values({ id: newId(), occurrence_id: o.id, at: stamp, actor_id: person(s)?.id ?? null, actor_name: person(s)?.name ?? null, kind: s.kind, status: s.status, progress: s.progress, note: s.note, comment: s.comment })
        .execute();
    }
    const last = outcome.steps[outcome.steps.length - 1]!;
    await db
      .updateTable('occurrences')
      .set({ status: outcome.status, progress: outcome.progress, note: outcome.note, submitted_on: outcome.submittedOn, completed_on: outcome.completedOn, updated_by: person(last)?.id ?? null, updated_at: at(last.on, order) })
      .where('id', '=', o.id)
      .execute();
    if (outcome.status === 'done' && filesDir) {
      const quarter = ROMAN[quarterOf(o.due!) - 1]!;
      const key = `${o.organization_id}|${o.year}|${quarter}`;
      const entry = evidence.get(key) ?? { storageKey: `demo/${newId()}.docx`, name: `Báo cáo kết quả CCHC quý ${quarter} năm ${o.year} - ${o.unit}.docx`, attached: [], lines: [], unit: o.unit, quarter, year: String(o.year) };
      entry.attached.push({ occurrenceId: o.id, at: submittedAt, by: unitPerson });
      entry.lines.push(`${o.title.slice(0, 160)}: ${outcome.note ?? 'hoàn thành'}`);
      evidence.set(key, entry);
    }
  }
  if (!filesDir) return;
  for (const e of evidence.values()) {
    const size = await writeQuarterReport(filesDir, e.storageKey, e.unit, e.quarter, e.year, e.lines);
    written.push(e.storageKey);
    for (const a of e.attached) {
      await db
        .insertInto('evidence')
        .values({ id: newId(), occurrence_id: a.occurrenceId, kind: 'file', name: e.name, media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size, storage_key: e.storageKey, url: null, created_by: a.by?.id ?? null, created_by_name: a.by?.name ?? null, created_at: a.at })
        .execute();
    }
  }
}
