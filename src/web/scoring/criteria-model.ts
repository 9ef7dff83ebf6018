/**
 * A criteria set's tree as the editor holds it (issue 16): areas → criteria → sub-criteria, three levels
 * at most. Every operation returns a new tree whose parents' maximums are their children's sum, so the
 * set the person sees is always one the server's "a parent is the sum of its children" check accepts.
 * `key` only tells React which row is which while editing.
 */

/** What the server read a leaf's guide as: the figure it proposes a score from (null: none named) and its steps. */
export type CriterionRule = { figure: string | null; steps: number };

/** A criterion as the API shows it, as a sheet is read, or as the editor sends it. */
export type CriterionSource = {
  code: string;
  name: string;
  maxPoints: number;
  guide?: string | null;
  evidence?: string | null;
  children?: readonly CriterionSource[];
  rule?: CriterionRule | null;
};

export type DraftCriterion = {
  key: string;
  code: string;
  name: string;
  /** Null while a leaf's maximum is not written yet; a parent's is always its children's sum. */
  maxPoints: number | null;
  guide: string;
  evidence: string;
  /** The rule the server read from the guide as loaded; dropped once the guide is edited (it is read again on save). */
  rule: CriterionRule | null;
  children: DraftCriterion[];
};

/** Where a row is: its index among the areas, then among its parent's children. */
export type Path = readonly number[];

export type Band = { name: string; minPoints: number };

/** Area, criterion, sub-criterion: the set has no fourth level. */
export const MAX_DEPTH = 3;

let nextKey = 0;
const newKey = () => `c${++nextKey}`;

/** Points are kept to two decimals ("0,25"): sums are done in hundredths so 0.1 + 0.2 is 0.3. */
export function sumPoints(points: readonly (number | null)[]): number {
  return points.reduce<number>((sum, p) => sum + Math.round((p ?? 0) * 100), 0) / 100;
}

/** Points as Vietnamese write them: "1,5", "100". */
export function pointsText(points: number): string {
  return String(Math.round(points * 100) / 100).replace('.', ',');
}

/** The tree to edit, parents summed; `asRead` keeps a sheet's parents' maximums as written, to show what does not add up. */
export function draftFrom(areas: readonly CriterionSource[], { asRead = false } = {}): DraftCriterion[] {
  const draft = (c: CriterionSource): DraftCriterion => {
    const children = (c.children ?? []).map(draft);
    // A sheet's unreadable maximum arrives as 0: an empty box to fill says so better than a zero.
    return { key: newKey(), code: c.code, name: c.name, maxPoints: c.maxPoints > 0 ? c.maxPoints : null, guide: c.guide ?? '', evidence: c.evidence ?? '', rule: c.rule ?? null, children };
  };
  const tree = areas.map(draft);
  return asRead ? tree : withSums(tree);
}

/** Every parent's maximum made its children's sum, from the leaves up. */
export function withSums(tree: readonly DraftCriterion[]): DraftCriterion[] {
  return tree.map((node) => {
    if (node.children.length === 0) return node;
    const children = withSums(node.children);
    return { ...node, children, maxPoints: sumPoints(children.map((c) => c.maxPoints)) };
  });
}

export function totalPoints(tree: readonly DraftCriterion[]): number {
  return sumPoints(tree.map((area) => area.maxPoints));
}

/** The criteria a body scores: those without children. */
export function leafCount(tree: readonly DraftCriterion[]): number {
  return tree.reduce((n, node) => n + (node.children.length === 0 ? 1 : leafCount(node.children)), 0);
}

export type FlatRow = { node: DraftCriterion; path: Path; depth: number };

/** The tree in reading order, each row with its place: how the table lists it. */
export function flatRows(tree: readonly DraftCriterion[], parent: Path = []): FlatRow[] {
  return tree.flatMap((node, i) => {
    const path = [...parent, i];
    return [{ node, path, depth: path.length }, ...flatRows(node.children, path)];
  });
}

