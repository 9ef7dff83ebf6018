import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed, seedPath, seedsAvailable } from '../../../../tests/support/seeds';
import { parseDeadline } from '../../../domain/schedule';
import { planContentInputSchema, taskInputSchema, type AssigneeRef, type Section } from '../../../shared/schemas/plans';
import { DEMO_TREE, type DemoBody } from '../demo-organizations';
import type { DemoPlan, DemoRef, DemoSection } from './demo-plan';
import { DEMO_PLANS } from './index';

/** ../shared/seeds beside the repository: the documents the demo plans are written from. */

/** Line breaks of the imported PDF/DOCX text do not count: every run of whitespace is one space. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function seedText(plan: DemoPlan): string {
  return readSeed(plan.seed!);
}

/** Written as in the seed; a sentence cut from the middle of one may start with a capital. */
function appearsIn(seed: string, text: string): boolean {
  const t = squash(text);
  return seed.includes(t) || seed.includes(lowerFirst(t));
}

function walk(sections: DemoSection[], visit: (s: DemoSection, depth: number) => void, depth = 0): void {
  for (const s of sections) {
    visit(s, depth);
    walk(s.children ?? [], visit, depth + 1);
  }
}

/** "I", "1", "1.1" are followed by a dot in the document; "-", "+", "(1)" are not. */
const numberedPrefix = (numbering: string) => (/^[0-9IVX.]+$/.test(numbering) ? `${numbering}.` : numbering);

/** Every text of the plan the document must contain, labelled for the failure message. */
function textsOf(plan: DemoPlan): [string, string][] {
  const texts: [string, string][] = [
    ['title', plan.title],
    ['signingAuthority', plan.signingAuthority],
    ['signerName', plan.signerName],
    ['placeName', plan.placeName],
    ...plan.content.bases.map((b, i): [string, string] => [`basis ${i + 1}`, b]),
    ...plan.content.targets.map((t, i): [string, string] => [`target ${i + 1}`, t.text]),
    ...plan.content.recipients.map((r, i): [string, string] => [`recipient ${i + 1}`, r]),
  ];
  if (plan.content.introduction) texts.push(['introduction', plan.content.introduction]);
  if (plan.content.closing) texts.push(['closing', plan.content.closing]);
  walk(plan.content.sections, (s) => {
    if (s.heading) texts.push([`heading ${s.numbering}`, s.heading]);
    if (s.text) texts.push([`text ${s.numbering}`, s.text]);
    const first = s.heading ?? s.text;
    if (s.numbering !== '' && first) texts.push([`numbering ${s.numbering}`, `${numberedPrefix(s.numbering)} ${first}`]);
  });
  for (const t of plan.tasks) {
    texts.push([`task ${t.number}`, t.title]);
    if (t.deadlineText !== '') texts.push([`deadline of task ${t.number}`, t.deadlineText]);
    if (t.outputText !== null) texts.push([`output of task ${t.number}`, t.outputText]);
  }
  return texts;
}

function findBody(code: string, bodies: DemoBody[] = DEMO_TREE): DemoBody | undefined {
  for (const b of bodies) {
    if (b.code === code) return b;
    const inner = findBody(code, b.bodies ?? []);
    if (inner) return inner;
  }
  return undefined;
}

/** Why a reference cannot be resolved in the plan's body, or null when it can. */
function refProblem(body: DemoBody, ref: DemoRef): string | null {
  if ('unit' in ref) return body.units.some((u) => u.code === ref.unit) ? null : `no unit ${ref.unit} in ${body.code}`;
  if ('body' in ref) return findBody(ref.body) ? null : `no body ${ref.body}`;
  if ('group' in ref) {
    if (ref.group === 'all_units') return body.units.length > 0 ? null : `${body.code} has no units`;
    return (body.bodies ?? []).length > 0 ? null : `${body.code} has no bodies under it`;
  }
  return ref.external.trim() === '' ? 'empty external name' : null;
}

