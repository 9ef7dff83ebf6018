import { addDays, type IsoDate } from '../../domain/calendar/iso-day';
import { plannedOccurrences } from '../../domain/plans/occurrences';
import { newId } from '../../db/ids';
import type { PlanRow } from '../../db/repositories/plans';
import type { TaskRow } from '../../db/repositories/tasks';
import { foldText } from '../../shared/fold';
import type { PlanKind } from '../../shared/plan-vocabulary';
import type { AssigneeRef, PlanContent } from '../../shared/schemas/plans';
import { parseSchedule } from '../commands/save-task-table';
import { DEMO_PLANS, type DemoTask } from '../demo/seed-plans';
import { demoOutcome, type DemoStep } from '../demo/history/outcomes';
import type { RowBuffer } from './batch-insert';
import type { GeneratedBody, GeneratedProvince, Person } from './generate-tree';
import type { Random } from './random';

/** Deadlines as plans write them; `{y}` is the plan's year. Each is read by the same parser as a typed one. */
const DEADLINES = [
  'Hằng tháng', 'Hằng quý', 'Hằng quý', 'Thường xuyên', 'Quý I/{y}', 'Quý II/{y}', 'Quý III năm {y}', 'Quý IV/{y}',
  'Trước ngày 31/3/{y}', 'Trước ngày 30/6/{y}', 'Trước ngày 15/9/{y}', 'Trước ngày 15/12/{y}', 'Tháng 9/{y}', 'Tháng 11/{y}',
  '6 tháng đầu năm {y}', 'Trong năm {y}', 'Tháng 3 và tháng 9/{y}', 'Năm {y}',
];

/** The three plans a body issues each year, and where their tasks are drawn from. */
const PLAN_SHAPES: readonly { kind: PlanKind; title: (body: string, year: number) => string; pool: 'cchc' | 'communication' }[] = [
  { kind: 'cchc', title: (_b, y) => `Kế hoạch cải cách hành chính năm ${y}`, pool: 'cchc' },
  { kind: 'communication', title: (_b, y) => `Kế hoạch tuyên truyền cải cách hành chính năm ${y}`, pool: 'communication' },
  { kind: 'other', title: (_b, y) => `Kế hoạch kiểm tra công tác cải cách hành chính năm ${y}`, pool: 'cchc' },
];

/** The demo's tasks, read from real plans, as the pool generated plans draw their rows from. */
const POOLS: Record<'cchc' | 'communication', DemoTask[]> = {
  cchc: DEMO_PLANS.filter((p) => p.kind === 'cchc').flatMap((p) => p.tasks),
  communication: DEMO_PLANS.filter((p) => p.kind !== 'cchc').flatMap((p) => p.tasks),
};

