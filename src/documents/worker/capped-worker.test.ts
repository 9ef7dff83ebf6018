import { ParseGate, PARSES_AT_ONCE, runInCappedWorker } from './capped-worker';

const fixture = (name: string) => new URL(`../../../tests/fixtures/workers/${name}`, import.meta.url);
const limits = { heapMb: 32, timeLimitMs: 5_000 };
const gate = () => new ParseGate(1, 2, 5_000);

describe('runInCappedWorker', () => {
  it("hands the bytes to the script and answers its value or its refusal, never a library's error", async () => {
    expect(await runInCappedWorker(fixture('answer.mjs'), Buffer.from('PK\x03\x04'), { then: 'answer' }, limits, gate())).toEqual({ kind: 'done', value: { length: 4, first: 0x50 } });
    expect(await runInCappedWorker(fixture('answer.mjs'), Buffer.from('x'), { then: 'refuse' }, limits, gate())).toEqual({ kind: 'refused', reason: 'TOO_MANY_PAGES', detail: 500 });
    expect(await runInCappedWorker(fixture('answer.mjs'), Buffer.from('x'), { then: 'throw' }, limits, gate())).toEqual({ kind: 'refused', reason: 'UNREADABLE', detail: 'TypeError' });
  });

  it('stops a parse that loops at the time limit, one that grows at the heap cap, and survives one that exits', async () => {
    const started = performance.now();
    expect(await runInCappedWorker(fixture('misbehave.mjs'), Buffer.from('x'), { then: 'loop' }, { heapMb: 32, timeLimitMs: 300 }, gate())).toEqual({ kind: 'too-slow' });
    expect(performance.now() - started).toBeLessThan(3_000);
    const heapBefore = process.memoryUsage().heapUsed;
    expect(await runInCappedWorker(fixture('misbehave.mjs'), Buffer.from('x'), { then: 'grow' }, { heapMb: 16, timeLimitMs: 30_000 }, gate())).toEqual({ kind: 'out-of-memory' });
    // The thread's heap was its own: this one did not grow with it.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
    expect(await runInCappedWorker(fixture('misbehave.mjs'), Buffer.from('x'), { then: 'exit' }, limits, gate())).toEqual({ kind: 'crashed' });
    expect(await runInCappedWorker(fixture('answer.mjs'), Buffer.from('ok'), { then: 'answer' }, limits, gate())).toMatchObject({ kind: 'done' });
  });

  it('leaves one core to the server', () => {
    expect(PARSES_AT_ONCE).toBeGreaterThanOrEqual(1);
    expect(PARSES_AT_ONCE).toBeLessThanOrEqual(2);
  });
});

describe('ParseGate', () => {
  it('lets in as many as it has slots, queues a few more in order, and turns the rest away at once', async () => {
    const g = new ParseGate(2, 2, 5_000);
    expect(await g.enter()).toBe(true);
    expect(await g.enter()).toBe(true);
    const order: string[] = [];
    const third = g.enter().then((ok) => order.push(`third ${ok}`));
    const fourth = g.enter().then((ok) => order.push(`fourth ${ok}`));
    expect(await g.enter()).toBe(false);
    expect(g.busy).toEqual({ running: 2, waiting: 2 });
    g.leave();
    await third;
    g.leave();
    await fourth;
    expect(order).toEqual(['third true', 'fourth true']);
    expect(g.busy).toEqual({ running: 2, waiting: 0 });
    g.leave();
    g.leave();
    expect(g.busy).toEqual({ running: 0, waiting: 0 });
  });

  it('gives up on a wait that runs out, and the slot count stays right', async () => {
    const g = new ParseGate(1, 4, 50);
    expect(await g.enter()).toBe(true);
    expect(await g.enter()).toBe(false);
    expect(g.busy).toEqual({ running: 1, waiting: 0 });
    g.leave();
    expect(await g.enter()).toBe(true);
  });

  it('never runs more parses at once than it has slots, however many arrive', async () => {
    const g = new ParseGate(2, 20, 5_000);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        expect(await g.enter()).toBe(true);
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running--;
        g.leave();
      }),
    );
    expect(most).toBe(2);
  });
});
