import { z } from 'zod';
import { bodyIdFor, childPath, placementProblem } from '../../domain/organizations/tree';
import { newId, nowIso } from '../../db/ids';
import { codeTaken, findOrganization, insertOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { insertGroup } from '../../db/repositories/groups';
import { foldText } from '../../shared/fold';
import { isBodyKind, type OrganizationKind } from '../../shared/organization-kinds';
import type { createOrganizationSchema } from '../../shared/schemas/organizations';
import { forbidden } from '../errors';
import { authorize } from '../policies';
import { codeTakenError, organizationNotFound, placementError } from './organization-errors';
import { inTransaction, type CommandContext, type Tx } from './transaction';

export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

/**
 * Adds a node to the tree. A new body also gets its standing groups ("Các khoa, phòng trực thuộc",
 * and for a department of health "Các đơn vị trong ngành") so plans can assign to them at once.
 * A root (a department of health) can only be created by the system: at setup or in the demo.
 */
export async function createOrganization(ctx: CommandContext, input: CreateOrganizationInput, options: { unsafeSkipPolicy?: boolean } = {}): Promise<OrganizationRow> {
  return inTransaction(ctx, async (tx) => {
    const parent = input.parentId ? await findOrganization(tx.db, input.parentId) : undefined;
    if (input.parentId && !parent) throw organizationNotFound();
    if (!options.unsafeSkipPolicy) {
      if (!parent) throw forbidden('Chỉ khi cài đặt hệ thống mới tạo được tổ chức cấp cao nhất.');
      authorize(ctx.actor, 'organization.create_child', { id: parent.id, path: parent.path, bodyId: parent.body_id }, organizationNotFound());
    }
    const kind = input.kind as OrganizationKind;
    const problem = placementProblem(kind, parent ? { kind: parent.kind as OrganizationKind, retired: !!parent.retired_at } : null);
    if (problem) throw placementError(problem);
    if (await codeTaken(tx.db, codeScopeOf(kind, parent ?? null), input.code)) throw codeTakenError(input.code);
    const row = organizationRow({ parent: parent ?? null, kind, code: input.code, name: input.name, placeName: input.placeName ?? null, superiorName: input.superiorName ?? null, documentCode: input.documentCode ?? null }, nowIso());
    await insertOrganization(tx.db, row);
    await tx.audit({
      organization: { id: row.id, path: row.path },
      action: 'organization.create',
      entityType: 'organization',
      entityId: row.id,
      summary: `Tạo ${row.name} (${row.code})`,
      after: publicFields(row),
    });
    if (isBodyKind(kind)) await createStandingGroups(tx, row);
    return row;
  });
}

/** Where a node's code must be unique: bodies across the country, departments within their body. */
const codeScopeOf = (kind: OrganizationKind, parent: OrganizationRow | null) => (isBodyKind(kind) || !parent ? '*' : parent.body_id);

/** A new node's row: its body, its place in the tree, the scope of its code, its name for search. */
export function organizationRow(
  n: { parent: OrganizationRow | null; kind: OrganizationKind; code: string; name: string; placeName: string | null; superiorName: string | null; documentCode: string | null },
  now: string,
): OrganizationRow {
  const id = newId();
  return {
    id,
    parent_id: n.parent?.id ?? null,
    body_id: bodyIdFor(id, n.kind, n.parent ? { bodyId: n.parent.body_id } : null),
    path: childPath(n.parent?.path ?? null, id),
    kind: n.kind,
    code: n.code,
    code_scope: codeScopeOf(n.kind, n.parent),
    name: n.name,
    name_folded: foldText(n.name),
    place_name: n.placeName,
    superior_name: n.superiorName,
    document_code: n.documentCode,
    retired_at: null,
    created_at: now,
    updated_at: now,
  };
}

async function createStandingGroups(tx: Tx, body: OrganizationRow): Promise<void> {
  await insertGroup(tx.db, { ownerId: body.id, name: 'Các khoa, phòng trực thuộc', kind: 'all_units', memberIds: [] });
  if (body.kind === 'department_of_health') {
    await insertGroup(tx.db, { ownerId: body.id, name: 'Các đơn vị trong ngành', kind: 'all_bodies', memberIds: [] });
  }
}

/** What an audit entry records of a node: everything but the search column. */
export function publicFields(row: OrganizationRow) {
  const { name_folded: _folded, code_scope: _scope, ...rest } = row;
  return rest;
}
