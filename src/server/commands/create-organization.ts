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
    const id = newId();
    const bodyId = bodyIdFor(id, kind, parent ? { bodyId: parent.body_id } : null);
    const codeScope = isBodyKind(kind) ? '*' : bodyId;
    if (await codeTaken(tx.db, codeScope, input.code)) throw codeTakenError(input.code);
    const now = nowIso();
    const row: OrganizationRow = {
      id,
      parent_id: parent?.id ?? null,
      body_id: bodyId,
      path: childPath(parent?.path ?? null, id),
      kind,
      code: input.code,
      code_scope: codeScope,
      name: input.name,
      name_folded: foldText(input.name),
      place_name: input.placeName ?? null,
      superior_name: input.superiorName ?? null,
      document_code: input.documentCode ?? null,
      retired_at: null,
      created_at: now,
      updated_at: now,
    };
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