/** The siblings list `path` points into, changed by `change`; the rest of the tree shared. */
function changeSiblings(tree: readonly DraftCriterion[], path: Path, change: (siblings: DraftCriterion[], index: number) => DraftCriterion[]): DraftCriterion[] {
  const [index, ...rest] = path;
  if (index === undefined) return [...tree];
  if (rest.length === 0) return change([...tree], index);
  return tree.map((node, i) => (i === index ? { ...node, children: changeSiblings(node.children, rest, change) } : node));
}

export function nodeAt(tree: readonly DraftCriterion[], path: Path): DraftCriterion | undefined {
  const [index, ...rest] = path;
  const node = index === undefined ? undefined : tree[index];
  return node && rest.length > 0 ? nodeAt(node.children, rest) : node;
}

type Fields = Partial<Pick<DraftCriterion, 'code' | 'name' | 'maxPoints' | 'guide' | 'evidence'>>;

export function updateAt(tree: readonly DraftCriterion[], path: Path, fields: Fields): DraftCriterion[] {
  return withSums(
    changeSiblings(tree, path, (siblings, i) =>
      siblings.map((node, j) => {
        if (j !== i) return node;
        // A parent's maximum written here is put back to its children's sum by withSums.
        const next = { ...node, ...fields };
        return fields.guide !== undefined && fields.guide !== node.guide ? { ...next, rule: null } : next;
      }),
    ),
  );
}

export function removeAt(tree: readonly DraftCriterion[], path: Path): DraftCriterion[] {
  return withSums(changeSiblings(tree, path, (siblings, i) => siblings.filter((_, j) => j !== i)));
}

/** One place up (-1) or down (+1) among its siblings; at an end nothing moves. */
export function moveAt(tree: readonly DraftCriterion[], path: Path, by: -1 | 1): DraftCriterion[] {
  return changeSiblings(tree, path, (siblings, i) => {
    const to = i + by;
    if (to < 0 || to >= siblings.length) return siblings;
    [siblings[i], siblings[to]] = [siblings[to]!, siblings[i]!];
    return siblings;
  });
}

function blank(code: string, maxPoints: number | null): DraftCriterion {
  return { key: newKey(), code, name: '', maxPoints, guide: '', evidence: '', rule: null, children: [] };
}

export function addArea(tree: readonly DraftCriterion[]): DraftCriterion[] {
  const last = tree[tree.length - 1];
  return [...tree, blank(last ? nextCode(last.code) : 'I', null)];
}

/**
 * A new last child under the row at `path` (none under a sub-criterion). A leaf's first child takes its
 * maximum, so splitting a criterion into parts leaves the set's total as it was.
 */
export function addChild(tree: readonly DraftCriterion[], path: Path): DraftCriterion[] {
  const parent = nodeAt(tree, path);
  if (!parent || path.length >= MAX_DEPTH) return [...tree];
  const last = parent.children[parent.children.length - 1];
  const code = last ? nextCode(last.code) : `${path.length === 1 ? path[0]! + 1 : parent.code}.1`;
  const child = blank(code, parent.children.length === 0 ? parent.maxPoints : null);
  return withSums(changeSiblings(tree, path, (siblings, i) => siblings.map((node, j) => (j === i ? { ...node, children: [...node.children, child] } : node))));
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function toRoman(n: number): string {
  let rest = n;
  return ROMAN.map(([value, letters]) => {
    const times = Math.floor(rest / value);
    rest -= times * value;
    return letters.repeat(times);
  }).join('');
}

function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/u.test(text)) return null;
  let n = 0;
  let rest = text;
  for (const [value, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      n += value;
      rest = rest.slice(letters.length);
    }
  }
  return toRoman(n) === text ? n : null;
}

