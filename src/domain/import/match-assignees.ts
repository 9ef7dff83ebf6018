import { foldText } from '../../shared/fold';

/** Someone a plan of the body may give work to: a node of its tree, one of its groups, or an external body of its registry. */
export type AssigneeCandidate = { kind: 'organization' | 'group' | 'external'; id: string; name: string; code?: string | null; groupKind?: string | null };

export type AssigneeMatch =
  | { kind: 'organization' | 'group' | 'external'; id: string; name: string; confidence: number }
  | { kind: 'new_unit' | 'new_external'; name: string };

/**
 * Abbreviations plans use for the usual departments and bodies (folded). A unit's own initials are
 * matched separately, so this table only needs the words that are not a unit's initials everywhere.
 */
const ABBREVIATIONS: Record<string, string> = {
  p: 'phong',
  k: 'khoa',
  bv: 'benh vien',
  bvdk: 'benh vien da khoa',
  ttyt: 'trung tam y te',
  tt: 'trung tam',
  syt: 'so y te',
  ubnd: 'uy ban nhan dan',
  tchc: 'to chuc hanh chinh',
  khth: 'ke hoach tong hop',
  tckt: 'tai chinh ke toan',
  cntt: 'cong nghe thong tin',
  ctxh: 'cong tac xa hoi',
  tccb: 'to chuc can bo',
  khtc: 'ke hoach tai chinh',
  khnv: 'ke hoach nghiep vu',
  nvy: 'nghiep vu y',
  vp: 'van phong',
  dd: 'dieu duong',
  qlcl: 'quan ly chat luong',
  hstc: 'hoi suc tich cuc',
  ksbt: 'kiem soat benh tat',
  cdc: 'trung tam kiem soat benh tat',
  bhxh: 'bao hiem xa hoi',
  ttgdsk: 'truyen thong giao duc suc khoe',
  'tt&tt': 'thong tin va truyen thong',
  ttvtt: 'thong tin va truyen thong',
  'pt-th': 'phat thanh truyen hinh',
  ptth: 'phat thanh truyen hinh',
};

/** Words that name what sort of unit follows; "tổ" only when it is not "tổ chức". */
const UNIT_TYPES = ['bo phan', 'van phong', 'trung tam', 'phong', 'khoa', 'to', 'ban', 'don nguyen'];
const FILLER = new Set(['va', 'cua', 'thuoc', 'truc']);
const MATCH_AT = 0.75;

/** Folded words with the known abbreviations spelled out ("P. TCHC" → phong to chuc hanh chinh). */
function words(text: string): string[] {
  const folded = foldText(text).replace(/\btt ?& ?tt\b/g, 'tt&tt').replace(/\bpt ?- ?th\b/g, 'pt-th');
  const raw = folded.split(/[^a-z0-9&-]+|(?<![a-z])-|-(?![a-z])/).flatMap((w) => (ABBREVIATIONS[w] ? [w] : w.split('-'))).filter(Boolean);
  return raw.flatMap((w) => (ABBREVIATIONS[w] ?? w).split(' ')).filter((w) => !FILLER.has(w));
}

/** The unit-type words at the start and the rest (the unit's own name). */
function split(ws: string[]): { type: string | null; core: string[] } {
  const text = ws.join(' ');
  for (const type of UNIT_TYPES) {
    if (type === 'to' && ws[1] === 'chuc') continue;
    if (text === type || text.startsWith(`${type} `)) return { type, core: ws.slice(type.split(' ').length) };
  }
  return { type: null, core: ws };
}

/** Initials of a name as written, before any spelling out ("Khoa Hồi sức tích cực - Chống độc" → hstccd). */
function initials(name: string): string {
  const { core } = split(foldText(name).split(/[^a-z0-9]+/).filter((w) => w && !FILLER.has(w)));
  return core.map((w) => w[0]).join('');
}

