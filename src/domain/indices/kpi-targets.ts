import { foldText } from '../../shared/fold';
import { compare, recogniseTargetMetric, type Comparator, type TargetInput } from '../media/target-metrics';

export type KpiTarget = { text: string; value: number; comparator: Comparator };

const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/;
const ON_TIME = /dung (thoi )?han|dung tien do|dung ke hoach/;
const WORK = /nhiem vu|cong viec|ke hoach|chi tieu/;

function comparatorOf(folded: string, given: Comparator | null): Comparator {
  if (/\b(tren|hon)\b/.test(folded)) return 'above';
  if (/\b(toi da|khong qua|duoi)\b/.test(folded)) return 'at_most';
  return given ?? 'at_least';
}

/**
 * A plan target about work done on time, read from its words: "100% nhiệm vụ được hoàn thành đúng
 * hạn", "trên 95% công việc hoàn thành đúng tiến độ". Other targets are not this KPI's.
 */
export function tasksOnTimeTarget(target: TargetInput): KpiTarget | null {
  const folded = foldText(target.text);
  return ON_TIME.test(folded) && WORK.test(folded) ? percentTarget(target, folded) : null;
}

/** The percentage a target sets, written in its words or given as its value; null when it sets none. */
function percentTarget(target: TargetInput, folded: string): KpiTarget | null {
  const percent = PERCENT.exec(folded);
  const value = percent ? Number(percent[1]!.replace(',', '.')) : target.unit === '%' ? target.value : null;
  if (value === null) return null;
  return { text: target.text, value, comparator: comparatorOf(folded, target.comparator) };
}

const PROCEDURES = /thu tuc|tthc|quy trinh noi bo/;
const POSTED = /niem yet|cong khai/;

/**
 * A plan target about procedures posted: "100% TTHC được niêm yết, công khai đầy đủ, kịp thời",
 * "niêm yết công khai 100% thủ tục hành chính". Without a percentage it is not this KPI's.
 */
export function proceduresPostedTarget(target: TargetInput): KpiTarget | null {
  const folded = foldText(target.text);
  return PROCEDURES.test(folded) && POSTED.test(folded) ? percentTarget(target, folded) : null;
}

/** A yearly count of items to publish ("đăng tải ít nhất 12 tin, bài về CCHC"), through the communication recogniser. */
export function itemsPublishedTarget(target: TargetInput): KpiTarget | null {
  const metric = recogniseTargetMetric(target);
  return metric?.kind === 'items_per_year' && metric.channels === null ? { text: target.text, value: metric.value, comparator: metric.comparator } : null;
}

/** The first of the plans' targets the reader recognises; a KPI follows one target. */
export function firstTarget(targets: readonly TargetInput[], read: (t: TargetInput) => KpiTarget | null): KpiTarget | null {
  for (const target of targets) {
    const found = read(target);
    if (found) return found;
  }
  return null;
}

export const targetMet = (actual: number | null, target: KpiTarget | null): boolean | null => (actual === null || target === null ? null : compare(actual, target.comparator, target.value));

const FEEDBACK = /phan anh|kien nghi|gop y/;
const ANSWERED = /dung han|dung thoi han|kip thoi|tra loi|xu ly|giai quyet/;

/**
 * A plan target about citizens' feedback answered on time: "100% phản ánh, kiến nghị được xử lý, trả lời
 * đúng thời hạn", "tiếp nhận và giải quyết kịp thời trên 95% ý kiến góp ý". Without a percentage it is not this KPI's.
 */
export function feedbackOnTimeTarget(target: TargetInput): KpiTarget | null {
  const folded = foldText(target.text);
  return FEEDBACK.test(folded) && ANSWERED.test(folded) ? percentTarget(target, folded) : null;
}

/**
 * A plan target about the satisfaction rate: "tỷ lệ hài lòng của người bệnh đạt trên 90%", "Chỉ số hài
 * lòng (SIPAS) đạt từ 85% trở lên". A PAR INDEX or SIPAS rank target ("xếp hạng") is not a rate.
 */
export function satisfactionTarget(target: TargetInput): KpiTarget | null {
  const folded = foldText(target.text);
  return /hai long/.test(folded) && !/xep (hang|thu)/.test(folded) ? percentTarget(target, folded) : null;
}
