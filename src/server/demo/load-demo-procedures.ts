import type { Db } from '../../db/database';
import { updateProcedure } from '../../db/repositories/procedures';
import { CHANGES_CONTENT } from '../../domain/procedures/standing';
import { createProcedure } from '../commands/manage-procedure';
import { addPosting } from '../commands/post-procedure';
import { addProcedureEvent } from '../commands/procedure-events';
import { contextOf } from './demo-actor';
import { DEMO_PROCEDURES, type DemoProcedure } from './demo-procedures';

/**
 * Loads the demo procedures through the same commands the API uses: each is issued, then its later
 * decisions and postings are replayed in the order they happened, so a posting made before an amendment
 * leaves the procedure stale, as it would be in a real registry. The demo's proof of a posting is a link.
 */
/** A demo body by its code (bodies' codes are unique in the country), or a department by its code in its body. */
async function organizationId(db: Db, code: string, bodyId: string | null): Promise<string> {
  const row = await db.selectFrom('organizations').select('id').where('code_scope', '=', bodyId ?? '*').where('code', '=', code).executeTakeFirst();
  if (!row) throw new Error(`Demo: no organisation ${code}`);
  return row.id;
}

export async function loadDemoProcedures(db: Db): Promise<void> {
  const ids = new Map<string, string>();
  const byBody = new Map<string, DemoProcedure[]>();
  for (const p of DEMO_PROCEDURES) byBody.set(p.body, [...(byBody.get(p.body) ?? []), p]);
  for (const [bodyCode, procedures] of byBody) {
    const prefix = bodyCode.toLowerCase();
    const coordinator = await contextOf(db, `${prefix}.coordinator`);
    const editor = await contextOf(db, `${prefix}.editor`);
    const bodyId = await organizationId(db, bodyCode, null);
    const unit = async (code: string | null) => (code ? organizationId(db, code, bodyId) : null);
    for (const p of procedures) {
      const { body: _, responsibleUnit, steps, events, postings, ...content } = p;
      const [issued] = events;
      const row = await createProcedure(coordinator, {
        ...content,
        organizationId: bodyId,
        responsibleUnitId: await unit(responsibleUnit),
        steps: await Promise.all(steps.map(async (s) => ({ text: s.text, unitId: await unit(s.unit), duration: s.duration ?? null }))),
        issued: { effectiveOn: issued!.effectiveOn, decidingDocument: issued!.decidingDocument ?? null, note: issued!.note ?? null },
      });
      ids.set(`${bodyCode}/${p.code}`, row.id);
    }
    for (const p of procedures) {
      const id = ids.get(`${bodyCode}/${p.code}`)!;
      for (const [index, event] of p.events.entries()) {
        if (index > 0) {
          const replacedById = event.replacedByCode ? ids.get(`${bodyCode}/${event.replacedByCode}`) : null;
          await addProcedureEvent(coordinator, id, { kind: event.kind, effectiveOn: event.effectiveOn, decidingDocument: event.decidingDocument ?? null, replacedById, note: event.note ?? null });
        }
        for (const posting of p.postings.filter((x) => x.afterEvent === index)) {
          await addPosting(editor, id, { place: posting.place, postedOn: posting.postedOn, proofUrl: posting.proofUrl ?? null, note: posting.note ?? null });
        }
      }
      // Replayed today, the content's last change happened on the day of its last issuing or amending
      // decision: that is the date citizens see on the page and the posting sheet.
      const lastChange = p.events.filter((e, i) => i === 0 || CHANGES_CONTENT.has(e.kind)).at(-1)!;
      await updateProcedure(db, id, { content_changed_at: `${lastChange.effectiveOn}T01:00:00.000Z` });
    }
  }
}
