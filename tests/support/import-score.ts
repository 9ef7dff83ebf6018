import type { PlanDraft } from '../../src/shared/schemas/plan-import';

/**
 * Scores an imported draft against the fields a person read by eye, with the rules of
 * ../shared/corpus/real-plans/README.md ("How a draft is scored against it"). Pure: no files, no parser.
 * A field left out of the expected object is not scored; every scored field counts the same.
 */

export type ExpectedTaskRow = { index?: number; task: string; lead?: string; deadline?: string };

/** The `*.expected.json` shape (its `source` and `shape` notes are not scored). */
export type ExpectedPlan = {
  source?: string;
  shape?: string;
  issuer?: string;
  superior?: string;
  number?: string;
  symbol?: string;
  place?: string;
  date?: string;
  year?: number;
  title?: string | string[];
  bases_citation_codes?: string[];
  section_count?: number;
  recipients_count?: number;
  signingTitle?: string;
  signer?: string;
  task_count?: number;
  tasks?: ExpectedTaskRow[];
};

export type FieldResult = { field: string; expected: string | number; got: string | number | null; right: boolean };

/** Lower case, no diacritics (đ → d), no punctuation, Markdown marks (** * # |) or spaces: letters and digits only. */
export function foldForScore(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Names (issuer, superior, place, signer, signingTitle): equal after folding. */
export function sameName(expected: string, got: string | null): boolean {
  return got !== null && foldForScore(expected) === foldForScore(got);
}

/** Equal after folding, or one contains the other and the shorter is at least 90 % of the longer. */
export function sameTitle(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const [a, b] = [foldForScore(expected), foldForScore(got)];
  if (a === '' || b === '') return a === b;
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) && shorter.length >= 0.9 * longer.length;
}

/** Symbols (and cited codes): equal in capitals without spaces. */
export function symbolKey(text: string): string {
  return text.normalize('NFC').toUpperCase().replace(/\s+/gu, '');
}

