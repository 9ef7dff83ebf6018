import { todayInVietnam } from '../../domain/calendar';
import type { IsoDate } from '../../domain/calendar/iso-day';
import type { Db } from '../../db/database';
import { nowIso } from '../../db/ids';
import { findOrganization } from '../../db/repositories/organizations';
import { insertPlanVersion, type PlanRow } from '../../db/repositories/plans';
import { hashPassword } from '../auth/passwords';
import { planSnapshot } from '../commands/plan-snapshot';
import { RowBuffer } from './batch-insert';
import { startBulkLoad, type BulkLoad } from './bulk-load';
import { generateChannels, generateFeedback, generateMedia, generateProcedures, generateSurvey, type BodyYearVolumes } from './generate-body-year';
import { generatePlans } from './generate-plans';
import { generateTree, type GeneratedBody, type GeneratedProvince, type TreeShape } from './generate-tree';
import { PROVINCES } from './provinces';
import { seededRandom, type Random } from './random';

export const SCALES = {
  /** One department of health as issue 17 describes a province: 60 bodies × 20 departments × 5 reporters. */
  province: { provinces: 1, bodies: 60, departments: 20, reportersPerDepartment: 5, mediaItems: 20, procedures: 50, feedback: 200, surveyAnswers: 5000 },
  /** Every province of the country, for PostgreSQL. */
  national: { provinces: PROVINCES.length, bodies: 60, departments: 20, reportersPerDepartment: 5, mediaItems: 20, procedures: 50, feedback: 200, surveyAnswers: 5000 },
} as const satisfies Record<string, Shape>;
/** How big a generated dataset is: its tree, and per body and year what its people produce. */
export type Shape = TreeShape & BodyYearVolumes & { provinces: number };
export type Scale = keyof typeof SCALES;

export type GenerateOptions = {
  scale: Scale;
  seed: number;
  /** The password of every generated account. */
  password: string;
  today?: IsoDate;
  /** Overrides of the scale's shape (fewer provinces or bodies for a quick run or a test). */
  shape?: Partial<Shape>;
  log?: (line: string) => void;
};

export type GenerateSummary = { provinces: number; bodies: number; rows: Record<string, number>; seconds: number; usernames: string[] };

/** The generated department of health of the i-th province (1-based): its code says it is generated data. */
export const generatedDohCode = (index: number) => `SYT-G${String(index).padStart(2, '0')}`;

/**
 * Writes a whole generated province (or the country) into an empty or demo database: the tree and its
 * people, three issued plans a body a year for three years with their periods of work as they went up to
 * today, and the rest of a body's year. Deterministic for a seed and a day. Rows are written in bulk, one
 * transaction per body, through the domain's own expansion of deadlines, so the data reads like the app's.
 */
export async function generateDataset(db: Db, options: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const shape: Shape = { ...SCALES[options.scale], ...options.shape };
  const today = options.today ?? todayInVietnam(new Date());
  const taken = await db.selectFrom('organizations').select('code').where('code', 'in', Array.from({ length: shape.provinces }, (_, i) => generatedDohCode(i + 1))).execute();
  if (taken.length > 0) throw new Error(`Cơ sở dữ liệu đã có dữ liệu sinh sẵn (${taken.map((t) => t.code).join(', ')}); hãy dùng một cơ sở dữ liệu trống hoặc chỉ có dữ liệu mẫu.`);
  const passwordHash = await hashPassword(options.password);
  const bulk = await startBulkLoad(db);
  try {
    const summary = await generateProvinces(db, options, shape, today, passwordHash, bulk, started);
    await bulk.finish();
    return { ...summary, seconds: (performance.now() - started) / 1000 };
  } finally {
    // Also after a failure: the connection goes back to checking references and waiting for the disk.
    await bulk.restore();
  }
}