/** The code after `code` in the same numbering: "II" → "III", "1.2" → "1.3", "I.1.a" → "I.1.b"; otherwise a suffix. */
export function nextCode(code: string): string {
  const roman = fromRoman(code);
  if (roman !== null) return toRoman(roman + 1);
  const number = /^(.*?)(\d+)$/u.exec(code);
  if (number) return `${number[1]}${Number(number[2]) + 1}`;
  // A letter on its own ("a", "I.1.a"), not the end of a word.
  const letter = /^((?:.*\P{L})?)([a-y])$/u.exec(code);
  if (letter) return `${letter[1]}${String.fromCharCode(letter[2]!.charCodeAt(0) + 1)}`;
  return `${code}.1`;
}

/** Codes written again in order, as most sets number them: areas I, II…; criteria 1.1, 1.2…; sub-criteria 1.1.1… */
export function renumber(tree: readonly DraftCriterion[]): DraftCriterion[] {
  const below = (nodes: readonly DraftCriterion[], prefix: string): DraftCriterion[] =>
    nodes.map((node, i) => ({ ...node, code: `${prefix}.${i + 1}`, children: below(node.children, `${prefix}.${i + 1}`) }));
  return tree.map((area, i) => ({ ...area, code: toRoman(i + 1), children: below(area.children, String(i + 1)) }));
}

/** What keeps the set from being sent: a row without a code, a name, or (a leaf) its maximum. */
/** `row` counts the rows in reading order from 1: how a row without a code is named. */
export type DraftProblem = { kind: 'code' | 'name' | 'points'; path: Path; key: string; code: string; row: number };

export function draftProblems(tree: readonly DraftCriterion[]): DraftProblem[] {
  return flatRows(tree).flatMap(({ node, path }, index): DraftProblem[] => {
    const at = { path, key: node.key, code: node.code.trim(), row: index + 1 };
    const problems: DraftProblem[] = [];
    if (at.code === '') problems.push({ kind: 'code', ...at });
    if (node.name.trim() === '') problems.push({ kind: 'name', ...at });
    if (node.children.length === 0 && !(node.maxPoints !== null && node.maxPoints > 0)) problems.push({ kind: 'points', ...at });
    return problems;
  });
}

/** An area or criterion as the API takes it: a sub-criterion carries no children at all. */
export type CriterionInput = { code: string; name: string; maxPoints: number; guide: string | null; evidence: string | null; children?: CriterionInput[] };

/** The tree as POST/PUT …/criteria-sets take it: text trimmed, empty text as null. */
export function toInput(tree: readonly DraftCriterion[], depth = 1): CriterionInput[] {
  return tree.map((node) => {
    const input: CriterionInput = { code: node.code.trim(), name: node.name.trim(), maxPoints: node.maxPoints ?? 0, guide: node.guide.trim() || null, evidence: node.evidence.trim() || null };
    return depth < MAX_DEPTH && node.children.length > 0 ? { ...input, children: toInput(node.children, depth + 1) } : input;
  });
}

/** Whether two trees would send the same set (the editor's "unsaved changes"). */
export function sameTree(a: readonly DraftCriterion[], b: readonly DraftCriterion[]): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

/**
 * The usual classes and where they start, as shares of the total (90 of 100 for Xuất sắc …). The names
 * are the classes' official Vietnamese names: they are saved with the set and printed in its documents.
 */
const DEFAULT_BANDS: readonly [string, number][] = [
  ['Xuất sắc', 0.9],
  ['Tốt', 0.8],
  ['Khá', 0.7],
  ['Trung bình', 0.5],
  ['Yếu', 0],
];

export function defaultBands(total: number): Band[] {
  return DEFAULT_BANDS.map(([name, share]) => ({ name, minPoints: Math.round(total * share * 100) / 100 }));
}

/** "Xuất sắc ≥ 90 · Tốt ≥ 80 · …" */
export function bandsText(bands: readonly Band[]): string {
  return bands.map((band) => `${band.name} ≥ ${pointsText(band.minPoints)}`).join(' · ');
}

/** The year a new set is most likely for: the one after the newest set, never before this year. */
export function defaultYear(years: readonly number[], thisYear: number): number {
  return years.length === 0 ? thisYear : Math.max(thisYear, Math.max(...years) + 1);
}
