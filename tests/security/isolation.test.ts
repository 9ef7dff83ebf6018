import JSZip from 'jszip';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseChecksum } from '../support/db-checksum';
import { multipartBody } from '../support/multipart';
import { bodySlots, isIdName, makeValue, operationName, operationsOf, pathParamKey, SAFE_METHODS, type BodySlot, type JsonSchema, type Operation } from '../support/openapi-operations';
import { SOAK } from '../support/soak';
import { createTestApp, DEMO_PASSWORD, DIALECTS, orgId, type TestApp } from '../support/test-app';

/**
 * Issue 12, must-show 6 (isolation): every operation of the OpenAPI description, for every role of a body,
 * given the ids of another body's things — the other province's, and a sibling body's — answers as it would
 * for an id that does not exist (404, or 403 when the role may not do that at all), lists show none of the
 * other body's rows, and nothing changes. Ids go wherever the description takes them: the path, the query
 * and the JSON body, however deep (a role's organisation, a task's lead). A route added tomorrow is tried
 * without touching this file; one taking an id this file cannot name fails the first test and says which.
 *
 * `npm test` tries every operation with every role, each role at one of two bodies in turn — a hospital
 * (BVSN: its sibling TTYT-LCCD, or the other province) and a centre of the other province (CDC-HT: Lào Cai) —
 * with one id of the kind; `npm run soak` every role of every body against every body outside its reach,
 * with up to three ids of each kind.
 */

// ---- What an id is an id of -------------------------------------------------------------------------------

type Kind =
  | 'body'
  | 'unit'
  | 'organization'
  | 'user'
  | 'plan'
  | 'task'
  | 'occurrence'
  | 'evidence'
  | 'media_item'
  | 'media_file'
  | 'media_channel'
  | 'publication'
  | 'good_practice'
  | 'report'
  | 'index_result'
  | 'notification'
  | 'job'
  | 'external_body'
  | 'group'
  | 'legal_document'
  | 'procedure'
  | 'procedure_file'
  | 'feedback'
  | 'survey'
  | 'criteria_set'
  | 'round'
  | 'assessment'
  | 'scoring_evidence'
  | 'api_key';

/** A path parameter, by the segment before it and its name, is the id of… */
const PATH_KINDS: Record<string, Kind> = {
  'organizations/{id}': 'organization',
  'external-bodies/{id}': 'external_body',
  'users/{id}': 'user',
  'legal-documents/{id}': 'legal_document',
  'plans/{id}': 'plan',
  'indices/{id}': 'index_result',
  'occurrences/{id}': 'occurrence',
  'evidence/{id}': 'evidence',
  'tasks/{id}': 'task',
  'notifications/{id}': 'notification',
  'media-items/{id}': 'media_item',
  'files/{fileId}': 'media_file',
  'media-channels/{id}': 'media_channel',
  'publications/{id}': 'publication',
  'good-practices/{id}': 'good_practice',
  'reports/{id}': 'report',
  'jobs/{id}': 'job',
  'procedures/{id}': 'procedure',
  'procedure-files/{id}': 'procedure_file',
  'feedback/{id}': 'feedback',
  'surveys/{id}': 'survey',
  'criteria-sets/{id}': 'criteria_set',
  'rounds/{id}': 'round',
  'assessments/{id}': 'assessment',
  'assessment-evidence/{id}': 'scoring_evidence',
  'api-keys/{id}': 'api_key',
};
/** Path parameters that are not ids, and the value to put there. */
const PATH_VALUES: Record<string, string> = { 'versions/{version}': '1' };

/** A query parameter that selects something of a body. */
const QUERY_KINDS: Record<string, Kind> = {
  organizationId: 'organization',
  ownerId: 'body',
  parentId: 'organization',
  bodyId: 'body',
  planId: 'plan',
  actorId: 'user',
  entityId: 'organization',
  assignedUnitId: 'unit',
};

/** An id-bearing property of a JSON body, by name (and an assignee {type, id} by its type). */
const BODY_KINDS: Record<string, Kind> = {
  organizationId: 'body',
  parentId: 'unit',
  ownerId: 'body',
  bodyId: 'body',
  unitId: 'unit',
  memberIds: 'unit',
  fromParentId: 'plan',
  copyFromId: 'plan',
  planId: 'plan',
  planIds: 'plan',
  taskIds: 'task',
  occurrenceId: 'occurrence',
  occurrenceIds: 'occurrence',
  itemIds: 'media_item',
  replacedById: 'procedure',
  responsibleUnitId: 'unit',
  procedureId: 'procedure',
  concernsUnitId: 'unit',
  userId: 'user',
  criteriaSetId: 'criteria_set',
  reviewerIds: 'user',
  bodyIds: 'body',
  reportId: 'report',
  mediaItemId: 'media_item',
};
const ASSIGNEE_KINDS: Record<string, Kind> = { organization: 'organization', group: 'group', external: 'external_body' };
/** An "id" inside an object that is not an assignee, by where it is. */
const NESTED_ID_KINDS: Record<string, Kind> = {};
/**
 * Ids that name no other thing: a row's own id, matched only among its parent's rows (an unknown one, or
 * another body's, makes a new row). Each has its own test below that another body's id changes nothing of theirs.
 */