function refsOf(plan: DemoPlan): [string, DemoRef][] {
  const refs: [string, DemoRef][] = [];
  for (const t of plan.tasks) {
    if (t.lead) refs.push([`lead of task ${t.number}`, t.lead]);
    t.coordinators.forEach((c, i) => refs.push([`coordinator ${i + 1} of task ${t.number}`, c]));
  }
  walk(plan.content.sections, (s) => {
    if (s.assignee) refs.push([`assignee of section ${s.numbering}`, s.assignee]);
  });
  return refs;
}

/** Any id stands for a resolved reference: the schemas only check the shape. */
const PLACEHOLDER: AssigneeRef = { type: 'organization', id: 'demo' };
function asSection(s: DemoSection): Section {
  return {
    numbering: s.numbering,
    heading: s.heading,
    text: s.text,
    role: s.role ?? null,
    reformArea: s.reformArea ?? null,
    assignee: s.assignee ? PLACEHOLDER : null,
    children: (s.children ?? []).map(asSection),
  };
}

const plan = (key: string) => DEMO_PLANS.find((p) => p.key === key)!;
const seeded = DEMO_PLANS.filter((p) => p.seed !== null);

describe('demo plans', () => {
  it.skipIf(!seedsAvailable)('names seed documents that are in ../shared/seeds', () => {
    for (const p of seeded) expect(existsSync(seedPath(p.seed!)), p.seed!).toBe(true);
  });

  it('lists parents first, with unique keys, each plan of a body of the demo tree', () => {
    const keys = DEMO_PLANS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    DEMO_PLANS.forEach((p, i) => {
      const body = findBody(p.body);
      expect(body, p.key).toBeDefined();
      if (p.parentKey === null) return;
      const parentIndex = keys.indexOf(p.parentKey);
      expect(parentIndex, `${p.key} → ${p.parentKey}`).toBeGreaterThanOrEqual(0);
      expect(parentIndex, `${p.key} comes after its parent`).toBeLessThan(i);
      // The parent plan is its superior body's.
      const parentBody = findBody(DEMO_PLANS[parentIndex]!.body)!;
      expect((parentBody.bodies ?? []).map((b) => b.code), p.key).toContain(p.body);
    });
    expect(plan('bvsn-2026-cchc').parentKey).toBe('syt-lc-2026-cchc');
    expect(plan('ttyt-lccd-2026-communication').parentKey).toBe('syt-lc-2026-communication');
  });

  it.skipIf(!seedsAvailable).each(seeded.map((p) => [p.key, p] as const))('%s: every text is the seed document’s', (_key, p) => {
    const seed = squash(seedText(p));
    const missing = textsOf(p).filter(([, text]) => !appearsIn(seed, text));
    expect(missing).toEqual([]);
    // The number left blank for the clerk, with the plan's symbol (001 lost its heading: nothing to check).
    if (seed.includes('Số:')) expect([p.number, seed.includes(`Số: /${p.symbol}`)]).toEqual([null, true]);
  });

  it.each(DEMO_PLANS.map((p) => [p.key, p] as const))('%s: every assignee is in the demo tree', (_key, p) => {
    const body = findBody(p.body)!;
    const problems = refsOf(p)
      .map(([where, ref]) => [where, refProblem(body, ref)] as const)
      .filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });

  it.each(DEMO_PLANS.map((p) => [p.key, p] as const))('%s: every deadline parses in the plan’s year', (_key, p) => {
    const notUnderstood = p.tasks
      .filter((t) => t.deadlineText !== '')
      .map((t) => [t.number, t.deadlineText, parseDeadline(t.deadlineText, p.year)] as const)
      .filter(([, , parsed]) => !parsed.understood);
    expect(notUnderstood).toEqual([]);
  });

  it.each(DEMO_PLANS.map((p) => [p.key, p] as const))('%s: content and tasks pass the plan schemas', (_key, p) => {
    const content = { ...p.content, sections: p.content.sections.map(asSection) };
    expect(planContentInputSchema.safeParse(content).error?.issues ?? []).toEqual([]);
    for (const t of p.tasks) {
      const input = { ...t, lead: t.lead ? PLACEHOLDER : null, coordinators: t.coordinators.map(() => PLACEHOLDER) };
      expect(taskInputSchema.safeParse(input).error?.issues ?? [], `task ${t.number}`).toEqual([]);
    }
    expect(new Set(p.tasks.map((t) => t.number)).size, 'task numbers are unique').toBe(p.tasks.length);
  });

  it('000: the communication plan of 2025 gives work only where its text does', () => {
    const p = plan('bvsn-2025-communication');
    expect([p.number, p.symbol, p.placeName, p.issuedOn, p.year, p.kind]).toEqual([null, 'KH-BVSN', 'Lào Cai', null, 2025, 'communication']);
    expect([p.signingAuthority, p.signerName]).toEqual(['GIÁM ĐỐC', 'Trần Hoài Bắc']);
    expect(p.content.sections.map((s) => `${s.numbering}. ${s.heading}`)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']);
    const content = p.content.sections[1]!.children![0]!;
    expect(content.children!.map((s) => s.numbering)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(content.children![4]!.children!.map((s) => s.numbering)).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(content.children![2]!.children![0]!.children!.map((s) => s.numbering)).toEqual(['+', '+', '+']);
    expect(p.tasks.map((t) => t.lead)).toEqual([{ group: 'all_units' }, { unit: 'TCHC' }]);
    expect(p.tasks.every((t) => t.deadlineText === '')).toBe(true);
  });

  it.skipIf(!seedsAvailable)('001: every "-" bullet of the six reform areas is a task of its area', () => {
    const p = plan('bvsn-2026-cchc');
    const raw = seedText(p);
    const from = raw.indexOf('2.1. Cải cách thể chế');
    const to = raw.indexOf('III. KINH PHÍ THỰC HIỆN');
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const bulletLines = raw
      .slice(from, to)
      .split('\n')
      .filter((line) => line.trim().startsWith('-'));
    // Counted by reading the document: 6, 5, 6, 12, 5 and 11 bullets.
    expect(bulletLines).toHaveLength(45);
    expect(p.tasks).toHaveLength(45);

    const areas = ['institutions', 'procedures', 'apparatus', 'civil_service', 'public_finance', 'digital_government'] as const;
    expect(areas.map((a) => p.tasks.filter((t) => t.reformArea === a).length)).toEqual([6, 5, 6, 12, 5, 11]);
    const tasksSection = p.content.sections[1]!.children![1]!;
    expect(tasksSection.children!.map((s) => [s.numbering, s.role, s.reformArea])).toEqual(areas.map((a, i) => [`2.${i + 1}`, 'reform_area', a]));
    for (const area of tasksSection.children!) {
      const tasks = p.tasks.filter((t) => t.reformArea === area.reformArea);
      expect(tasks.map((t) => t.title)).toEqual(area.children!.map((b) => b.text));
      expect(tasks.map((t) => t.number)).toEqual(tasks.map((_, i) => `${area.numbering}.${i + 1}`));
    }
    // Each bullet line opens one task, in order.
    const notOpening = bulletLines.filter((line, i) => !squash(p.tasks[i]!.title).startsWith(squash(line).replace(/^- /, '')));
    expect(notOpening).toEqual([]);
    expect(p.tasks.every((t) => t.deadlineText === '' && t.note === null && t.lead !== null)).toBe(true);
    expect(p.content.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [100, '%', 'exactly'],
      [95, '%', 'above'],
    ]);
  });

  it('001: every responsibility of IV names its unit', () => {
    const p = plan('bvsn-2026-cchc');
    const iv = p.content.sections[3]!;
    expect([iv.numbering, iv.heading, iv.role]).toEqual(['IV', 'TỔ CHỨC THỰC HIỆN', 'responsibilities']);
    expect(iv.children!.map((s) => [s.numbering, s.role, s.assignee])).toEqual([
      ['1', 'responsibilities', null],
      ['2', 'responsibilities', { unit: 'TCHC' }],
      ['3', 'responsibilities', { unit: 'TCKT' }],
      ['4', 'responsibilities', { unit: 'KHTH' }],
      ['5', 'responsibilities', { unit: 'TRUYENTHONG' }],
      ['6', 'responsibilities', { unit: 'CTXH' }],
      ['7', 'responsibilities', { group: 'all_units' }],
    ]);
  });

  it.skipIf(!seedsAvailable)('002: the ten appendix rows, as written', () => {
    const p = plan('ttyt-lccd-2026-communication');
    expect([p.number, p.symbol, p.placeName, p.issuedOn, p.year, p.signerName]).toEqual([null, 'KH-TTYT', 'P. Lào Cai', null, 2026, 'Vũ Anh Dũng']);
    expect(p.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(p.tasks.map((t) => t.deadlineText)).toEqual([
      'Quý I năm 2026',
      'Quý II–III/2026',
      'Quý IV năm 2026',
      'Thường xuyên',
      'Thường xuyên',
      'Quý II, III năm 2026',
      'Hàng quý',
      'Thường xuyên',
      'Quý I năm 2026',
      'Hàng quý',
    ]);
    expect(p.tasks.map((t) => t.outputKind)).toEqual(['participation', 'news_item', 'report', 'news_item', 'reminder', 'guidance', 'report', 'other', 'decision', 'report']);
    expect(p.tasks.every((t) => JSON.stringify([t.lead, t.coordinators]) === JSON.stringify([{ unit: 'TCHC-TCKT' }, [{ group: 'all_units' }]]))).toBe(true);
    // Each row is a line of the appendix table with these cells.
    const rows = seedText(p).split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(10);
    rows.forEach((line, i) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      const t = p.tasks[i]!;
      expect(cells, `row ${i + 1}`).toEqual([t.number, t.title, 'Phòng TCHC-TCKT', 'Các khoa, phòng trực thuộc', t.deadlineText, t.outputText]);
    });
    const iv = p.content.sections[3]!;
    expect(iv.children!.map((s) => s.assignee)).toEqual([null, { unit: 'TCHC-TCKT' }, { group: 'all_units' }, { unit: 'TRUYENTHONG' }]);
  });

  it.skipIf(!seedsAvailable)('the department of health’s two plans are the illustrative ones the seeds cite', () => {
    const cchc = plan('syt-lc-2026-cchc');
    const comm = plan('syt-lc-2026-communication');
    for (const p of [cchc, comm]) {
      expect([p.seed, p.body, p.state, p.symbol, p.placeName]).toEqual([null, 'SYT-LC', 'issued', 'KH-SYT', 'Lào Cai']);
      expect(p.tasks.length).toBeGreaterThanOrEqual(5);
      expect(p.tasks.length).toBeLessThanOrEqual(8);
      expect(p.tasks.every((t) => JSON.stringify([t.lead, t.coordinators]) === JSON.stringify([{ group: 'all_bodies' }, [{ unit: 'VP' }]]))).toBe(true);
      expect(p.content.bases.some((b) => b.includes('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ'))).toBe(true);
    }
    expect([cchc.number, cchc.issuedOn, cchc.kind]).toEqual([6, '2026-01-10', 'cchc']);
    expect([comm.number, comm.issuedOn, comm.kind]).toEqual([23, '2026-01-23', 'communication']);
    // As the seeds cite them.
    expect(squash(seedText(plan('bvsn-2026-cchc')))).toContain(`Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế tỉnh Lào Cai về việc ${lowerFirst(cchc.title)}`);
    expect(squash(seedText(plan('ttyt-lccd-2026-communication')))).toContain(`Kế hoạch số 23/KH-SYT ngày 23/01/2026 của Sở Y tế tỉnh Lào Cai về việc ${lowerFirst(comm.title)}`);
  });
});