/** The written name's own letters when it is an abbreviation ("TCHC-TCKT" → tchctckt). */
function compact(name: string): string {
  const ws = foldText(name).split(/[^a-z0-9&]+/).filter(Boolean);
  const { core } = split(ws.map((w) => (w === 'p' ? 'phong' : w === 'k' ? 'khoa' : w)));
  return core.join('');
}

const containsRun = (long: string[], short: string[]) => ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);

/** How sure it is that the written name means this candidate, 0 to 1. */
function score(written: string, candidate: AssigneeCandidate): number {
  const w = split(words(written));
  const c = split(words(candidate.name));
  if (w.type && c.type && w.type !== c.type) return 0;
  if (w.core.join(' ') === c.core.join(' ')) return w.type === c.type ? 1 : 0.9;
  const letters = compact(written);
  if (letters.length >= 2 && (letters === initials(candidate.name) || letters === compact(candidate.code ?? ''))) return 0.9;
  // "Sở Y tế" for "Sở Y tế tỉnh Lào Cai", "Phòng Tổ chức hành chính" for "Phòng Tổ chức hành chính - Tài chính kế toán".
  if (w.core.length >= 2 && c.core.join(' ').startsWith(`${w.core.join(' ')} `)) return 0.8;
  if (w.core.length >= 2 && containsRun(c.core, w.core)) return 0.76;
  return 0;
}

const isAllUnits = (f: string) => /^(cac|toan the|tat ca) .*(khoa|phong|trung tam|bo phan)/.test(f);
const isAllBodies = (f: string) => /^(cac|tat ca) (don vi|co so)/.test(f);

/** "Các khoa, phòng trực thuộc" → the body's all-units group; "Các đơn vị trong ngành" → the bodies under it. */
function standingGroup(written: string, groups: AssigneeCandidate[]): AssigneeCandidate | undefined {
  const f = foldText(written);
  const byName = groups.find((g) => foldText(g.name) === f);
  if (byName) return byName;
  if (isAllUnits(f)) return groups.find((g) => g.groupKind === 'all_units');
  if (isAllBodies(f)) return groups.find((g) => g.groupKind === 'all_bodies') ?? groups.find((g) => g.groupKind === 'all_units');
  return undefined;
}

/** Whether a name nobody matched reads as a department of the body (else it is a body outside it). */
function looksLikeUnit(written: string): boolean {
  const ws = words(written);
  const { type } = split(ws);
  if (!type) return false;
  // "Trung tâm Y tế …", "Trung tâm Kiểm soát bệnh tật" are bodies; "Trung tâm Sơ sinh" is a department.
  return !(type === 'trung tam' && /^trung tam (y te|kiem soat)/.test(ws.join(' ')));
}

/**
 * The best assignee of the body for a lead or coordinator as a plan writes it, ignoring case,
 * diacritics and the usual abbreviations; a name that matches nothing is proposed as a new
 * department or a new external body for the person to accept.
 */
export function matchAssignee(written: string, candidates: AssigneeCandidate[]): AssigneeMatch {
  const name = written.replace(/\s+/g, ' ').trim();
  const group = standingGroup(name, candidates.filter((c) => c.kind === 'group'));
  if (group) return { kind: 'group', id: group.id, name: group.name, confidence: 0.9 };
  let best: { candidate: AssigneeCandidate; confidence: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.kind === 'group') continue;
    const confidence = score(name, candidate);
    if (confidence > (best?.confidence ?? 0)) best = { candidate, confidence };
  }
  if (best && best.confidence >= MATCH_AT) return { kind: best.candidate.kind, id: best.candidate.id, name: best.candidate.name, confidence: best.confidence };
  return { kind: looksLikeUnit(name) ? 'new_unit' : 'new_external', name };
}

/** Every lead and coordinator of the tasks, each matched once. */
export function matchAssignees(names: Iterable<string>, candidates: AssigneeCandidate[]): Record<string, AssigneeMatch> {
  const out: Record<string, AssigneeMatch> = {};
  for (const n of names) if (n.trim() && !(n in out)) out[n] = matchAssignee(n, candidates);
  return out;
}