const OWN_ROW_IDS: Record<string, string> = {
  'tasks[].id': 'a task of the plan’s own table: see "keeps another body’s task out of a plan’s task table"',
  'sections[].questions[].id': 'a question’s own id inside the questionnaire sent: it names nothing stored outside that survey',
};

/** Multipart bodies are not in the description's schemas: their fields, an id's given as its kind. */
const MULTIPART_FIELDS: Record<string, Record<string, string | { kind: Kind }>> = {
  '/api/plan-imports': { organizationId: { kind: 'body' } },
  '/api/occurrences/{id}/evidence': {},
  '/api/media-items/{id}/files': { kind: 'attachment' },
  '/api/occurrences/workbook/preview': {},
  '/api/procedures/{id}/postings': { place: 'premises', postedOn: '2026-01-10' },
  '/api/procedures/{id}/forms': {},
  '/api/procedures/import/preview': { organizationId: { kind: 'body' } },
  '/api/scoring/criteria-sets/import/preview': { organizationId: { kind: 'body' } },
  '/api/scoring/assessments/{id}/evidence/file': { criterionCode: 'I.1' },
};

/**
 * Operations that take no id at all: they act on the signed-in person, their own body, or what they send.
 * Nothing of another body can be named to them (the workbook's rows can: its own test below).
 */
const NAMES_NOTHING: Record<string, string> = {
  'POST /api/auth/login': 'signs in',
  'POST /api/legal-documents': 'adds to the registry shared by every body',
  'POST /api/auth/logout': 'signs out',
  'POST /api/auth/change-password': 'the person’s own password',
  'POST /api/schedules/expand': 'reads a deadline text',
  'POST /api/citations/recognize': 'reads a text',
  'POST /api/notifications/read-all': 'the person’s own notifications',
  'POST /api/reminders/run': 'the bodies in the person’s reach',
  'PUT /api/me/notification-settings': 'the person’s own settings',
  'POST /api/reports': 'the person’s own body',
  'POST /api/occurrences/workbook/preview': 'ids inside the workbook: another body’s row is UNKNOWN_OCCURRENCE, as a made-up one (tests/api/occurrence-workbook.test.ts)',
};

/** Things only a department of health has: a scoring round is opened by one for its bodies, a hospital has none of its own. */
const DEPARTMENT_OF_HEALTH_ONLY = new Set<Kind>(['round']);
const isDepartmentOfHealth = (code: BodyCode) => code.startsWith('SYT-');

/** Another body's entries of these may be read by anyone signed in (the registry is shared); only writes are refused. */
const SHARED_READ = new Set<Kind>(['legal_document']);
/** Lists of what is shared by every body: another body's name in them is no leak. */
const SHARED_LISTS = new Set(['GET /api/legal-documents']);

// ---- Who tries, and whose things --------------------------------------------------------------------------

const BODIES = ['SYT-LC', 'BVSN', 'TTYT-LCCD', 'SYT-HT', 'CDC-HT'] as const;
type BodyCode = (typeof BODIES)[number];
/** What lies outside a body's reach: a sibling body, and the other province (each with everything under it). */
const FOREIGN: Record<BodyCode, BodyCode[]> = {
  'SYT-LC': ['SYT-HT'],
  BVSN: ['TTYT-LCCD', 'SYT-HT'],
  'TTYT-LCCD': ['BVSN', 'SYT-HT'],
  'SYT-HT': ['SYT-LC'],
  'CDC-HT': ['SYT-LC'],
};
/** The first department of each body with a reporter account. */
const REPORTER: Record<BodyCode, string> = { 'SYT-LC': 'vp', BVSN: 'tchc', 'TTYT-LCCD': 'tchc-tckt', 'SYT-HT': 'vp', 'CDC-HT': 'tchc' };
const ROLES = ['admin', 'director', 'coordinator', 'editor', 'viewer', 'reporter'] as const;
const ACTOR_BODIES: readonly BodyCode[] = SOAK ? BODIES : ['BVSN', 'CDC-HT'];

type Actor = { username: string; body: BodyCode; role: (typeof ROLES)[number]; userId: string; cookie: string };

/** An id that exists nowhere, in the same form as the real ones. */
const NOWHERE = '01a00000-0000-7000-8000-0000000000ff';

const PDF = Buffer.from('%PDF-1.4\n% Báo cáo kiểm thử cô lập\n%%EOF\n');

// ---- The tables, read from the database -------------------------------------------------------------------

type Finder = (prefix: string) => string;

/**
 * For each kind, SQL answering ids of that kind inside the subtree whose path starts with `prefix`,
 * most useful first (an issued plan before a draft, an occurrence with evidence, an item with files).
 */