async function generateProvinces(db: Db, options: GenerateOptions, shape: Shape, today: IsoDate, passwordHash: string, bulk: BulkLoad, started: number): Promise<GenerateSummary> {
  const log = options.log ?? (() => undefined);
  const rows: Record<string, number> = {};
  const count = (written: Record<string, number>) => {
    for (const [table, n] of Object.entries(written)) rows[table] = (rows[table] ?? 0) + n;
  };
  const root = seededRandom(options.seed);
  const usernames: string[] = [];
  for (let p = 1; p <= shape.provinces; p++) {
    const random = root.fork(`province ${p}`);
    const buffer = new RowBuffer();
    const province = generateTree(buffer, random.fork('tree'), PROVINCES[(p - 1) % PROVINCES.length]!, p, shape, passwordHash, nowIso());
    await db.transaction().execute(async (tx) => {
      await bulk.begin(tx);
      count(await buffer.flush(tx));
    });
    usernames.push(`${province.doh.usernamePrefix}.coordinator`, ...province.bodies.slice(0, 2).map((b) => `${b.usernamePrefix}.coordinator`));
    const years = [0, 1, 2].map((k) => Number(today.slice(0, 4)) - 2 + k);
    const dohPlans = new Map<number, PlanRow[]>();
    const place = { db, bulk, province, years, dohPlans, today, shape, count, sequence: { feedback: (p - 1) * shape.bodies * shape.feedback * years.length } };
    // The department of health first and alone: its bodies' plans refer to its plans.
    await writeBody(place, province.doh, generateBody(place, random.fork('doh'), province.doh, true));
    await writeBodies(place, province.bodies.map((body) => () => ({ body, generated: generateBody(place, random.fork(body.org.code), body, false) })));
    log(`Tỉnh ${p}/${shape.provinces}: ${province.doh.org.name}, ${province.bodies.length} đơn vị, ${(rows.occurrences ?? 0).toLocaleString('vi-VN')} kỳ thực hiện đến nay (${((performance.now() - started) / 1000).toFixed(1)} giây)`);
  }
  return { provinces: shape.provinces, bodies: shape.provinces * shape.bodies, rows, seconds: (performance.now() - started) / 1000, usernames };
}

type Place = {
  db: Db;
  bulk: BulkLoad;
  province: GeneratedProvince;
  years: number[];
  dohPlans: Map<number, PlanRow[]>;
  today: IsoDate;
  shape: Shape;
  count: (written: Record<string, number>) => void;
  /** The next feedback's sequence number in the whole dataset, for its unique tracking code. */
  sequence: { feedback: number };
};

type Generated = { buffer: RowBuffer; plans: PlanRow[] };

/**
 * One body's years as rows: its plans with their periods; a body (not the department of health) also its
 * news, procedures, feedback and survey. Made in body order, whatever is being written meanwhile: the
 * feedback numbers run on from body to body.
 */
function generateBody(place: Place, random: Random, body: GeneratedBody, isDoh: boolean): Generated {
  const { province, today, shape } = place;
  const buffer = new RowBuffer();
  const plans: PlanRow[] = [];
  const channels = isDoh ? [] : generateChannels(buffer, body, nowIso());
  if (!isDoh) generateProcedures(buffer, random, body, shape.procedures, nowIso());
  for (const year of place.years) {
    const issued = generatePlans(buffer, random, { body, province, isDoh }, year, isDoh ? [] : (place.dohPlans.get(year) ?? []), today, isDoh ? 5 : random.int(1, 20));
    if (isDoh) place.dohPlans.set(year, issued);
    plans.push(...issued);
    if (isDoh) continue;
    generateMedia(buffer, random, body, year, shape.mediaItems, buffer.rowsOf('tasks').map((t) => t.id), channels, today);
    place.sequence.feedback += generateFeedback(buffer, random, body, year, shape.feedback, place.sequence.feedback, today);
    generateSurvey(buffer, random, body, year, shape.surveyAnswers, today);
  }
  return { buffer, plans };
}

/** A generated body written in one transaction, then each issued plan's first version. */
async function writeBody(place: Place, body: GeneratedBody, { buffer, plans }: Generated): Promise<void> {
  await place.db.transaction().execute(async (tx) => {
    await place.bulk.begin(tx);
    place.count(await buffer.flush(tx));
    const org = (await findOrganization(tx, body.org.id))!;
    for (const plan of plans) await insertPlanVersion(tx, { planId: plan.id, version: 1, state: plan.state, snapshot: await planSnapshot(tx, plan, org), createdBy: body.director.id });
    place.count({ plan_versions: plans.length });
  });
}

/**
 * The bodies of a province, each made then written, with as many writes at once as the load allows: on
 * PostgreSQL the next body is made while the database stores the one before (the generator's work and
 * the database's on the two cores at once); SQLite writes in this thread, one at a time.
 */
async function writeBodies(place: Place, bodies: (() => { body: GeneratedBody; generated: Generated })[]): Promise<void> {
  const writing = new Set<Promise<void>>();
  try {
    for (const make of bodies) {
      const { body, generated } = make();
      const write: Promise<void> = writeBody(place, body, generated).finally(() => writing.delete(write));
      writing.add(write);
      if (writing.size >= place.bulk.parallelWrites) await Promise.race(writing);
    }
    await Promise.all(writing);
  } finally {
    // After a failure, the other writes end (committed or rolled back) before the load's settings are restored.
    await Promise.allSettled(writing);
  }
}
