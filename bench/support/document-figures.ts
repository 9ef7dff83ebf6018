import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parsePlanText } from '../../src/domain/import';
import { extractPlanText } from '../../src/documents/import/extract-text';
import { signIn } from './session';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function download(base: string, cookie: string, path: string): Promise<Buffer> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * One request at a time, the figures issue 17 sets targets for: documents, compilations, imports,
 * exports. Each is the median of several runs after a first one (which is reported apart where it
 * differs: the first PDF starts LibreOffice).
 */
export async function documentFigures(base: string, province: boolean): Promise<string[]> {
  const lines: string[] = [];
  const year = new Date().getFullYear();
  const body = province ? 'g01.bv01' : 'bvsn';
  const doh = province ? 'g01.syt' : 'syt-lc';
  const coordinator = await signIn(base, `${body}.coordinator`);
  const director = await signIn(base, `${doh}.director`);

  // A plan of 100 tasks, made through the API from the rows of the body's biggest plan.
  const plans = await coordinator.get<{ items: { id: string; taskCount: number }[] }>(`/api/plans?year=${year}`);
  const source = await coordinator.get<{ tasks: Record<string, unknown>[] }>(`/api/plans/${plans.items.sort((a, b) => b.taskCount - a.taskCount)[0]!.id}`);
  const rows = Array.from({ length: 100 }, (_, i) => {
    const t = source.tasks[i % source.tasks.length]!;
    return { number: String(i + 1), title: t.title, reformArea: t.reformArea, lead: t.lead, coordinators: t.coordinators, deadlineText: t.deadlineText, outputText: t.outputText, outputKind: t.outputKind, note: t.note, weight: 1 };
  });
  const plan = await coordinator.post<{ id: string }>('/api/plans', { year, kind: 'other', title: `Kế hoạch đo tốc độ 100 nhiệm vụ năm ${year}`, tasks: rows });
  const docx = [];
  for (let i = 0; i < 8; i++) docx.push(await timed(() => download(base, coordinator.cookie, `/api/plans/${plan.id}/document.docx`)));
  lines.push(`DOCX kế hoạch 100 nhiệm vụ: trung vị ${ms(median(docx.slice(1)))} (lần đầu ${ms(docx[0]!)}) — mục tiêu < 300 ms`);
  try {
    const first = await timed(() => download(base, coordinator.cookie, `/api/plans/${plan.id}/document.pdf`));
    const next = [];
    for (let i = 0; i < 5; i++) next.push(await timed(() => download(base, coordinator.cookie, `/api/plans/${plan.id}/document.pdf`)));
    lines.push(`PDF kế hoạch 100 nhiệm vụ: lần đầu ${ms(first)}, sau đó trung vị ${ms(median(next))}, chậm nhất ${ms(Math.max(...next))} — mục tiêu < 1 500 ms sau lần đầu`);
  } catch (error) {
    lines.push(`PDF kế hoạch: không đo được (${(error as Error).message.slice(0, 120)})`);
  }

  // The department of health's zip of 60 issued plans as PDF: a job, followed by its progress as the page does.
  try {
    const issued = await director.get<{ items: { id: string; state: string }[] }>(`/api/plans?year=${year}&limit=200`);
    const planIds = issued.items.filter((p) => p.state === 'issued' || p.state === 'closed').slice(0, 60).map((p) => p.id);
    const started = performance.now();
    const job = await director.post<{ id: string }>('/api/exports', { kind: 'plan-pdfs', year, planIds });
    let state = { state: 'queued', progress: { done: 0, total: null as number | null }, error: null as string | null };
    while (!['done', 'failed'].includes(state.state) && performance.now() - started < 600_000) {
      await new Promise((r) => setTimeout(r, 500));
      state = await director.get(`/api/jobs/${job.id}`);
    }
    const took = (performance.now() - started) / 1000;
    lines.push(state.state === 'done' ? `Zip PDF ${planIds.length} kế hoạch (việc chạy nền, có tiến độ): ${took.toFixed(1)} s — mục tiêu < 90 s` : `Zip PDF ${planIds.length} kế hoạch: ${state.state} sau ${took.toFixed(0)} s (${state.error ?? ''})`);
  } catch (error) {
    lines.push(`Zip PDF kế hoạch: không đo được (${(error as Error).message.slice(0, 120)})`);
  }

  // A body's report: compile, then its DOCX, as the coordinator does before sending it.
  const reportRuns = [];
  for (let i = 0; i < 5; i++) {
    reportRuns.push(
      await timed(async () => {
        const report = await coordinator.post<{ id: string }>('/api/reports', { period: 'Y', year });
        await download(base, coordinator.cookie, `/api/reports/${report.id}/document.docx`);
      }),
    );
  }
  lines.push(`Báo cáo năm của một đơn vị, tổng hợp + DOCX: trung vị ${ms(median(reportRuns))} — mục tiêu < 500 ms`);
  const dohCoordinator = await signIn(base, `${doh}.coordinator`);
  const compile = [];
  for (let i = 0; i < 5; i++) compile.push(await timed(() => dohCoordinator.post('/api/reports', { period: '9M', year })));
  lines.push(`Sở tổng hợp báo cáo 9 tháng từ các đơn vị: trung vị ${ms(median(compile))} — mục tiêu < 1 000 ms`);
  const matrix = [];
  for (let i = 0; i < 5; i++) matrix.push(await timed(() => director.get(`/api/progress/matrix?year=${year}&scope=bodies`)));
  lines.push(`Ma trận tiến độ toàn tỉnh (một yêu cầu): trung vị ${ms(median(matrix))} — mục tiêu < 100 ms`);

  // The XLSX export of the department of health's work list: the year, or as much as makes 5 000 rows.
  for (const [from, to] of [[`${year}-07-01`, `${year}-09-30`], [`${year}-01-01`, `${year}-12-31`]] as const) {
    let bytes: Buffer = Buffer.alloc(0);
    const took = await timed(async () => (bytes = await download(base, director.cookie, `/api/occurrences/export.xlsx?dueFrom=${from}&dueTo=${to}`)));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const count = book.worksheets[0]!.actualRowCount;
    lines.push(`XLSX danh sách kỳ thực hiện của Sở (${from} – ${to}): ${count.toLocaleString('vi-VN')} dòng, ${(bytes.length / 1024).toFixed(0)} KB, ${ms(took)}`);
    if (count >= 5000) break;
  }

  // Import of each seed and each real plan of the corpus (beside the repository; absent on a user's clone).
  for (const dir of ['../shared/seeds', '../shared/corpus/real-plans']) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => /\.(txt|docx|pdf|md)$/i.test(n)).sort()) {
      const bytes = readFileSync(join(dir, name));
      const runs = [];
      for (let i = 0; i < 4; i++) runs.push(await timed(async () => parsePlanText((await extractPlanText(bytes, name)).text)));
      lines.push(`Nhập ${dir.split('/').pop()}/${name} (${(bytes.length / 1024).toFixed(0)} KB): trung vị ${ms(median(runs.slice(1)))} — mục tiêu < 300 ms`);
    }
  }
  return lines;
}
