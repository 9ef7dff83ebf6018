import { newId } from '../../db/ids';
import type { OrganizationRow } from '../../db/repositories/organizations';
import { foldText } from '../../shared/fold';
import { isBodyKind, type OrganizationKind } from '../../shared/organization-kinds';
import type { Role } from '../../shared/roles';
import { organizationRow } from '../commands/create-organization';
import type { RowBuffer } from './batch-insert';
import { DEPARTMENTS, DOH_OFFICES, personName } from './names';
import type { Province } from './provinces';
import type { Random } from './random';

export type Person = { id: string; name: string };
export type GeneratedBody = {
  org: OrganizationRow;
  units: OrganizationRow[];
  /** The standing group "Các khoa, phòng trực thuộc". */
  allUnitsGroupId: string;
  coordinator: Person;
  director: Person;
  editor: Person;
  /** The first reporter of each unit, who records its work. */
  reporterOf: Map<string, Person>;
  /** The prefix of every username of the body: `g01.bv07`. */
  usernamePrefix: string;
};
export type GeneratedProvince = {
  index: number;
  doh: GeneratedBody;
  /** "Các đơn vị trong ngành": every body under the department of health. */
  allBodiesGroupId: string;
  bodies: GeneratedBody[];
};

export type TreeShape = { bodies: number; departments: number; reportersPerDepartment: number };

const two = (n: number) => String(n).padStart(2, '0');

/** What kind of body the i-th one is: a few hospitals, mostly district health centres, one CDC. */
function bodyKindOf(i: number): { kind: OrganizationKind; code: string; name: (province: string) => string } {
  if (i === 0) return { kind: 'cdc', code: 'CDC', name: (p) => `Trung tâm Kiểm soát bệnh tật tỉnh ${p}` };
  if (i <= 14) return { kind: 'hospital', code: `BV${two(i)}`, name: (p) => (i === 1 ? `Bệnh viện Đa khoa tỉnh ${p}` : `Bệnh viện chuyên khoa số ${i} tỉnh ${p}`) };
  return { kind: 'health_centre', code: `TTYT${two(i - 14)}`, name: () => `Trung tâm Y tế khu vực số ${i - 14}` };
}

/**
 * One province's tree and people: the department of health with its offices, its bodies each with
 * their departments, a director, coordinator, editor, admin and viewer per body and reporters per
 * department. Every account has the same password hash (hashed once: argon2 is slow by design).
 */
export function generateTree(rows: RowBuffer, random: Random, province: Province, index: number, shape: TreeShape, passwordHash: string, now: string): GeneratedProvince {
  const tag = `g${two(index)}`;
  const placeName = province.name;
  const area = province.city ? `thành phố ${province.name}` : `tỉnh ${province.name}`;
  const superior = `UBND ${area.toUpperCase()}`;
  const org = (kind: OrganizationKind, code: string, name: string, parent: OrganizationRow | null, documentCode: string | null): OrganizationRow => {
    const isBody = isBodyKind(kind);
    // A body's documents carry its superior's name in the header; a department's carry none.
    const superiorName = !parent ? superior : isBody ? parent.name.toUpperCase() : null;
    const row = organizationRow({ parent, kind, code, name, placeName, superiorName, documentCode }, now);
    rows.add('organizations', row);
    return row;
  };
  const user = (username: string, organizationId: string, role: Role, title: string | null): Person => {
    const id = newId();
    const name = personName(random);
    rows.add('users', { id, username, full_name: name, full_name_folded: foldText(name), email: null, title, password_hash: passwordHash, disabled_at: null, password_changed_at: now, created_at: now, updated_at: now });
    rows.add('user_roles', { user_id: id, organization_id: organizationId, role, created_at: now });
    return { id, name };
  };
  const group = (ownerId: string, kind: 'all_units' | 'all_bodies', name: string) => {
    const id = newId();
    rows.add('org_groups', { id, owner_id: ownerId, name, kind, created_at: now, updated_at: now });
    return id;
  };
  const body = (bodyOrg: OrganizationRow, prefix: string, units: readonly { kind: OrganizationKind; name: string }[]): GeneratedBody => {
    const unitRows = units.map((u, i) => org(u.kind, `K${two(i + 1)}`, u.name, bodyOrg, null));
    const reporterOf = new Map<string, Person>();
    for (const [i, unit] of unitRows.entries()) {
      for (let r = 1; r <= shape.reportersPerDepartment; r++) {
        const person = user(`${prefix}.k${two(i + 1)}.${r}`, unit.id, 'reporter', r === 1 ? 'Trưởng khoa/phòng' : null);
        if (r === 1) reporterOf.set(unit.id, person);
      }
    }
    user(`${prefix}.admin`, bodyOrg.id, 'admin', 'Quản trị hệ thống');
    user(`${prefix}.viewer`, bodyOrg.id, 'viewer', null);
    return {
      org: bodyOrg,
      units: unitRows,
      allUnitsGroupId: group(bodyOrg.id, 'all_units', 'Các khoa, phòng trực thuộc'),
      director: user(`${prefix}.director`, bodyOrg.id, 'director', 'Giám đốc'),
      coordinator: user(`${prefix}.coordinator`, bodyOrg.id, 'coordinator', 'Chuyên viên phụ trách CCHC'),
      editor: user(`${prefix}.editor`, bodyOrg.id, 'editor', 'Biên tập viên'),
      reporterOf,
      usernamePrefix: prefix,
    };
  };

  const dohOrg = org('department_of_health', `SYT-G${two(index)}`, `Sở Y tế ${area}`, null, 'SYT');
  const doh = body(dohOrg, `${tag}.syt`, DOH_OFFICES.map((name) => ({ kind: 'office' as const, name })));
  const allBodiesGroupId = group(dohOrg.id, 'all_bodies', 'Các đơn vị trong ngành');
  const bodies: GeneratedBody[] = [];
  for (let i = 0; i < shape.bodies; i++) {
    const k = bodyKindOf(i);
    const bodyOrg = org(k.kind, `G${two(index)}-${k.code}`, k.name(province.name), dohOrg, k.code);
    bodies.push(body(bodyOrg, `${tag}.${k.code.toLowerCase()}`, DEPARTMENTS.slice(0, shape.departments)));
  }
  return { index, doh, allBodiesGroupId, bodies };
}
