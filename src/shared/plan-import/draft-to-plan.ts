import { PLAN_KINDS, REFORM_AREAS, type PlanKind, type ReformArea } from '../plan-vocabulary';
import type { ImportedSection, ImportedTask, PlanDraft } from '../schemas/plan-import';
import type { AssigneeRef, PlanContent, Section, SectionRole, TaskInput } from '../schemas/plans';
import { foldText } from '../fold';

/** What POST /api/plans takes from an imported plan (the body stays the caller's own). */
export type ImportedPlanBody = {
  kind: PlanKind;
  year: number;
  title: string;
  placeName: string | null;
  signingAuthority: string | null;
  signerTitle: string | null;
  signerName: string | null;
  content: PlanContent;
  tasks: TaskInput[];
};

/** The reference each written lead or coordinator resolved to; a name left out or null assigns nobody. */
export type ResolvedAssignees = Record<string, AssigneeRef | null>;

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const cutOrNull = (text: string | null, max: number) => (text?.trim() ? cut(text.trim(), max) : null);

/** What a heading says a section is, so reports and the document writer find it in the saved plan. */
const ROLE_WORDS: [RegExp, SectionRole][] = [
  [/^muc dich,? (va )?yeu cau/, 'purposes_requirements'],
  [/^muc dich/, 'purposes'],
  [/^yeu cau/, 'requirements'],
  [/^muc tieu/, 'objectives'],
  [/^chi tieu/, 'targets'],
  [/^noi dung/, 'content'],
  [/^hinh thuc/, 'forms'],
  [/^doi tuong/, 'audiences'],
  [/^nhiem vu/, 'tasks'],
  [/^giai phap/, 'solutions'],
  [/^kinh phi/, 'budget'],
  [/^to chuc thuc hien|^trach nhiem/, 'responsibilities'],
];

function roleOf(heading: string | null): SectionRole | null {
  if (!heading) return null;
  const folded = foldText(heading);
  return ROLE_WORDS.find(([re]) => re.test(folded))?.[1] ?? null;
}

function toSection(s: ImportedSection): Section {
  return {
    numbering: cut(s.numbering ?? '', 20),
    heading: cutOrNull(s.heading, 2000),
    text: cutOrNull(s.text, 20_000),
    role: roleOf(s.heading),
    reformArea: null,
    assignee: null,
    children: s.items.slice(0, 500).map(toSection),
  };
}

/** The budget and responsibilities the parser read apart, added only when the sections do not already hold them. */
function withOwnParts(draft: PlanDraft, sections: Section[]): Section[] {
  const has = (role: SectionRole) => sections.some((s) => s.role === role);
  const out = [...sections];
  if (draft.budget?.trim() && !has('budget')) out.push({ ...toSection({ heading: 'Kinh phí', numbering: null, text: draft.budget, items: [] }), role: 'budget' });
  if (draft.responsibilities.length > 0 && !has('responsibilities'))
    out.push({ ...toSection({ heading: 'Tổ chức thực hiện', numbering: null, text: null, items: draft.responsibilities }), role: 'responsibilities' });
  return out;
}

function refOf(name: string | null, assignees: ResolvedAssignees): AssigneeRef | null {
  return name ? (assignees[name] ?? null) : null;
}

function toTask(task: ImportedTask, index: number, kind: PlanKind, assignees: ResolvedAssignees): TaskInput {
  const lead = refOf(task.lead, assignees);
  const seen = new Set(lead ? [`${lead.type}:${lead.id}`] : []);
  const coordinators: AssigneeRef[] = [];
  for (const name of task.coordinators) {
    const ref = refOf(name, assignees);
    if (ref && !seen.has(`${ref.type}:${ref.id}`)) {
      seen.add(`${ref.type}:${ref.id}`);
      coordinators.push(ref);
    }
  }
  const area = REFORM_AREAS.find((a) => a === task.reformArea) ?? (kind === 'cchc' ? 'other' : 'communication');
  return {
    number: cut(task.number?.trim() || String(index + 1), 20),
    title: cut(task.task.trim(), 5000),
    reformArea: area as ReformArea,
    lead,
    coordinators: coordinators.slice(0, 50),
    deadlineText: cut(task.deadline?.trim() ?? '', 500),
    outputText: cutOrNull(task.output, 1000),
    outputKind: null,
    note: cutOrNull(task.note, 2000),
    weight: 1,
  };
}

/**
 * Turns a reviewed import into the body of POST /api/plans: the plan's heading fields, its text and
 * its appendix, with each lead and coordinator replaced by what the person chose for that name.
 */
export function draftToPlan(draft: PlanDraft, assignees: ResolvedAssignees, today: Date = new Date()): ImportedPlanBody {
  const kind = PLAN_KINDS.find((k) => k === draft.kind) ?? 'other';
  const year = draft.year ?? (draft.date ? Number(draft.date.slice(0, 4)) : today.getFullYear());
  return {
    kind,
    year,
    title: cut(draft.title?.trim() ?? '', 1000),
    placeName: cutOrNull(draft.place, 100),
    signingAuthority: cutOrNull(draft.signingTitle, 100),
    signerTitle: cutOrNull(draft.signerTitle, 100),
    signerName: cutOrNull(draft.signer, 100),
    content: {
      bases: draft.bases.map((b) => cut(b.trim(), 5000)).filter(Boolean).slice(0, 100),
      introduction: cutOrNull(draft.introduction, 10_000),
      sections: withOwnParts(draft, draft.sections.slice(0, 200).map(toSection)),
      targets: [],
      closing: null,
      recipients: draft.recipients.map((r) => cut(r.trim(), 300)).filter(Boolean).slice(0, 100),
    },
    tasks: draft.tasks.filter((t) => t.task.trim()).slice(0, 500).map((t, i) => toTask(t, i, kind, assignees)),
  };
}

/** Every lead and coordinator name the draft's tasks write, in order of appearance. */
export function assigneeNamesOf(draft: Pick<PlanDraft, 'tasks'>): string[] {
  return [...new Set(draft.tasks.flatMap((t) => [t.lead ?? '', ...t.coordinators]).filter((n) => n.trim()))];
}
