import { describe, expect, it } from 'vitest';
import { addPostingSchema, addProcedureEventSchema, createProcedureSchema } from '../../shared/schemas/procedures';
import { DEMO_TREE, type DemoBody } from './demo-organizations';
import { DEMO_PROCEDURES, type DemoProcedure } from './demo-procedures';

const TODAY = '2026-12-04';
const AMENDING = new Set(['amended', 'supplemented']);
const ENDING = new Set(['replaced', 'abolished']);

function bodiesOf(tree: DemoBody[]): DemoBody[] {
  return tree.flatMap((body) => [body, ...bodiesOf(body.bodies ?? [])]);
}
const BODIES = new Map(bodiesOf(DEMO_TREE).map((body) => [body.code, body]));

const unitId = (body: string, unit: string | null) => (unit ? `unit:${body}:${unit}` : null);
const procedureId = (body: string, code: string) => `procedure:${body}:${code}`;

/** The request that issues the procedure, as the loader would send it with the body's unit ids. */
function createInput(p: DemoProcedure): unknown {
  const { body, responsibleUnit, steps, events, postings, ...fields } = p;
  const first = events[0]!;
  return {
    ...fields,
    steps: steps.map((s) => ({ text: s.text, unitId: unitId(body, s.unit), duration: s.duration ?? null })),
    responsibleUnitId: unitId(body, responsibleUnit),
    issued: { effectiveOn: first.effectiveOn, decidingDocument: first.decidingDocument ?? null, note: first.note ?? null },
  };
}

const ended = (p: DemoProcedure) => p.events.some((e) => ENDING.has(e.kind));
/** Stale: in force, posted, and amended or supplemented after its last posting. */
function isStale(p: DemoProcedure): boolean {
  if (ended(p) || p.postings.length === 0) return false;
  const lastPosted = Math.max(...p.postings.map((x) => x.afterEvent));
  return p.events.some((e, i) => i > lastPosted && AMENDING.has(e.kind));
}
const label = (p: DemoProcedure) => `${p.body} ${p.code}`;