const FINDERS: Record<Exclude<Kind, 'organization'>, Finder> = {
  body: (p) => `select o.id from organizations o where o.path like '${p}%' and o.id = o.body_id order by length(o.path)`,
  unit: (p) => `select o.id from organizations o where o.path like '${p}%' and o.id <> o.body_id order by o.path`,
  user: (p) => `select distinct u.id, u.username from users u join user_roles r on r.user_id = u.id join organizations o on o.id = r.organization_id where o.path like '${p}%' order by u.username`,
  plan: (p) => `select p.id, case when p.state = 'draft' then 1 else 0 end as draft from plans p join organizations o on o.id = p.organization_id where o.path like '${p}%' order by case p.state when 'issued' then 0 when 'draft' then 2 else 1 end, p.id`,
  task: (p) => `select t.id from tasks t join plans p on p.id = t.plan_id join organizations o on o.id = p.organization_id where o.path like '${p}%' order by (select count(*) from occurrences x where x.task_id = t.id) desc, t.id`,
  occurrence: (p) =>
    `select x.id from occurrences x join plans p on p.id = x.plan_id join organizations po on po.id = p.organization_id join organizations xo on xo.id = x.organization_id where po.path like '${p}%' and xo.path like '${p}%' order by (select count(*) from evidence e where e.occurrence_id = x.id) desc, x.id`,
  evidence: (p) =>
    `select e.id from evidence e join occurrences x on x.id = e.occurrence_id join plans p on p.id = x.plan_id join organizations po on po.id = p.organization_id join organizations xo on xo.id = x.organization_id where po.path like '${p}%' and xo.path like '${p}%' order by case when e.storage_key is null then 1 else 0 end, e.id`,
  media_item: (p) => `select i.id, case when i.state = 'draft' then 1 else 0 end as draft from media_items i join organizations o on o.id = i.organization_id where o.path like '${p}%' order by case i.state when 'draft' then 0 else 1 end, (select count(*) from media_files f where f.item_id = i.id) desc, i.id`,
  media_file: (p) => `select f.id from media_files f join media_items i on i.id = f.item_id join organizations o on o.id = i.organization_id where o.path like '${p}%' order by f.id`,
  publication: (p) => `select x.id from media_publications x join media_items i on i.id = x.item_id join organizations o on o.id = i.organization_id where o.path like '${p}%' order by x.id`,
  media_channel: (p) => `select c.id from media_channels c join organizations o on o.id = c.organization_id where o.path like '${p}%' order by c.id`,
  good_practice: (p) => `select s.id from good_practice_submissions s join organizations o on o.id = s.organization_id where o.path like '${p}%' order by s.id`,
  report: (p) => `select r.id, case when r.state = 'draft' then 1 else 0 end as draft from reports r join organizations o on o.id = r.organization_id where o.path like '${p}%' order by case r.state when 'draft' then 0 else 1 end, r.id`,
  index_result: (p) => `select x.id from index_results x join organizations o on o.id = x.organization_id where o.path like '${p}%' order by x.id`,
  notification: (p) => `select n.id from notifications n join user_roles r on r.user_id = n.user_id join organizations o on o.id = r.organization_id where o.path like '${p}%' order by n.id`,
  job: (p) => `select j.id from jobs j join user_roles r on r.user_id = j.requested_by join organizations o on o.id = r.organization_id where o.path like '${p}%' order by j.id`,
  external_body: (p) => `select x.id from external_bodies x join organizations o on o.id = x.owner_id where o.path like '${p}%' order by x.id`,
  group: (p) => `select g.id from org_groups g join organizations o on o.id = g.owner_id where o.path like '${p}%' order by g.kind desc, g.id`,
  procedure: (p) => `select x.id from procedures x join organizations o on o.id = x.organization_id where o.path like '${p}%' order by (select count(*) from procedure_files f where f.procedure_id = x.id) desc, x.id`,
  procedure_file: (p) => `select f.id from procedure_files f join procedures x on x.id = f.procedure_id join organizations o on o.id = x.organization_id where o.path like '${p}%' order by case f.purpose when 'form' then 0 else 1 end, f.id`,
  feedback: (p) => `select f.id from feedback_items f join organizations o on o.id = f.organization_id where o.path like '${p}%' order by f.id`,
  survey: (p) => `select s.id, case when s.state = 'draft' then 1 else 0 end as draft from surveys s join organizations o on o.id = s.organization_id where o.path like '${p}%' order by s.id`,
  criteria_set: (p) => `select s.id from assessment_criteria_sets s join organizations o on o.id = s.organization_id where o.path like '${p}%' order by s.year desc, s.id`,
  round: (p) => `select r.id, case when r.published_at is null then 1 else 0 end as draft from assessment_rounds r join organizations o on o.id = r.organization_id where o.path like '${p}%' order by r.year desc, r.id`,
  assessment: (p) => `select a.id, case when a.state = 'draft' then 1 else 0 end as draft from assessments a join organizations o on o.id = a.organization_id where o.path like '${p}%' order by a.id`,
  scoring_evidence: (p) => `select e.id from assessment_evidence e join assessments a on a.id = e.assessment_id join organizations o on o.id = a.organization_id where o.path like '${p}%' order by e.id`,
  api_key: (p) => `select k.id from api_keys k join organizations o on o.id = k.organization_id where o.path like '${p}%' order by k.id`,
  legal_document: (p) => `select d.id from legal_documents d join organizations o on o.id = d.created_by_org_id where o.path like '${p}%' order by d.id`,
};

