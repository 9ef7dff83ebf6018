import { BROWSER, browserGet, type Request } from './load';
import { BENCH_PASSWORD } from './dataset';
import { signIn, staffAddress } from './session';

export type BenchRoute = { key: string; name: string; request: Request };

/** Who the bench acts as: on the generated province, or on the demo. */
export const PEOPLE = {
  province: { doh: 'g01.syt', body: 'g01.bv01', other: 'g01.bv02', reporter: 'g01.bv01.k01.1', publicCode: 'g01-bv01' },
  demo: { doh: 'syt-lc', body: 'bvsn', other: 'ttyt-lccd', reporter: 'bvsn.tchc', publicCode: 'bvsn' },
};

/** The generated bodies' username prefixes (generate-tree.ts names them so). */
const generatedBodies = () => ['cdc', ...Array.from({ length: 14 }, (_, i) => `bv${String(i + 1).padStart(2, '0')}`), ...Array.from({ length: 45 }, (_, i) => `ttyt${String(i + 1).padStart(2, '0')}`)].map((b) => `g01.${b}`);

let person = 0;
/** The province's reporters in turn (`g01.bv07.k12.3`), or the demo's coordinators. */
function nextPerson(): string {
  const n = person++;
  if (!provinceRun) return ['bvsn.coordinator', 'ttyt-lccd.coordinator', 'syt-lc.coordinator'][n % 3]!;
  const bodies = generatedBodies();
  return `${bodies[n % bodies.length]}.k${String(1 + (Math.floor(n / bodies.length) % 20)).padStart(2, '0')}.${1 + (Math.floor(n / (bodies.length * 20)) % 5)}`;
}
let provinceRun = false;

let forwarded = 0;
/** A different citizen's address for each submission, as nginx would pass it on. */
const citizenAddress = () => ({ 'x-forwarded-for': `10.${(forwarded >> 16) & 255}.${(forwarded >> 8) & 255}.${forwarded++ & 255}` });

/**
 * The routes of a person's day that issue 17 names, with what each needs set up first: a body's plan
 * with its tasks, and on the province every body's nine-month report sent, so the department of health
 * compiles from sixty.
 */
export async function benchRoutes(base: string, province: boolean): Promise<BenchRoute[]> {
  const who = province ? PEOPLE.province : PEOPLE.demo;
  provinceRun = province;
  const year = new Date().getFullYear();
  const coordinator = await signIn(base, `${who.body}.coordinator`);
  const dohCoordinator = await signIn(base, `${who.doh}.coordinator`);
  const dohDirector = await signIn(base, `${who.doh}.director`);
  const reporter = await signIn(base, who.reporter);
  const other = await signIn(base, `${who.other}.coordinator`);

  const plans = await coordinator.get<{ items: { id: string; taskCount: number }[] }>(`/api/plans?year=${year}`);
  const plan = plans.items.sort((a, b) => b.taskCount - a.taskCount)[0]!;
  if (province) await sendNineMonthReports(base, generatedBodies(), year);
  const json = (cookie: string, body: unknown): Pick<Request, 'method' | 'headers' | 'body'> => ({ method: 'POST', headers: { cookie, origin: base, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  return [
    {
      key: 'sign-in',
      name: 'Đăng nhập (argon2)',
      // Many people, each from their own address: one account signing in thousands of times a second is throttled, as it should be.
      request: { path: '/api/auth/login', method: 'POST', headers: { 'content-type': 'application/json' }, perRequestHeaders: staffAddress, perRequestBody: () => JSON.stringify({ username: nextPerson(), password: BENCH_PASSWORD }) },
    },
    { key: 'plan', name: `Kế hoạch và ${plan.taskCount} nhiệm vụ`, request: browserGet(coordinator.cookie, `/api/plans/${plan.id}`) },
    { key: 'my-work', name: 'Việc của khoa (50 dòng)', request: browserGet(reporter.cookie, '/api/occurrences?mine=1&limit=50') },
    { key: 'board', name: 'Bảng việc của một kế hoạch (≤ 1000)', request: browserGet(coordinator.cookie, `/api/occurrences?planId=${plan.id}&limit=1000`) },
    { key: 'home', name: 'Trang chủ điều phối viên đơn vị', request: browserGet(coordinator.cookie, '/api/home') },
    { key: 'home-doh', name: 'Trang chủ lãnh đạo Sở', request: browserGet(dohDirector.cookie, '/api/home') },
    { key: 'matrix', name: 'Ma trận tiến độ toàn tỉnh', request: browserGet(dohDirector.cookie, `/api/progress/matrix?year=${year}&scope=bodies`) },
    { key: 'kpis', name: 'Chỉ số của đơn vị (KPI)', request: browserGet(coordinator.cookie, `/api/indices/kpis?year=${year}`) },
    { key: 'report-body', name: 'Tổng hợp báo cáo năm của một đơn vị', request: { path: '/api/reports', ...json(other.cookie, { period: 'Y', year }) } },
    { key: 'report-doh', name: `Sở tổng hợp báo cáo 9 tháng (${province ? 60 : 2} đơn vị)`, request: { path: '/api/reports', ...json(dohCoordinator.cookie, { period: '9M', year }) } },
    { key: 'tree', name: 'Cây tổ chức của Sở (toàn bộ)', request: browserGet(dohDirector.cookie, '/api/organizations?limit=5000') },
    { key: 'procedures', name: 'Danh mục thủ tục (cán bộ, 50)', request: browserGet(coordinator.cookie, '/api/procedures?limit=50') },
    { key: 'public-news', name: 'Trang tin công khai', request: { path: `/p/${who.publicCode}/tin-tuc`, headers: BROWSER } },
    { key: 'public-procedures', name: 'Thủ tục hành chính công khai', request: { path: `/p/${who.publicCode}/thu-tuc`, headers: BROWSER } },
    {
      key: 'public-feedback',
      name: 'Người dân gửi phản ánh',
      request: {
        path: `/p/${who.publicCode}/phan-anh`,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
        body: new URLSearchParams({ subject: 'Thời gian chờ khám buổi sáng', content: 'Đề nghị bệnh viện bố trí thêm bàn đón tiếp vào buổi sáng thứ Hai.' }).toString(),
        perRequestHeaders: citizenAddress,
      },
    },
  ];
}

/** Every generated body compiles its nine-month report; its director approves and sends it. */
async function sendNineMonthReports(base: string, prefixes: string[], year: number): Promise<void> {
  for (const prefix of prefixes) {
    const coordinator = await signIn(base, `${prefix}.coordinator`);
    const director = await signIn(base, `${prefix}.director`);
    // A kept database (--data) has them sent already: recompiling a sent report is refused, as it should be.
    const report = await coordinator.post<{ id: string; state: string }>('/api/reports', { period: '9M', year }).catch((error: Error) => {
      if (error.message.includes('REPORT_LOCKED')) return null;
      throw error;
    });
    if (!report || report.state === 'submitted') continue;
    if (report.state !== 'approved') await director.post(`/api/reports/${report.id}/transition`, { to: 'approved' });
    await director.post(`/api/reports/${report.id}/transition`, { to: 'submitted' });
  }
}