function contentOf(body: GeneratedBody, parent: PlanRow | null, title: string, year: number): PlanContent {
  const intro = parent
    ? `Thực hiện Kế hoạch số ${parent.number}/${parent.symbol} của Sở Y tế về ${parent.title.replace(/^Kế hoạch /, '').toLowerCase()}, ${body.org.name} xây dựng ${title.toLowerCase().replace(/^kế hoạch/, 'Kế hoạch')} như sau:`
    : `${body.org.name} xây dựng ${title.replace(/^Kế hoạch/, 'Kế hoạch')} như sau:`;
  return {
    bases: ['Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030'],
    introduction: intro,
    sections: [
      { numbering: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', text: 'Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính; gắn trách nhiệm người đứng đầu với kết quả thực hiện.', role: 'purposes_requirements', reformArea: null, assignee: null, children: [] },
      { numbering: 'II', heading: 'NHIỆM VỤ TRỌNG TÂM', text: 'Chi tiết tại Phụ lục kèm theo.', role: 'tasks', reformArea: null, assignee: null, children: [] },
      { numbering: 'III', heading: 'TỔ CHỨC THỰC HIỆN', text: 'Các khoa, phòng căn cứ Kế hoạch triển khai thực hiện, báo cáo kết quả định kỳ hằng quý.', role: 'responsibilities', reformArea: null, assignee: null, children: [] },
    ],
    targets: [],
    closing: `Trên đây là ${title} của ${body.org.name}.`,
    recipients: ['Sở Y tế (để báo cáo)', 'Ban Giám đốc', 'Các khoa, phòng', 'Lưu: VT'],
  };
}

type PlanPlace = { body: GeneratedBody; province: GeneratedProvince; isDoh: boolean };

/** Who leads a generated task: a department of health names its bodies, a body its departments. */
function leadOf(random: Random, place: PlanPlace): { ref: AssigneeRef | null; responsible: string[] } {
  const r = random.next();
  if (place.isDoh) {
    if (r < 0.08) return { ref: { type: 'group', id: place.province.allBodiesGroupId }, responsible: place.province.bodies.map((b) => b.org.id) };
    if (r < 0.3) {
      const office = random.pick(place.body.units);
      return { ref: { type: 'organization', id: office.id }, responsible: [office.id] };
    }
    const body = random.pick(place.province.bodies);
    return { ref: { type: 'organization', id: body.org.id }, responsible: [body.org.id] };
  }
  if (r < 0.04) return { ref: { type: 'group', id: place.body.allUnitsGroupId }, responsible: place.body.units.map((u) => u.id) };
  if (r < 0.1) return { ref: null, responsible: [place.body.org.id] };
  const unit = random.pick(place.body.units);
  return { ref: { type: 'organization', id: unit.id }, responsible: [unit.id] };
}

const stamp = (day: IsoDate, order: number) => `${day}T${String(1 + (order % 9)).padStart(2, '0')}:${String((order * 7) % 60).padStart(2, '0')}:00.000Z`;

/**
 * The three plans a body issued in a year with their tasks, and each task's periods as they went up to
 * today: the same expansion of deadlines as the task table, and the demo's mix of outcomes (most on
 * time, some late, some returned once, a few still late and open, part of the coming work under way).
 * A plan of a past year is closed. Returns the plans, so a body's plans can name the department of
 * health's as their parents.
 */
export function generatePlans(rows: RowBuffer, random: Random, place: PlanPlace, year: number, parents: readonly PlanRow[], today: IsoDate, numberFrom: number): PlanRow[] {
  const plans: PlanRow[] = [];
  for (const [i, shape] of PLAN_SHAPES.entries()) {
    const issuedOn = addDays(`${year}-01-08`, place.isDoh ? i * 3 : 10 + i * 4 + random.int(0, 10));
    if (issuedOn > today) continue;
    const title = shape.title(place.body.org.name, year);
    const parent = parents.find((p) => p.kind === shape.kind) ?? null;
    const number = numberFrom + i;
    const plan: PlanRow = {
      id: newId(),
      organization_id: place.body.org.id,
      parent_plan_id: parent?.id ?? null,
      previous_plan_id: null,
      kind: shape.kind,
      year,
      number,
      symbol: `KH-${place.body.org.document_code ?? place.body.org.code}`,
      place_name: place.body.org.place_name,
      issued_on: issuedOn,
      title,
      title_folded: foldText(title),
      state: year < Number(today.slice(0, 4)) ? 'closed' : 'issued',
      version: 1,
      content_json: JSON.stringify(contentOf(place.body, parent, title, year)),
      signing_authority: place.isDoh ? 'KT. GIÁM ĐỐC' : 'GIÁM ĐỐC',
      signer_title: place.isDoh ? 'PHÓ GIÁM ĐỐC' : null,
      signer_name: place.body.director.name,
      created_by: place.body.coordinator.id,
      created_at: `${addDays(issuedOn, -5)}T02:00:00.000Z`,
      updated_at: `${issuedOn}T02:00:00.000Z`,
    };
    rows.add('plans', plan);
    const pool = POOLS[shape.pool];
    for (let t = 0; t < 40; t++) {
      const from = random.pick(pool);
      const deadlineText = random.pick(DEADLINES).replaceAll('{y}', String(year));
      const schedule = parseSchedule(deadlineText, year);
      const lead = leadOf(random, place);
      const task: TaskRow = {
        id: newId(),
        plan_id: plan.id,
        parent_task_id: null,
        position: t,
        number: String(t + 1),
        title: from.title,
        title_folded: foldText(from.title),
        reform_area: from.reformArea,
        lead_json: lead.ref ? JSON.stringify(lead.ref) : null,
        coordinators_json: '[]',
        deadline_text: deadlineText,
        schedule_json: schedule ? JSON.stringify(schedule) : null,
        output_text: from.outputText,
        output_kind: from.outputKind,
        note: null,
        weight: 1,
        created_at: plan.created_at,
        updated_at: plan.updated_at,
      };
      rows.add('tasks', task);
      for (const planned of plannedOccurrences(schedule, lead.responsible)) writeOccurrence(rows, random, place, plan, task, planned, today);
    }
    plans.push(plan);
  }
  // The body's register stands at its last plan's number, so the next plan it writes takes the one after.
  const last = plans.at(-1);
  if (last?.number) rows.add('document_number_registers', { organization_id: place.body.org.id, year, document_kind: 'KH', last_number: last.number });
  return plans;
}

function writeOccurrence(rows: RowBuffer, random: Random, place: PlanPlace, plan: PlanRow, task: TaskRow, planned: { organizationId: string; start: string | null; end: string | null; due: string | null }, today: IsoDate): void {
  const id = newId();
  // The outcome's key comes from the seeded stream, not the id (random), so one seed gives one dataset.
  const key = String(random.next());
  const outcome = planned.due ? demoOutcome(key, { start: planned.start, due: planned.due }, today) : null;
  const unitPerson = unitPersonOf(place, planned.organizationId);
  const reviewer = place.body.coordinator;
  const person = (s: DemoStep) => (s.by === 'unit' ? unitPerson : reviewer);
  const last = outcome?.steps.at(-1);
  rows.add('occurrences', {
    id,
    task_id: task.id,
    plan_id: plan.id,
    organization_id: planned.organizationId,
    period_start: planned.start,
    period_end: planned.end,
    due: planned.due,
    status: outcome?.status ?? 'not_started',
    progress: outcome?.progress ?? 0,
    note: outcome?.note ?? null,
    detached_at: null,
    submitted_on: outcome?.submittedOn ?? null,
    completed_on: outcome?.completedOn ?? null,
    updated_by: last ? person(last).id : null,
    created_at: plan.created_at,
    updated_at: last ? stamp(last.on, 9) : plan.updated_at,
  });
  if (!outcome) return;
  for (const [order, s] of outcome.steps.entries()) {
    const by = person(s);
    rows.add('occurrence_events', { id: newId(), occurrence_id: id, at: stamp(s.on, order), actor_id: by.id, actor_name: by.name, kind: s.kind, status: s.status, progress: s.progress, note: s.note, comment: s.comment });
  }
  // Half the finished work carries a link to its proof, as units attach the report or the published page.
  if (outcome.status === 'done' && random.chance(0.5)) {
    rows.add('evidence', { id: newId(), occurrence_id: id, kind: 'link', name: 'Báo cáo kết quả thực hiện', media_type: null, size: null, storage_key: null, url: `https://vanban.${place.province.index}.gov.vn/van-ban/${id.slice(0, 8)}`, created_by: unitPerson.id, created_by_name: unitPerson.name, created_at: stamp(outcome.submittedOn ?? today, 0), sha256: null });
  }
}

/** Who records a period's work: the department's reporter, or for a body (or its own rows) its coordinator. */
function unitPersonOf(place: PlanPlace, organizationId: string): Person {
  const reporter = place.body.reporterOf.get(organizationId);
  if (reporter) return reporter;
  const body = place.province.bodies.find((b) => b.org.id === organizationId);
  return body?.coordinator ?? place.body.coordinator;
}