type Tables = {
  /** Ids of each kind inside each body's subtree. */
  ids: Map<BodyCode, Map<Kind, string[]>>;
  /** The drafts among them (plans, items, reports): a body's own draft is what its writes can still change. */
  drafts: Map<BodyCode, Map<Kind, string[]>>;
  /** Every id and body name inside each body's subtree: none may show in what another body is answered. */
  markers: Map<BodyCode, { ids: Set<string>; names: string[] }>;
};

async function readTables(t: TestApp): Promise<Tables> {
  const ids = new Map<BodyCode, Map<Kind, string[]>>();
  const drafts = new Map<BodyCode, Map<Kind, string[]>>();
  const markers = new Map<BodyCode, { ids: Set<string>; names: string[] }>();
  for (const code of BODIES) {
    const body = await t.store.db.selectFrom('organizations').select(['id', 'path']).where('code', '=', code).whereRef('id', '=', 'body_id').executeTakeFirstOrThrow();
    const byKind = new Map<Kind, string[]>();
    const draftsByKind = new Map<Kind, string[]>();
    const all = new Set<string>();
    for (const [kind, finder] of Object.entries(FINDERS) as [Exclude<Kind, 'organization'>, Finder][]) {
      const rows = (await sql.raw<{ id: string; draft?: number | string }>(finder(body.path)).execute(t.store.db)).rows;
      byKind.set(kind, rows.map((r) => r.id));
      draftsByKind.set(kind, rows.filter((r) => Number(r.draft) === 1).map((r) => r.id));
      if (!SHARED_READ.has(kind)) rows.forEach((r) => all.add(r.id));
    }
    drafts.set(code, draftsByKind);
    byKind.set('organization', [byKind.get('body')![0]!, byKind.get('unit')![0]!].filter(Boolean));
    ids.set(code, byKind);
    const names = (await sql.raw<{ name: string }>(`select o.name from organizations o where o.path like '${body.path}%' and o.id = o.body_id`).execute(t.store.db)).rows.map((r) => r.name);
    markers.set(code, { ids: all, names });
  }
  return { ids, drafts, markers };
}

// ---- Making requests --------------------------------------------------------------------------------------

/** Where the foreign id goes in a request. */
type Focus = { where: 'path'; param: string; kind: Kind } | { where: 'query'; name: string; kind: Kind } | { where: 'body'; slot: BodySlot; kind: Kind } | { where: 'multipart'; field: string; kind: Kind };

const focusLabel = (f: Focus) => (f.where === 'path' ? `{${f.param}}` : f.where === 'query' ? `?${f.name}` : f.where === 'body' ? `body ${f.slot.label}` : `field ${f.field}`);

const bodySlotKind = (slot: BodySlot): Kind | undefined => (slot.name === 'id' ? (slot.assigneeType ? ASSIGNEE_KINDS[slot.assigneeType] : NESTED_ID_KINDS[slot.label]) : BODY_KINDS[slot.name]);

/** Every place an operation takes an id, with its kind; unknown ones are listed in `unknown`. */
function focusesOf(op: Operation, unknown: string[] = []): Focus[] {
  const focuses: Focus[] = [];
  for (const param of op.pathParams) {
    const key = pathParamKey(op.path, param);
    if (PATH_KINDS[key]) focuses.push({ where: 'path', param, kind: PATH_KINDS[key] });
    else if (PATH_VALUES[key] === undefined) unknown.push(`${operationName(op)}: path parameter "${key}" — add it to PATH_KINDS (an id of which kind?) or PATH_VALUES`);
  }
  for (const q of op.query) {
    if (!isIdName(q.name)) continue;
    const kind = QUERY_KINDS[q.name];
    if (kind) focuses.push({ where: 'query', name: q.name, kind });
    else unknown.push(`${operationName(op)}: query parameter "${q.name}" — add it to QUERY_KINDS`);
  }
  if (op.body) {
    for (const slot of bodySlots(op.body)) {
      if (OWN_ROW_IDS[slot.label]) continue;
      const kind = bodySlotKind(slot);
      if (kind) focuses.push({ where: 'body', slot, kind });
      else unknown.push(`${operationName(op)}: body property "${slot.label}"${slot.assigneeType ? ` (type ${slot.assigneeType})` : ''} — add it to BODY_KINDS or ASSIGNEE_KINDS`);
    }
  }
  if (op.multipart) {
    const fields = MULTIPART_FIELDS[op.path];
    if (!fields) unknown.push(`${operationName(op)}: a multipart body — name its fields in MULTIPART_FIELDS`);
    for (const [field, value] of Object.entries(fields ?? {})) if (typeof value === 'object') focuses.push({ where: 'multipart', field, kind: value.kind });
  }
  if (!SAFE_METHODS.has(op.method) && focuses.length === 0 && !NAMES_NOTHING[operationName(op)]) {
    unknown.push(`${operationName(op)}: changes something but takes no id — say why in NAMES_NOTHING, or give it an id parameter the tables know`);
  }
  return focuses;
}