/** Task lead and deadline: one contains the other after folding (an empty value contains nothing). */
export function containsEitherWay(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const [a, b] = [foldForScore(expected), foldForScore(got)];
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/** Top-level Roman sections of the plan body ("I" … "X"): the unheaded closing paragraph is not one. */
export function romanSectionCount(draft: PlanDraft): number {
  return draft.sections.filter((section) => /^[IVXLC]+\.?$/u.test(section.numbering?.trim() ?? '')).length;
}

/** The README's signing title is every line above the name: the draft keeps "KT. …" and the signer's own title apart. */
export function signingBlock(draft: PlanDraft): string | null {
  const lines = [draft.signingTitle, draft.signerTitle].filter((line): line is string => line !== null && line.trim() !== '');
  return lines.length > 0 ? lines.join(' ') : null;
}

/**
 * The draft task an expected row names: one whose text contains the snippet after folding; the one at the
 * row's `index` when several do.
 */
export function findTaskRow(draft: PlanDraft, row: ExpectedTaskRow): PlanDraft['tasks'][number] | null {
  const snippet = foldForScore(row.task);
  if (snippet === '') return null;
  const matches = draft.tasks.filter((task) => foldForScore(task.task).includes(snippet));
  const atIndex = row.index === undefined ? undefined : draft.tasks[row.index - 1];
  return (atIndex !== undefined && matches.includes(atIndex) ? atIndex : matches[0]) ?? null;
}

const HEADING_NAMES = ['issuer', 'superior', 'place'] as const;

export function scoreDraft(draft: PlanDraft, expected: ExpectedPlan): FieldResult[] {
  const results: FieldResult[] = [];
  const add = (field: string, want: string | number, got: string | number | null, right: boolean) => results.push({ field, expected: want, got, right });

  for (const name of HEADING_NAMES) {
    const want = expected[name];
    if (want !== undefined) add(name, want, draft[name], sameName(want, draft[name]));
  }
  if (expected.number !== undefined) {
    add('number', expected.number, draft.number, draft.number === expected.number);
  }
  if (expected.symbol !== undefined) add('symbol', expected.symbol, draft.symbol, draft.symbol !== null && symbolKey(draft.symbol) === symbolKey(expected.symbol));
  if (expected.date !== undefined) add('date', expected.date, draft.date, draft.date === expected.date);
  if (expected.year !== undefined) add('year', expected.year, draft.year, draft.year === expected.year);
  if (expected.title !== undefined) {
    const titles = Array.isArray(expected.title) ? expected.title : [expected.title];
    add('title', titles.join(' | '), draft.title, titles.some((title) => sameTitle(title, draft.title)));
  }
  if (expected.bases_citation_codes !== undefined) {
    const codes = new Set(draft.citations.map((citation) => symbolKey(citation.code)));
    for (const code of expected.bases_citation_codes) add(`citation ${code}`, code, codes.has(symbolKey(code)) ? code : null, codes.has(symbolKey(code)));
  }
  const counts: [keyof ExpectedPlan & string, number][] = [
    ['section_count', romanSectionCount(draft)],
    ['recipients_count', draft.recipients.length],
    // The README counts the numbered rows of the appendix table; tasks read from the plan's text are not rows.
    ['task_count', draft.tasks.filter((task) => task.origin === 'table').length],
  ];
  for (const [field, got] of counts) {
    const want = expected[field];
    if (typeof want === 'number') add(field, want, got, got === want);
  }
  if (expected.signingTitle !== undefined) add('signingTitle', expected.signingTitle, signingBlock(draft), sameName(expected.signingTitle, signingBlock(draft)));
  if (expected.signer !== undefined) add('signer', expected.signer, draft.signer, sameName(expected.signer, draft.signer));

  for (const row of expected.tasks ?? []) {
    // The README lists "Task row: found by its snippet" among the scored items: the row found is a field,
    // and its lead and deadline are two more (wrong when the row is not found).
    const label = `task ${row.index ?? '?'}`;
    const task = findTaskRow(draft, row);
    add(label, row.task, task?.task ?? null, task !== null);
    if (row.lead !== undefined) add(`${label} lead`, row.lead, task?.lead ?? null, task !== null && containsEitherWay(row.lead, task.lead));
    if (row.deadline !== undefined) add(`${label} deadline`, row.deadline, task?.deadline ?? null, task !== null && containsEitherWay(row.deadline, task.deadline));
  }
  return results;
}

export type DocumentScore = { document: string; results: FieldResult[]; right: number; scored: number };

export function documentScore(document: string, results: FieldResult[]): DocumentScore {
  return { document, results, right: results.filter((result) => result.right).length, scored: results.length };
}

export function percent(right: number, scored: number): string {
  return scored === 0 ? '—' : `${((100 * right) / scored).toFixed(1)} %`;
}

/** Fields pooled over the documents: every field counts the same, whichever document it is in. */
export function overall(scores: readonly DocumentScore[]): { right: number; scored: number } {
  return scores.reduce((sum, score) => ({ right: sum.right + score.right, scored: sum.scored + score.scored }), { right: 0, scored: 0 });
}

/** A value as the table shows it: texts quoted and cut to `width`, numbers and null bare. */
const shown = (value: string | number | null, width = 60): string => {
  if (value === null || typeof value === 'number') return String(value);
  const text = value.replace(/\s+/gu, ' ');
  return `"${text.length > width ? `${text.slice(0, width - 1)}…` : text}"`;
};

/** One row a document (right / scored, percent), its wrong fields as expected vs got, then the totals. */
export function formatScoreTable(groups: readonly { name: string; scores: readonly DocumentScore[] }[]): string {
  const all = groups.flatMap((group) => group.scores);
  const width = Math.max(8, ...all.map((score) => score.document.length));
  const lines = [`${'document'.padEnd(width)}  right/scored  percent`];
  for (const group of groups) {
    for (const score of group.scores) {
      lines.push(`${score.document.padEnd(width)}  ${`${score.right}/${score.scored}`.padStart(12)}  ${percent(score.right, score.scored).padStart(7)}`);
      for (const wrong of score.results.filter((result) => !result.right)) {
        lines.push(`    ✗ ${wrong.field}: expected ${shown(wrong.expected)} got ${shown(wrong.got)}`);
      }
    }
    const total = overall(group.scores);
    lines.push(`${`(${group.name})`.padEnd(width)}  ${`${total.right}/${total.scored}`.padStart(12)}  ${percent(total.right, total.scored).padStart(7)}`);
  }
  const total = overall(all);
  lines.push(`${'OVERALL'.padEnd(width)}  ${`${total.right}/${total.scored}`.padStart(12)}  ${percent(total.right, total.scored).padStart(7)}`);
  return lines.join('\n');
}
