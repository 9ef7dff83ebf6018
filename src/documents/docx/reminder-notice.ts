import { addWorkingDays } from '../../domain/calendar';
import { formatDateVi, monthRange } from '../../domain/schedule';
import { readIsoDate } from '../../domain/schedule/calendar';
import type { IsoDate, Month } from '../../domain/schedule/schedule';
import { filingLine } from '../../domain/documents/list-punctuation';
import { punctuateList } from '../../shared/plan-document/document-text';
import { letterSymbol } from '../../domain/documents/numbering';
import { describePeriod } from '../../domain/occurrences/period-label';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { officialDocumentBuffer, type BodyBlock, type OfficialDocumentParts, type SignaturePart } from './official-document';

/** A plan the notice cites: "Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế tỉnh Lào Cai về …". */
export type PlanReference = { number: number | null; symbol: string; issuedOn: IsoDate | null; title: string; issuerName: string };

/** One period of a task that is still open past its due date. */
export type LateWork = {
  task: string;
  /** The plan it belongs to, by number and symbol ("06/KH-SYT"). */
  plan: { number: number | null; symbol: string };
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  due: IsoDate;
  /** Calendar days past due, as the lateness rule counts them. */
  daysLate: number;
  /** The status as the unit reads it on screen ("Chưa thực hiện"). */
  statusLabel: string;
  progress: number;
};

/** Everything a văn bản đôn đốc says, gathered by the server; the writer only lays it out. */
export type ReminderNoticeData = {
  issuer: { superiorName: string | null; name: string; documentCode: string; placeName: string | null };
  /** The office that drafts and files the notice ("VP", "TCHC"), with its name for "qua …". */
  draftingOffice: { code: string; name: string } | null;
  /** The day lateness was computed on. */
  asOf: IsoDate;
  /** The signing date; null leaves it blank for the clerk. */
  date: IsoDate | null;
  plans: PlanReference[];
  departments: { name: string; items: LateWork[] }[];
  /** Working days the departments have to finish and report. */
  reportWithinWorkingDays: number;
  signature: SignaturePart;
};

const REMINDER_SUMMARY = 'Đôn đốc thực hiện nhiệm vụ cải cách hành chính chậm tiến độ';

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "về việc triển khai …": the title runs on in lower case unless it starts with an abbreviation. */
function about(title: string): string {
  const t = title.trim();
  const lowered = /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLocaleLowerCase('vi') + t.slice(1) : t;
  return `về việc ${lowered.replace(/^về việc\s+/u, '')}`;
}

function planCitation(p: PlanReference): string {
  const date = p.issuedOn ? ` ngày ${formatDateVi(p.issuedOn)}` : '';
  return `Kế hoạch số ${formatPlanNumber(p.number, p.symbol)}${date} của ${p.issuerName} ${about(p.title)}`;
}

/** "Tháng 7/2026" for a month's work (monthly tasks are the most common late ones), else as plans name periods. */
function periodName(w: LateWork): string {
  const start = w.periodStart;
  if (start && w.periodEnd) {
    const { year, month } = readIsoDate(start);
    const span = monthRange(year, month as Month);
    if (span.start === start && span.end === w.periodEnd) return `Tháng ${month}/${year}`;
  }
  return describePeriod(w.periodStart, w.periodEnd);
}

const lateness = (w: LateWork) => `thời hạn ${formatDateVi(w.due)}, quá hạn ${w.daysLate} ngày`;
const state = (w: LateWork) => `${w.statusLabel}, tiến độ ${w.progress}%`;

/**
 * One line per task: a monthly task late for ten months is one line naming its ten periods, not ten
 * lines repeating its title. The state is said once when every period is in the same one.
 */
function lateTaskLine(periods: LateWork[]): string {
  const first = periods[0]!;
  const head = `- ${first.task} (Kế hoạch số ${formatPlanNumber(first.plan.number, first.plan.symbol)})`;
  const named = (w: LateWork) => (periodName(w) ? `kỳ ${periodName(w)}` : 'kỳ thực hiện');
  if (periods.length === 1) return `${head}: ${named(first)}, ${lateness(first)}; trạng thái: ${state(first)}`;
  const uniform = periods.every((w) => state(w) === state(first));
  const list = periods.map((w) => `${named(w)} (${lateness(w)}${uniform ? '' : `; ${state(w)}`})`).join(', ');
  return `${head}: ${twoDigits(periods.length)} kỳ quá hạn: ${list}${uniform ? `; trạng thái: ${state(first)}` : ''}`;
}

/** The department's late periods grouped by task, in the order the tasks first fell due. */
function byTask(items: LateWork[]): LateWork[][] {
  const groups = new Map<string, LateWork[]>();
  for (const w of items) {
    const key = `${w.plan.symbol}|${w.plan.number}|${w.task}`;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  return [...groups.values()];
}

/** The parts of the notice: a Công văn with "V/v …" under its number and "Kính gửi:" the departments. */
export function reminderNoticeParts(d: ReminderNoticeData): OfficialDocumentParts {
  const issuer = d.issuer.name;
  const total = d.departments.reduce((n, dep) => n + dep.items.length, 0);
  const reportBy = addWorkingDays(d.asOf, d.reportWithinWorkingDays);
  const via = d.draftingOffice ? ` (qua ${d.draftingOffice.name})` : '';
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${d.plans.map(planCitation).join('; ')}. Theo dõi trên hệ thống quản lý kế hoạch cải cách hành chính đến ngày ${formatDateVi(d.asOf)}, các đơn vị còn ${twoDigits(total)} kỳ nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành, cụ thể như sau:`,
    },
    ...d.departments.flatMap((dep, i): BodyBlock[] => [
      { kind: 'heading', numbering: String(i + 1), text: `${dep.name} (${twoDigits(dep.items.length)} kỳ nhiệm vụ quá hạn)` },
      ...punctuateList(byTask(dep.items).map(lateTaskLine)).map((text): BodyBlock => ({ kind: 'paragraph', text })),
    ]),
    {
      kind: 'paragraph',
      text: `Để bảo đảm tiến độ thực hiện kế hoạch, ${issuer} đề nghị các đơn vị khẩn trương hoàn thành các nhiệm vụ nêu trên, cập nhật kết quả thực hiện và tài liệu kiểm chứng trên hệ thống; báo cáo kết quả, nêu rõ nguyên nhân chậm tiến độ (nếu có) về ${issuer}${via} trước ngày ${formatDateVi(reportBy)}.`,
    },
    { kind: 'paragraph', text: `${issuer} đề nghị các đơn vị nghiêm túc thực hiện.` },
  ];
  const deputySigns = d.signature.signerTitle !== null;
  return {
    heading: {
      superiorName: d.issuer.superiorName,
      issuerName: issuer,
      number: null,
      symbol: letterSymbol(d.issuer.documentCode, d.draftingOffice?.code ?? null),
      placeName: d.issuer.placeName,
      date: d.date ?? { year: Number(d.asOf.slice(0, 4)) },
      letterSummary: REMINDER_SUMMARY,
    },
    addressees: d.departments.map((dep) => dep.name),
    body,
    signature: d.signature,
    // The director is told of a notice a deputy signs; one the director signs goes to the board.
    recipients: [...d.departments.map((dep) => dep.name), deputySigns ? 'Giám đốc (để b/c)' : 'Ban Giám đốc (để b/c)', filingLine(d.draftingOffice?.code ?? null)],
  };
}

export function reminderNoticeBuffer(d: ReminderNoticeData): Promise<Buffer> {
  return officialDocumentBuffer(reminderNoticeParts(d));
}
