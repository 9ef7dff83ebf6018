import { foldText } from '../../shared/fold';
import { CHANNEL_KIND_LABELS_VI, type ChannelKind } from '../../shared/media-vocabulary';
import { formatQuarter, quarterOf } from '../schedule';

/**
 * Which plan targets ("chỉ tiêu") the communication counts can track, read from the target's own words:
 * - `body_share`: "100% các đơn vị thực hiện tuyên truyền về CCHC trên trang thông tin của đơn vị" —
 *   the share of bodies (or of departments) with at least one item published that year, on the named
 *   channels when the text names any;
 * - `items_per_year` / `items_per_quarter` / `items_per_month`: "đăng tải ít nhất 12 tin, bài",
 *   "mỗi quý ít nhất 01 tin bài" — items published (counted on their first publication).
 * Anything else ("100% TTHC được niêm yết", "trên 95% văn bản xử lý trên môi trường mạng") is not
 * about communication counts and is left untracked rather than guessed at.
 */
export type MetricKind = 'body_share' | 'items_per_year' | 'items_per_quarter' | 'items_per_month';
export type Comparator = 'at_least' | 'above' | 'exactly' | 'at_most';

export type TargetMetric = {
  kind: MetricKind;
  value: number;
  comparator: Comparator;
  /** The channels the text names; null means any channel. */
  channels: ChannelKind[] | null;
  /** body_share: whose share — the bodies under the plan's body, its departments, or whichever it has. */
  population: 'bodies' | 'departments' | 'auto';
};

export type TargetInput = { text: string; value: number | null; unit: string | null; comparator: Comparator | null };

const CHANNEL_WORDS: [ChannelKind, RegExp][] = [
  ['website', /trang thong tin|trang tin|website|cong thong tin|\bttdt\b/],
  ['fanpage', /fanpage|facebook|mang xa hoi/],
  ['zalo', /zalo|mang xa hoi/],
  ['radio', /phat thanh|\bloa\b/],
  ['screen', /man hinh/],
  ['bulletin', /ban tin/],
];

// "thông tin" is information, not an item ("tin"): the look-behind keeps it out.
const ITEM_NOUN = String.raw`(?:(?<!thong )tin\b|bai\b|bai viet|san pham|an pham|video|infographic|phong su)`;
const COMMUNICATION = new RegExp(String.raw`tuyen truyen|truyen thong|dang tai|dang tin|${ITEM_NOUN}`);
const COUNT = new RegExp(String.raw`(\d+)\s*(?:[(][^)]*[)]\s*)?${ITEM_NOUN}`);
const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/;
const BODIES = /don vi|co so|benh vien|trung tam y te|\bttyt\b/;
const DEPARTMENTS = /\bkhoa\b|cac phong\b|khoa, phong/;

function comparatorOf(folded: string, given: Comparator | null): Comparator {
  if (given) return given;
  if (/\btren\b|vuot|hon\b/.test(folded) && !/it nhat|toi thieu/.test(folded)) return 'above';
  return 'at_least';
}

function channelsOf(folded: string): ChannelKind[] | null {
  const named = CHANNEL_WORDS.filter(([, words]) => words.test(folded)).map(([kind]) => kind);
  return named.length > 0 ? named : null;
}

export function recogniseTargetMetric(target: TargetInput): TargetMetric | null {
  const folded = foldText(target.text);
  if (!COMMUNICATION.test(folded)) return null;
  const channels = channelsOf(folded);
  const percent = PERCENT.exec(folded);
  if (percent || target.unit === '%') {
    const population = DEPARTMENTS.test(folded) && !/don vi/.test(folded) ? 'departments' : BODIES.test(folded) ? 'auto' : null;
    const value = percent ? Number(percent[1]!.replace(',', '.')) : target.value;
    if (!population || value === null) return null;
    return { kind: 'body_share', value, comparator: comparatorOf(folded, target.comparator), channels, population };
  }
  const count = COUNT.exec(folded);
  const value = count ? Number(count[1]) : target.value;
  if (value === null || !Number.isFinite(value)) return null;
  const kind = /(moi|hang|mot|1) quy|\/ ?quy/.test(folded) ? 'items_per_quarter' : /(moi|hang|mot|1) thang|\/ ?thang/.test(folded) ? 'items_per_month' : 'items_per_year';
  return { kind, value, comparator: comparatorOf(folded, target.comparator), channels, population: 'auto' };
}