/** A query parameter's value made from its schema. */
const queryValue = (name: string, schema: JsonSchema) => String((makeValue({ type: 'object', properties: { [name]: schema }, required: [name] }, { idFor: () => NOWHERE }) as Record<string, unknown>)[name]);

type Request = { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer };

/**
 * The operation with `value` at the focus and the actor's own things everywhere else it needs an id,
 * so that the focused id is what the route must check (not one it turns away first).
 */
function buildRequest(op: Operation, actor: Actor, focus: Focus | undefined, value: string, own: (kind: Kind) => string): Request {
  let url = op.path;
  for (const param of op.pathParams) {
    const key = pathParamKey(op.path, param);
    const v = focus?.where === 'path' && focus.param === param ? value : (PATH_VALUES[key] ?? own(PATH_KINDS[key]!));
    url = url.replace(`{${param}}`, encodeURIComponent(v));
  }
  const query = new URLSearchParams();
  for (const q of op.query) {
    if (focus?.where === 'query' && focus.name === q.name) query.set(q.name, value);
    else if (q.required) {
      const kind = isIdName(q.name) ? QUERY_KINDS[q.name] : undefined;
      query.set(q.name, kind ? own(kind) : queryValue(q.name, q.schema));
    }
  }
  if ([...query.keys()].length > 0) url += `?${query}`;
  const headers: Record<string, string> = { cookie: actor.cookie };
  if (op.multipart) {
    const fields: Record<string, string> = {};
    for (const [field, v] of Object.entries(MULTIPART_FIELDS[op.path] ?? {})) {
      if (typeof v === 'string') fields[field] = v;
      else if (focus?.where === 'multipart' && focus.field === field) fields[field] = value;
    }
    const body = multipartBody(fields, { name: 'bao-cao.pdf', content: PDF, type: 'application/pdf' });
    return { method: op.method, url, headers: { ...headers, ...body.headers }, payload: body.payload };
  }
  if (op.body) {
    const focusSteps = focus?.where === 'body' ? focus.slot.steps : undefined;
    const payload = makeValue(op.body, {
      focus: focusSteps,
      idFor: (slot, focused) => (focused ? value : own(bodySlotKind(slot) ?? 'body')),
    });
    return { method: op.method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(payload) };
  }
  return { method: op.method, url, headers };
}

// ---- Reading answers --------------------------------------------------------------------------------------

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The text of an answer, a workbook's or document's inside its zip included. */
async function textOf(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (/spreadsheetml|wordprocessingml/.test(type)) {
    const zip = await JSZip.loadAsync(res.rawPayload);
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && f.name.endsWith('.xml')).map((f) => f.async('string')));
    return parts.join('\n');
  }
  if (/^(application\/json|text\/)/.test(type) || type === '') return res.body;
  return '';
}

/** What of the foreign bodies an answer shows: their ids (but `sent`, echoed back) and their names. */
async function foreignIn(res: LightMyRequestResponse, markers: { ids: Set<string>; names: string[] }, sent?: string): Promise<string[]> {
  const text = await textOf(res);
  const found = new Set<string>();
  for (const id of text.match(UUID) ?? []) if (markers.ids.has(id) && id !== sent) found.add(id);
  for (const name of markers.names) if (text.includes(name)) found.add(name);
  return [...found];
}