describe('demo procedures', () => {
  it('each issues through createProcedureSchema', () => {
    for (const p of DEMO_PROCEDURES) {
      const parsed = createProcedureSchema.safeParse(createInput(p));
      expect(parsed.success, `${label(p)}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('each later event passes addProcedureEventSchema and each posting addPostingSchema', () => {
    for (const p of DEMO_PROCEDURES) {
      for (const e of p.events.slice(1)) {
        const input = {
          kind: e.kind,
          effectiveOn: e.effectiveOn,
          decidingDocument: e.decidingDocument ?? null,
          replacedById: e.replacedByCode ? procedureId(p.body, e.replacedByCode) : null,
          note: e.note ?? null,
        };
        const parsed = addProcedureEventSchema.safeParse(input);
        expect(parsed.success, `${label(p)} ${e.kind} ${e.effectiveOn}: ${parsed.error?.message}`).toBe(true);
      }
      for (const x of p.postings) {
        const parsed = addPostingSchema.safeParse({ place: x.place, postedOn: x.postedOn, proofUrl: x.proofUrl ?? null, note: x.note ?? null });
        expect(parsed.success, `${label(p)} posting ${x.postedOn}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });

  it('names bodies of the demo tree and units of that body', () => {
    for (const p of DEMO_PROCEDURES) {
      const body = BODIES.get(p.body);
      expect(body, label(p)).toBeDefined();
      const units = new Set(body!.units.map((u) => u.code));
      for (const unit of [p.responsibleUnit, ...p.steps.map((s) => s.unit)]) {
        if (unit !== null) expect(units.has(unit), `${label(p)}: unit ${unit} is not in ${p.body}`).toBe(true);
      }
    }
  });

  it('has codes unique per body', () => {
    const seen = new Set<string>();
    for (const p of DEMO_PROCEDURES) {
      const key = `${p.body}/${p.code}`;
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it('has events in date order, starting with issued, none after an ending event, none after today', () => {
    for (const p of DEMO_PROCEDURES) {
      expect(p.events.length, label(p)).toBeGreaterThan(0);
      expect(p.events[0]!.kind, label(p)).toBe('issued');
      p.events.forEach((e, i) => {
        expect(e.effectiveOn <= TODAY, `${label(p)} ${e.effectiveOn}`).toBe(true);
        if (i === 0) return;
        const before = p.events[i - 1]!;
        expect(e.kind, `${label(p)}: a second "issued"`).not.toBe('issued');
        expect(before.effectiveOn <= e.effectiveOn, `${label(p)}: ${before.effectiveOn} then ${e.effectiveOn}`).toBe(true);
        expect(ENDING.has(before.kind), `${label(p)}: an event after ${before.kind}`).toBe(false);
      });
    }
  });

  it('replaces only by a procedure of the same body issued that day', () => {
    for (const p of DEMO_PROCEDURES) {
      for (const e of p.events) {
        if (e.kind !== 'replaced') {
          expect(e.replacedByCode ?? null, `${label(p)} ${e.kind}`).toBeNull();
          continue;
        }
        const next = DEMO_PROCEDURES.find((q) => q.body === p.body && q.code === e.replacedByCode);
        expect(next, `${label(p)} replaced by ${e.replacedByCode}`).toBeDefined();
        expect(next!.code).not.toBe(p.code);
        expect(next!.events[0]!.effectiveOn, `${label(p)} → ${next!.code}`).toBe(e.effectiveOn);
      }
    }
  });

  it('posts after the event each posting follows, before the next one, and not after the procedure ended', () => {
    for (const p of DEMO_PROCEDURES) {
      for (const x of p.postings) {
        const event = p.events[x.afterEvent];
        expect(event, `${label(p)} posting ${x.postedOn} afterEvent ${x.afterEvent}`).toBeDefined();
        expect(x.postedOn >= event!.effectiveOn, `${label(p)}: posted ${x.postedOn} before ${event!.effectiveOn}`).toBe(true);
        expect(x.postedOn <= TODAY, `${label(p)} ${x.postedOn}`).toBe(true);
        const next = p.events[x.afterEvent + 1];
        if (next) expect(x.postedOn < next.effectiveOn, `${label(p)}: posted ${x.postedOn}, after the next event ${next.effectiveOn}`).toBe(true);
        expect(ENDING.has(event!.kind), `${label(p)}: posted after it ended`).toBe(false);
      }
    }
  });

  it('holds the four internal procedures of the BVSN 2025 communication plan', () => {
    const internal = DEMO_PROCEDURES.filter((p) => p.body === 'BVSN' && p.scope === 'internal').map((p) => p.name.toLowerCase());
    for (const words of ['khám bệnh, chữa bệnh', 'cấp lại giấy chứng sinh, giấy ra viện', 'khám sức khỏe', 'sao, tóm tắt hồ sơ bệnh án']) {
      expect(internal.some((name) => name.includes(words)), words).toBe(true);
    }
  });

  it('lived its year: public and internal, some stale, one never posted, one replaced, one abolished', () => {
    const count = (f: (p: DemoProcedure) => boolean) => DEMO_PROCEDURES.filter(f).length;
    expect(count((p) => p.body === 'BVSN' && p.scope === 'public')).toBeGreaterThanOrEqual(4);
    expect(count((p) => p.body === 'SYT-LC' && p.scope === 'public' && p.level === 'province')).toBeGreaterThanOrEqual(4);
    expect(count(isStale)).toBeGreaterThanOrEqual(1);
    expect(count((p) => p.scope === 'internal' && p.postings.length === 0 && !ended(p))).toBeGreaterThanOrEqual(1);
    expect(count((p) => p.events.some((e) => e.kind === 'replaced'))).toBeGreaterThanOrEqual(1);
    expect(count((p) => p.events.some((e) => e.kind === 'abolished'))).toBeGreaterThanOrEqual(1);
    // Most were issued before this year.
    expect(count((p) => p.events[0]!.effectiveOn < '2026-01-01')).toBeGreaterThan(DEMO_PROCEDURES.length / 2);
  });
});
