import { insertExternalBody, listExternalBodies } from '../../db/repositories/external-bodies';
import { listGroups } from '../../db/repositories/groups';
import { newId, nowIso } from '../../db/ids';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { insertPlan, insertPlanVersion, type PlanRow } from '../../db/repositories/plans';
import { foldText } from '../../shared/fold';
import type { AssigneeRef, Section } from '../../shared/schemas/plans';
import { planSnapshot } from '../commands/plan-snapshot';
import { registerCitedDocuments } from '../commands/register-cited-documents';
import { saveTaskTable } from '../commands/save-task-table';
import { inTransaction, type CommandContext, type Tx } from '../commands/transaction';
import type { DemoPlan, DemoRef, DemoSection } from './seed-plans/demo-plan';

/**
 * Loads the demo plans (the seeds, and the two Sở Y tế plans they carry out) as structured plans,
 * through the same task-table command the API uses, so their occurrences exist from the start.
 */
export async function loadDemoPlans(ctx: CommandContext, plans: readonly DemoPlan[]): Promise<void> {
  const ids = new Map<string, string>();
  await inTransaction(ctx, async (tx) => {
    const orgs = await tx.db.selectFrom('organizations').selectAll().execute();
    for (const demo of plans) {
      const body = orgs.find((o) => o.code === demo.body && o.id === o.body_id);
      if (!body) throw new Error(`Demo plan ${demo.key}: no body ${demo.body}`);
      const resolve = await refResolver(tx, body, orgs, externalNames(demo));
      const now = nowIso();
      const plan: PlanRow = {
        id: newId(),
        organization_id: body.id,
        parent_plan_id: demo.parentKey ? (ids.get(demo.parentKey) ?? null) : null,
        previous_plan_id: null,
        kind: demo.kind,
        year: demo.year,
        number: demo.number,
        symbol: demo.symbol,
        place_name: demo.placeName,
        issued_on: demo.issuedOn,
        title: demo.title,
        title_folded: foldText(demo.title),
        state: demo.state,
        version: 1,
        content_json: JSON.stringify({ ...demo.content, sections: demo.content.sections.map((s) => toSection(s, resolve)) }),
        signing_authority: demo.signingAuthority,
        signer_title: demo.signerTitle,
        signer_name: demo.signerName,
        created_by: null,
        created_at: now,
        updated_at: now,
      };
      await insertPlan(tx.db, plan);
      ids.set(demo.key, plan.id);
      await saveTaskTable(
        tx,
        plan,
        body,
        demo.tasks.map((t) => ({ ...t, lead: t.lead && resolve(t.lead), coordinators: t.coordinators.map(resolve), weight: 1 })),
      );
      // The registry starts with what the demo plans cite, as a body's coordinator would add it.
      await registerCitedDocuments(tx.db, [...demo.content.bases, demo.content.introduction ?? '', ...sectionTexts(demo.content.sections)].join('\n'), body.id);
      if (demo.state === 'issued' || demo.state === 'closed') {
        if (demo.number !== null) await registerNumber(tx, body.id, demo.year, demo.number);
        await insertPlanVersion(tx.db, { planId: plan.id, version: 1, state: demo.state, snapshot: await planSnapshot(tx.db, plan, body), createdBy: null });
      }
    }
  });
}

function toSection(s: DemoSection, resolve: (ref: DemoRef) => AssigneeRef): Section {
  return {
    numbering: s.numbering,
    heading: s.heading,
    text: s.text,
    role: s.role ?? null,
    reformArea: s.reformArea ?? null,
    assignee: s.assignee ? resolve(s.assignee) : null,
    children: (s.children ?? []).map((c) => toSection(c, resolve)),
  };
}

/** Every heading and paragraph of a section tree, one per line. */
function sectionTexts(sections: DemoSection[]): string[] {
  return sections.flatMap((s) => [s.heading ?? '', s.text ?? '', ...sectionTexts(s.children ?? [])]).filter(Boolean);
}

/** The external bodies a demo plan names, in its tasks and its sections. */
function externalNames(demo: DemoPlan): string[] {
  const refs: DemoRef[] = demo.tasks.flatMap((t) => [...(t.lead ? [t.lead] : []), ...t.coordinators]);
  const walk = (sections: DemoSection[]): void => {
    for (const s of sections) {
      if (s.assignee) refs.push(s.assignee);
      walk(s.children ?? []);
    }
  };
  walk(demo.content.sections);
  return [...new Set(refs.flatMap((r) => ('external' in r ? [r.external] : [])))];
}

/**
 * Turns the demo's names (unit codes, body codes, group kinds, external names) into references;
 * external bodies the body's registry lacks are added to it first.
 */
async function refResolver(tx: Tx, body: OrganizationRow, orgs: OrganizationRow[], externalsNeeded: string[]): Promise<(ref: DemoRef) => AssigneeRef> {
  const groups = await listGroups(tx.db, [body.id]);
  const externals = new Map((await listExternalBodies(tx.db, { ownerIds: [body.id], limit: 1000 })).map((e) => [e.name, e.id]));
  for (const name of externalsNeeded.filter((n) => !externals.has(n))) {
    const id = newId();
    await insertExternalBody(tx.db, { id, owner_id: body.id, name, name_folded: foldText(name), code: null, note: null, retired_at: null, created_at: nowIso(), updated_at: nowIso() });
    externals.set(name, id);
  }
  return (ref) => {
    if ('unit' in ref) {
      const unit = orgs.find((o) => o.body_id === body.id && o.id !== body.id && o.code === ref.unit);
      if (!unit) throw new Error(`Demo: no unit ${ref.unit} in ${body.code}`);
      return { type: 'organization', id: unit.id };
    }
    if ('body' in ref) {
      const other = orgs.find((o) => o.code === ref.body && o.id === o.body_id);
      if (!other) throw new Error(`Demo: no body ${ref.body}`);
      return { type: 'organization', id: other.id };
    }
    if ('group' in ref) {
      const group = groups.find((g) => g.kind === ref.group);
      if (!group) throw new Error(`Demo: no group ${ref.group} in ${body.code}`);
      return { type: 'group', id: group.id };
    }
    return { type: 'external', id: externals.get(ref.external)! };
  };
}

/** Keeps the body's register at the highest number the demo issued, so the next plan takes the one after. */
async function registerNumber(tx: Tx, organizationId: string, year: number, number: number): Promise<void> {
  const current = await tx.db
    .selectFrom('document_number_registers')
    .select('last_number')
    .where('organization_id', '=', organizationId)
    .where('year', '=', year)
    .where('document_kind', '=', 'KH')
    .executeTakeFirst();
  if (!current) await tx.db.insertInto('document_number_registers').values({ organization_id: organizationId, year, document_kind: 'KH', last_number: number }).execute();
  else if (current.last_number < number) {
    await tx.db.updateTable('document_number_registers').set({ last_number: number }).where('organization_id', '=', organizationId).where('year', '=', year).where('document_kind', '=', 'KH').execute();
  }
}