const codeOf = (res: LightMyRequestResponse): string | undefined => {
  try {
    return (res.json() as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
};
/** The same answer as for an unknown id: the same status and, for JSON, the same words (the id itself aside). */
function sameAnswer(res: LightMyRequestResponse, unknownRes: LightMyRequestResponse, id: string): boolean {
  if (res.statusCode !== unknownRes.statusCode) return false;
  const json = (r: LightMyRequestResponse) => String(r.headers['content-type'] ?? '').startsWith('application/json');
  if (!json(res) || !json(unknownRes)) return codeOf(res) === codeOf(unknownRes);
  return res.body.split(id).join(NOWHERE) === unknownRes.body;
}
const answer = (res: LightMyRequestResponse) => `${res.statusCode}${codeOf(res) ? ` ${codeOf(res)}` : ''}`;

// ---- The suite --------------------------------------------------------------------------------------------

describe.each(DIALECTS)('isolation between bodies on %s', (dialect) => {
  let t: TestApp;
  let tables: Tables;
  let ops: Operation[];
  let before: string;
  const actors: Actor[] = [];
  let address = 0;

  /** Each request from its own address, so the rate limits of sign-in and exports never answer for the route. */
  const send = (r: Request) => {
    address += 1;
    return t.app.inject({ method: r.method as 'GET', url: r.url, headers: r.headers, payload: r.payload, remoteAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` });
  };
  const sessions = new Map<string, string>();
  const signIn = async (username: string) => {
    const known = sessions.get(username);
    if (known) return known;
    const res = await send({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username}: ${res.statusCode} ${res.body}`);
    const cookie = `cchc_session=${res.cookies.find((c) => c.name === 'cchc_session')!.value}`;
    sessions.set(username, cookie);
    return cookie;
  };
  /** A request that must succeed: the setup, as the body's own people. */
  const as = async (username: string, method: string, url: string, body?: unknown) => {
    const cookie = await signIn(username);
    const res = await send({ method, url, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, payload: body === undefined ? undefined : JSON.stringify(body) });
    if (res.statusCode >= 300) throw new Error(`${username} ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const upload = async (username: string, url: string, fields: Record<string, string>) => {
    const cookie = await signIn(username);
    const body = multipartBody(fields, { name: 'bao-cao.pdf', content: PDF, type: 'application/pdf' });
    const res = await send({ method: 'POST', url, headers: { cookie, ...body.headers }, payload: body.payload });
    if (res.statusCode >= 300) throw new Error(`${username} POST ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };

  /**
   * The demo lived up to today leaves the province of Hà Tĩnh without plans, and no body with media files,
   * good practices sent, index results, jobs or external bodies: each body's own people add them, so every
   * kind has something to name in every body.
   */
  async function fillEveryBody() {
    const cdcUnit = await orgId(t.store, 'TCHC', 'CDC-HT');
    const plan = await as('cdc-ht.coordinator', 'POST', '/api/plans', {
      kind: 'cchc',
      year: 2026,
      title: 'Kế hoạch cải cách hành chính năm 2026 của CDC Hà Tĩnh',
      content: { bases: [], introduction: null, sections: [], targets: [], closing: null, recipients: [] },
      tasks: [{ number: '1', title: 'Rà soát thủ tục hành chính', reformArea: 'procedures', lead: { type: 'organization', id: cdcUnit }, coordinators: [], deadlineText: 'Hàng quý', outputText: 'Báo cáo', outputKind: 'report', note: null }],
    });
    await as('cdc-ht.coordinator', 'POST', `/api/plans/${plan.id}/transition`, { to: 'submitted' });
    await as('cdc-ht.director', 'POST', `/api/plans/${plan.id}/transition`, { to: 'issued' });
    const work = (await as('cdc-ht.tchc', 'GET', '/api/occurrences?mine=1&limit=1')).items[0];
    await upload('cdc-ht.tchc', `/api/occurrences/${work.id}/evidence`, {});
    await as('cdc-ht.tchc', 'POST', `/api/occurrences/${work.id}/evidence`, { url: 'https://cdc.hatinh.example.vn/bao-cao', name: 'Báo cáo trên cổng' });
    await as('syt-ht.coordinator', 'POST', '/api/legal-documents', { kind: 'decision', code: '77/QĐ-SYT', issuer: 'Sở Y tế tỉnh Hà Tĩnh', summary: 'Quyết định về cải cách hành chính' });

    for (const code of BODIES) {
      const prefix = code.toLowerCase();
      const bodyId = await orgId(t.store, code);
      // A draft of each body's own, for the writes that take an id in their body (a task's lead, a unit).
      await as(`${prefix}.coordinator`, 'POST', '/api/plans', { kind: 'cchc', year: 2027, title: `Dự thảo kế hoạch năm 2027 của ${code}` });
      const item = await as(`${prefix}.editor`, 'POST', '/api/media-items', { kind: 'news', title: `Tin thử nghiệm của ${code}` });
      await upload(`${prefix}.editor`, `/api/media-items/${item.id}/files`, { kind: 'attachment' });
      await as(`${prefix}.coordinator`, 'PUT', '/api/indices', { kind: 'par_index', scope: 'body', year: 2025, value: '85,5', rank: 6, rankOf: 34 });
      await as(`${prefix}.coordinator`, 'POST', '/api/external-bodies', { ownerId: bodyId, name: `Báo điện tử của ${code}` });
      await as(`${prefix}.admin`, 'POST', '/api/api-keys', { organizationId: bodyId, name: `Cổng thông tin của ${code}`, scope: 'read' });
      await as(`${prefix}.coordinator`, 'POST', '/api/exports', { kind: 'occurrences', bodyId, year: 2026 });
      // A procedure with a form and a posting with its photo (proof files are kept, forms can be removed).
      const procedure = await as(`${prefix}.coordinator`, 'POST', '/api/procedures', {
        scope: 'internal', code: `QT-${code}`, name: `Quy trình tiếp nhận hồ sơ của ${code}`, field: 'Hành chính', level: 'body',
        steps: [], dossier: [], fees: [], receivingPlaces: ['one_stop'], onlineLevel: 'none', issued: { effectiveOn: '2025-01-01' },
      });
      await upload(`${prefix}.coordinator`, `/api/procedures/${procedure.id}/forms`, {});
      await upload(`${prefix}.coordinator`, `/api/procedures/${procedure.id}/postings`, { place: 'premises', postedOn: '2025-01-05' });
      await as(`${prefix}.coordinator`, 'POST', '/api/feedback', { organizationId: bodyId, channel: 'hotline', subject: `Phản ánh thử nghiệm của ${code}`, content: 'Chờ khám lâu.' });
      // A satisfaction survey from the SIPAS template, left a draft so every write may still change it.
      await as(`${prefix}.coordinator`, 'POST', '/api/surveys', { organizationId: bodyId, template: 'sipas', title: `Khảo sát sự hài lòng của ${code}` });
      // A CCHC criteria set of the body's own (the demo's department of health of Lào Cai has this year's and last year's).
      const set = await as(`${prefix}.coordinator`, 'POST', '/api/scoring/criteria-sets', {
        organizationId: bodyId, year: 2027, name: `Bộ chỉ số CCHC năm 2027 của ${code}`,
        areas: [{ code: 'I', name: 'Công tác chỉ đạo, điều hành', maxPoints: 2, children: [{ code: 'I.1', name: 'Kế hoạch CCHC', maxPoints: 2 }] }],
        bands: [{ name: 'Tốt', minPoints: 1.5 }, { name: 'Chưa đạt', minPoints: 0 }],
      });
      // Hà Tĩnh's department of health scores its centre on it; the centre attaches a link (Lào Cai's round is the demo's).
      if (code === 'SYT-HT') {
        const reviewer = await t.store.db.selectFrom('users').select('id').where('username', '=', 'syt-ht.vp').executeTakeFirstOrThrow();
        const round = await as('syt-ht.coordinator', 'POST', '/api/scoring/rounds', { criteriaSetId: set.id, bodyIds: [await orgId(t.store, 'CDC-HT')], selfDeadline: '2099-12-01', reviewDeadline: '2099-12-31', reviewerIds: [reviewer.id] });
        await as('cdc-ht.coordinator', 'POST', `/api/scoring/assessments/${round.bodies[0].assessmentId}/evidence`, { source: 'link', criterionCode: 'I.1', url: 'https://cdc.hatinh.example.vn/ke-hoach-cchc', name: 'Kế hoạch CCHC' });
      }
      // A good practice sent up: a published item of the body's own marked as one.
      const published = await t.store.db
        .selectFrom('media_items')
        .select('id')
        .where('organization_id', '=', bodyId)
        .where('state', '=', 'published')
        .orderBy('id')
        .executeTakeFirst();
      if (published && code !== 'SYT-LC' && code !== 'SYT-HT') {
        await t.store.db.updateTable('media_items').set({ good_practice: 1 }).where('id', '=', published.id).execute();
        await as(`${prefix}.editor`, 'POST', '/api/good-practices/submissions', { month: '2026-03', itemIds: [published.id] });
      }
    }
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { demoHistory: true });
    await fillEveryBody();
    tables = await readTables(t);
    // The citizen pages under /p/ name a body by its public code, not an id: tests/api/public-*.test.ts keep them to their body.
    ops = operationsOf(t.app).filter((op) => op.path.startsWith('/api/'));
    for (const body of ACTOR_BODIES) {
      for (const role of ROLES) {
        const username = `${body.toLowerCase()}.${role === 'reporter' ? REPORTER[body] : role}`;
        const user = await t.store.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
        actors.push({ username, body, role, userId: user.id, cookie: await signIn(username) });
      }
    }
    before = await databaseChecksum(t.store);
  });
  afterAll(() => t.close());

  /** An id of the actor's own body for every place but the focused one: a draft where there is one, another person for a user. */
  const ownFor = (actor: Actor) => (kind: Kind) => {
    const ids = tables.ids.get(actor.body)!.get(kind) ?? [];
    const draft = tables.drafts.get(actor.body)!.get(kind)?.[0];
    // A department, not the body itself: the body is its superior's to move or retire.
    if (kind === 'organization') return tables.ids.get(actor.body)!.get('unit')![0] ?? NOWHERE;
    return (kind === 'user' ? ids.find((id) => id !== actor.userId) : (draft ?? ids[0])) ?? NOWHERE;
  };
  const actorOf = (body: BodyCode, role: (typeof ROLES)[number]) => actors.find((a) => a.body === body && a.role === role)!;
  /** `npm test`: each role at one of the two bodies, turn about, against one foreign body; the soak: all of them. */
  const pick = <T,>(all: readonly T[], turn: number): T[] => (SOAK ? [...all] : [all[turn % all.length]!]);

  it('knows what every id the description takes is an id of, and finds one of each kind in every body', () => {
    const unknown: string[] = [];
    for (const op of ops) focusesOf(op, unknown);
    expect(unknown, 'A route takes an id this suite cannot name; teach it the kind in tests/security/isolation.test.ts').toEqual([]);
    const missing: string[] = [];
    const targets = new Set(ACTOR_BODIES.flatMap((b) => FOREIGN[b]));
    for (const body of targets) {
      for (const [kind, ids] of tables.ids.get(body)!) if (ids.length === 0 && !(DEPARTMENT_OF_HEALTH_ONLY.has(kind) && !isDepartmentOfHealth(body))) missing.push(`${kind} in ${body}`);
    }
    expect(missing, 'fillEveryBody must give every body something of each kind').toEqual([]);
  });

  it('answers another body’s ids, in the path, the query and the body, as ids that do not exist, for every role', { timeout: SOAK ? 600_000 : 180_000 }, async () => {
    const leaks: string[] = [];
    let requests = 0;
    const tries = ops.flatMap((op) => focusesOf(op).map((focus) => ({ op, focus })));
    for (const [i, { op, focus }] of tries.entries()) {
      if (SHARED_READ.has(focus.kind) && SAFE_METHODS.has(op.method)) continue;
      for (const [r, role] of ROLES.entries()) {
        for (const body of pick(ACTOR_BODIES, i + r)) {
          const actor = actorOf(body, role);
          const own = ownFor(actor);
          const where = `${actor.username} ${operationName(op)} ${focusLabel(focus)}`;
          const unknownRes = await send(buildRequest(op, actor, focus, NOWHERE, own));
          requests += 1;
          // The schema's own refusal (the error handler's wording): the made-up request never reached the route.
          if (codeOf(unknownRes) === 'VALIDATION_FAILED' && unknownRes.body.includes('Dữ liệu không hợp lệ ở')) {
            leaks.push(`${where}: the made-up request is not valid, so the route was not tried: ${unknownRes.body.slice(0, 300)}`);
            continue;
          }
          for (const target of pick(FOREIGN[body], Math.floor((i + r) / 2))) {
            const candidates = tables.ids.get(target)!.get(focus.kind)!;
            for (const id of pick(candidates.slice(0, SOAK ? 3 : 2), i)) {
              const res = await send(buildRequest(op, actor, focus, id, own));
              requests += 1;
              const of = `${where}=${focus.kind} of ${target}`;
              if (SHARED_READ.has(focus.kind)) {
                // Readable by all, so "you may not change it" tells nothing new.
                if (res.statusCode !== 403 && res.statusCode !== 404) leaks.push(`${of}: ${answer(res)} ${res.body.slice(0, 200)}`);
                continue;
              }
              // Refused, in words that must then be those an unknown id gets (a 409 "no body above" alike).
              const refused = res.statusCode >= 400 && res.statusCode < 500;
              const emptyList = SAFE_METHODS.has(op.method) && focus.where === 'query' && res.statusCode === 200;
              if (!refused && !emptyList) leaks.push(`${of}: ${answer(res)} (unknown id: ${answer(unknownRes)}) ${res.body.slice(0, 200)}`);
              else if (!sameAnswer(res, unknownRes, id)) leaks.push(`${of}: ${res.statusCode} ${res.body.slice(0, 300)} but an unknown id gets ${unknownRes.statusCode} ${unknownRes.body.slice(0, 300)}, so the answer tells the id exists`);
              if (res.statusCode < 300) {
                const shown = await foreignIn(res, tables.markers.get(target)!, id);
                if (shown.length > 0) leaks.push(`${of}: the answer shows ${target}'s ${shown.slice(0, 5).join(', ')}`);
              }
            }
          }
        }
      }
    }
    expect(leaks, `${leaks.length} of ${requests} requests`).toEqual([]);
    expect(await databaseChecksum(t.store)).toBe(before);
  });

  it('shows nothing of another body in any list, to any role', { timeout: SOAK ? 600_000 : 120_000 }, async () => {
    const leaks: string[] = [];
    const lists = ops.filter((op) => op.method === 'GET' && op.pathParams.length === 0 && !SHARED_LISTS.has(operationName(op)));
    for (const [i, op] of lists.entries()) {
      for (const [r, role] of ROLES.entries()) {
        for (const body of pick(ACTOR_BODIES, i + r)) {
          const actor = actorOf(body, role);
          const res = await send(buildRequest(op, actor, undefined, NOWHERE, ownFor(actor)));
          if (res.statusCode >= 500) leaks.push(`${actor.username} ${operationName(op)}: ${answer(res)}`);
          if (res.statusCode >= 300) continue;
          for (const target of FOREIGN[body]) {
            const shown = await foreignIn(res, tables.markers.get(target)!);
            if (shown.length > 0) leaks.push(`${actor.username} ${operationName(op)}: shows ${target}'s ${shown.slice(0, 5).join(', ')}`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('changed nothing in all those attempts', async () => {
    expect(await databaseChecksum(t.store)).toBe(before);
  });

  it('keeps another body’s task out of a plan’s task table', async () => {
    const coordinator = actorOf('BVSN', 'coordinator');
    const draft = tables.drafts.get('BVSN')!.get('plan')![0]!;
    for (const target of FOREIGN.BVSN) {
      const theirs = tables.ids.get(target)!.get('task')![0]!;
      const before = await t.store.db.selectFrom('tasks').selectAll().where('id', '=', theirs).executeTakeFirstOrThrow();
      const row = { id: theirs, number: '1', title: 'Nhiệm vụ mang mã của đơn vị khác', reformArea: 'other', lead: null, coordinators: [], deadlineText: 'Quý IV năm 2027', outputText: null, outputKind: null, note: null };
      const res = await send({ method: 'PATCH', url: `/api/plans/${draft}`, headers: { cookie: coordinator.cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ tasks: [row] }) });
      expect(res.statusCode, res.body).toBe(200);
      // The id is only looked for among the plan's own tasks: the row is a new task of this plan.
      expect(res.json().tasks.map((task: { id: string; title: string }) => [task.id === theirs, task.title])).toEqual([[false, row.title]]);
      expect(await t.store.db.selectFrom('tasks').selectAll().where('id', '=', theirs).executeTakeFirstOrThrow()).toEqual(before);
    }
  });
});
