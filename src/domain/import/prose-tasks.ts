import type { ImportedSection, ImportedTask } from '../../shared/schemas/plan-import';
import { splitCoordinators } from './coordinators';
import { readDeadline } from './read-deadline';
import { reformAreaOf } from './reform-area';
import { withoutListEnd } from './text-shape';

/** "Đơn vị chủ trì thực hiện: …", "Cơ quan chủ trì: …", "Chủ trì: …", "Đơn vị thực hiện: …". */
const LEAD = /^(?:(?:(?:Đơn vị|Cơ quan|Bộ phận)\s+)?chủ\s+trì[^:]{0,30}|(?:Đơn vị|Cơ quan|Bộ phận)\s+thực\s+hiện)\s*:\s*(.*)$/iu;
/** "Đơn vị phối hợp: …", "cơ quan phối hợp: …". */
const COORDINATORS = /^(?:(?:Đơn vị|Cơ quan|Bộ phận)\s+)?phối\s+hợp[^:]{0,30}:\s*(.*)$/iu;
/** "Thời gian thực hiện: …", "Thời hạn hoàn thành: …", "Tiến độ: …". */
const DEADLINE = /^(?:Thời gian|Thời hạn|Tiến độ)[^:]{0,25}:\s*(.*)$/iu;

type Labels = { lead: string | null; coordinators: string | null; deadline: string | null };

/**
 * Tasks a plan writes in its text instead of a table: an item ("2. Tăng cường tuyên truyền …") followed
 * by "Đơn vị chủ trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …" lines, or with the three in one
 * line ("- Cơ quan chủ trì: A; cơ quan phối hợp: B; thời gian: C"). The task is the item they stand under.
 */
export function readProseTasks(sections: readonly ImportedSection[], year: number, fallbackArea: string | null): { tasks: ImportedTask[]; reasons: (string | null)[] } {
  const tasks: ImportedTask[] = [];
  const reasons: (string | null)[] = [];
  const visit = (node: ImportedSection, area: string | null) => {
    const ownArea = reformAreaOf(node.heading ?? '') ?? area;
    const runs = labelledItems(node);
    const emit = ([owner, labels]: [ImportedSection, Labels]) => {
      const task = withoutListEnd(owner.heading ?? owner.text ?? '');
      if (task === '' || labels.lead === null) return;
      const read = labels.deadline === null ? null : readDeadline(labels.deadline, year);
      tasks.push({
        number: owner.numbering,
        task,
        lead: labels.lead,
        coordinators: splitCoordinators(labels.coordinators),
        deadline: labels.deadline,
        schedule: read?.schedule ?? null,
        output: null,
        note: null,
        reformArea: reformAreaOf(task) ?? ownArea ?? fallbackArea,
        origin: 'text',
      });
      reasons.push(read?.reason ?? null);
    };
    // In the order of the document: a run of labels is read where it stands among the items.
    node.items.forEach((item, index) => {
      runs.filter((run) => run.at === index).forEach((run) => emit(run.task));
      visit(item, ownArea);
    });
  };
  for (const section of sections) visit(section, null);
  return { tasks, reasons };
}

/**
 * Each run of label lines in `node`'s items, with the task it stands under: the nearest numbered item
 * above it in the list (an item of text, "5. Nghiên cứu … .", keeps no paragraphs of its own, so its labels
 * land in its parent's list); else `node` itself when it has one run; else the items just above the run.
 */
function labelledItems(node: ImportedSection): { at: number; task: [ImportedSection, Labels] }[] {
  const runs: { at: number; above: ImportedSection[]; labels: Labels }[] = [];
  let above: ImportedSection[] = [];
  let open: Labels | null = null;
  for (const [index, item] of node.items.entries()) {
    const found = labelsOf(item.text ?? item.heading ?? '');
    if (found === null) {
      if (open !== null) above = [];
      open = null;
      above.push(item);
      continue;
    }
    if (open === null) {
      open = { lead: null, coordinators: null, deadline: null };
      runs.push({ at: index, above, labels: open });
    }
    open.lead ??= found.lead;
    open.coordinators ??= found.coordinators;
    open.deadline ??= found.deadline;
  }
  return runs.map(({ at, above: items, labels }) => {
    const numbered = items.filter((item) => item.numbering !== null && !/^[-–—+•*]$/u.test(item.numbering));
    const last = numbered[numbered.length - 1];
    if (last) return { at, task: [last, labels] };
    if (runs.length === 1 || items.length === 0) return { at, task: [node, labels] };
    const text = items.map((item) => withoutListEnd(item.text ?? item.heading ?? '')).join('; ');
    return { at, task: [{ heading: null, numbering: null, text, items: [] }, labels] };
  });
}

/** The lead, coordinators and deadline one paragraph writes, or null when it writes none of them. */
function labelsOf(text: string): Labels | null {
  const labels: Labels = { lead: null, coordinators: null, deadline: null };
  for (const part of text.split(/;\s*(?=(?:\S+\s+){0,3}(?:chủ\s+trì|phối\s+hợp|thời gian|thời hạn|tiến độ))/iu)) {
    const value = (pattern: RegExp) => {
      const match = pattern.exec(part.trim());
      return match ? withoutListEnd(match[1] ?? '') || null : null;
    };
    labels.lead ??= value(LEAD);
    labels.coordinators ??= value(COORDINATORS);
    labels.deadline ??= value(DEADLINE);
  }
  return labels.lead === null && labels.coordinators === null && labels.deadline === null ? null : labels;
}
