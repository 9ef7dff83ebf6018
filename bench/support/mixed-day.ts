import autocannon from 'autocannon';
import { browserGet, loadOf, type Load, type Request } from './load';
import { signIn } from './session';

/**
 * A province's working hour: staff of a body and of the department of health open their pages while, now
 * and then, someone records their work. Every write makes the kept views be made again (decision 0033),
 * so the figures of kept views alone are those of a quiet hour; these are of a busy one.
 */
export type MixedDay = { reads: Request[]; write: () => Promise<void> };

export async function mixedDay(base: string, who: { doh: string; body: string; reporter: string }): Promise<MixedDay> {
  const year = new Date().getFullYear();
  const [coordinator, director, dohDirector, reporter] = await Promise.all([signIn(base, `${who.body}.coordinator`), signIn(base, `${who.body}.director`), signIn(base, `${who.doh}.director`), signIn(base, who.reporter)]);
  const plans = await coordinator.get<{ items: { id: string }[] }>(`/api/plans?year=${year}`);
  const work = await reporter.get<{ items: { id: string; can: { update: boolean } }[] }>('/api/occurrences?mine=1&open=1&limit=20');
  const open = work.items.find((o) => o.can.update);
  if (!open) throw new Error(`${who.reporter} has no open work to record`);
  let n = 0;
  return {
    reads: [
      browserGet(coordinator.cookie, '/api/home'),
      browserGet(director.cookie, '/api/home'),
      browserGet(reporter.cookie, '/api/occurrences?mine=1&limit=50'),
      browserGet(coordinator.cookie, `/api/plans/${plans.items[0]!.id}`),
      browserGet(dohDirector.cookie, '/api/home'),
      browserGet(dohDirector.cookie, `/api/progress/matrix?year=${year}&scope=bodies`),
    ],
    // A change of status each time, so the body's counted work changes with every write, not only its note.
    write: async () => {
      const res = await fetch(`${base}/api/occurrences/${open.id}`, { method: 'PATCH', headers: { cookie: reporter.cookie, origin: base, 'content-type': 'application/json' }, body: JSON.stringify(++n % 2 ? { status: 'in_progress', progress: 30, note: `Ghi nhận tiến độ lần ${n}` } : { status: 'not_started', progress: 0 }) });
      if (!res.ok) throw new Error(`PATCH occurrence: ${res.status} ${await res.text()}`);
    },
  };
}

/** The reads in turn on every connection, with one write every `everyMs` (none when 0); answers the reads' figures and the writes made. */
export async function mixedLoad(base: string, day: MixedDay, everyMs: number, connections: number, seconds: number): Promise<Load & { writes: number }> {
  let writes = 0;
  let failed: unknown;
  const timer = everyMs > 0 ? setInterval(() => void day.write().then(() => writes++, (error) => (failed = error)), everyMs) : null;
  try {
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      timeout: 20,
      requests: day.reads.map((r) => ({ method: 'GET' as const, path: r.path, headers: r.headers })),
    });
    if (failed) throw failed;
    return { ...loadOf(result), writes };
  } finally {
    if (timer) clearInterval(timer);
  }
}