export function compare(actual: number, comparator: Comparator, value: number): boolean {
  if (comparator === 'above') return actual > value;
  if (comparator === 'at_most') return actual <= value;
  // "100%" written as exactly 100 means all of them; a count "exactly 12" is reached at 12.
  return actual >= value;
}

/** A publication in the plan's year, with who made the item: its body and the department that proposed it. */
export type PublicationOfYear = { itemId: string; bodyId: string; unitId: string | null; channel: ChannelKind; publishedOn: string };

export type Measured = { target: number; actual: number; met: boolean; detail: string };

/** " trên Trang thông tin điện tử, Fanpage" when the target names channels. */
function onChannels(metric: TargetMetric): string {
  return metric.channels ? ` trên ${metric.channels.map((c) => CHANNEL_KIND_LABELS_VI[c]).join(', ')}` : '';
}

/** body_share: the share (in %, rounded to one decimal) of the population with an item on the channels. */
export function measureShare(metric: TargetMetric, population: readonly { id: string; name: string }[], by: 'bodies' | 'departments', publications: readonly PublicationOfYear[]): Measured {
  const counted = publications.filter((p) => !metric.channels || metric.channels.includes(p.channel));
  const reached = new Set(counted.map((p) => (by === 'bodies' ? p.bodyId : p.unitId)));
  const done = population.filter((m) => reached.has(m.id));
  const missing = population.filter((m) => !reached.has(m.id));
  const actual = population.length === 0 ? 0 : Math.round((done.length / population.length) * 1000) / 10;
  const noun = by === 'bodies' ? 'đơn vị' : 'khoa, phòng';
  const detail = `${done.length}/${population.length} ${noun} đã có tin bài được đăng${onChannels(metric)}` + (missing.length > 0 ? `; chưa có: ${missing.map((m) => m.name).join(', ')}` : '');
  return { target: metric.value, actual, met: population.length > 0 && compare(actual, metric.comparator, metric.value), detail };
}

/** Counts of items, each on the day it was first published that year (on the named channels). */
export function measureCount(metric: TargetMetric, publications: readonly PublicationOfYear[], year: number): Measured {
  const firstOn = new Map<string, string>();
  for (const p of publications) {
    if (metric.channels && !metric.channels.includes(p.channel)) continue;
    const seen = firstOn.get(p.itemId);
    if (!seen || p.publishedOn < seen) firstOn.set(p.itemId, p.publishedOn);
  }
  const days = [...firstOn.values()];
  if (metric.kind === 'items_per_year') {
    return { target: metric.value, actual: days.length, met: compare(days.length, metric.comparator, metric.value), detail: `${days.length} tin bài đã đăng${onChannels(metric)} trong năm ${year}` };
  }
  const periods =
    metric.kind === 'items_per_quarter'
      ? ([1, 2, 3, 4] as const).map((q) => ({ label: `Quý ${formatQuarter(q)}`, count: days.filter((d) => quarterOf(d) === q).length }))
      : Array.from({ length: 12 }, (_, i) => ({ label: `Tháng ${i + 1}`, count: days.filter((d) => Number(d.slice(5, 7)) === i + 1).length }));
  const lowest = Math.min(...periods.map((p) => p.count));
  // Met only when every period of the year reached it; the detail shows where each stands.
  return { target: metric.value, actual: lowest, met: periods.every((p) => compare(p.count, metric.comparator, metric.value)), detail: periods.map((p) => `${p.label}: ${p.count}`).join(' · ') };
}
