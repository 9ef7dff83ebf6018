import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beyond, entryFirstLoad, firstLoadWith, type FirstLoad } from '../support/web-first-load';

/**
 * Issue 17: the staff app's first load stays under 200 kB of gzipped JavaScript, with antd, ECharts and TipTap
 * out of it (antd comes with the first page other than home). Read from dist/web, which `npm test` builds before the tests (alone: `npx vite build` first). A size,
 * not a time: it does not vary with the machine. kB = 1000 bytes, gzip at its default level, as Vite reports.
 */
const WEB_ROOT = resolve('dist/web');
const BUDGET = 200_000;
/** Strings only these libraries' code holds, kept in the built chunks' text by the minifier. */
const MARKERS = { ECharts: '_echarts_instance_', TipTap: '[tiptap ' } as const;
/** antd's CSS-in-JS core, which every antd component brings. */
const ANTD_MARKER = 'data-token-hash';

/** The chunk of the signed-in shell and the home page, as vite.config.ts names it. */
const HOME = ['shell'];

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const listing = (load: FirstLoad) => `${kB(load.gzipBytes)} in ${load.files.length} files: ${load.files.join(', ')}`;
const holds = (file: string, marker: string) => readFileSync(join(WEB_ROOT, file), 'utf8').includes(marker);

describe('the staff app’s first load', () => {
  beforeAll(() => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('dist/web is missing: run `npx vite build` before this test.');
  });

  it('shows the sign-in page with under 200 kB of gzipped JavaScript (the entry, its preloads and what they import)', () => {
    const load = entryFirstLoad(WEB_ROOT);
    expect(load.gzipBytes, listing(load)).toBeLessThan(BUDGET);
  });

  it('shows the home page to someone signed in, on an empty cache, with under 200 kB in all (the entry, the shell and the home page)', () => {
    const load = firstLoadWith(WEB_ROOT, HOME);
    expect(load.gzipBytes, listing(load)).toBeLessThan(BUDGET);
  });

  it('adds under 30 kB after the sign-in page, with no antd: the shell and the home page are plain markup', () => {
    const load = beyond(firstLoadWith(WEB_ROOT, HOME), entryFirstLoad(WEB_ROOT));
    expect(load.gzipBytes, listing(load)).toBeLessThan(30_000);
    // antd's CSS-in-JS names its style elements' attribute in the built text; the theme root (AntdRoot) is a chunk of its own.
    const chunks = readdirSync(join(WEB_ROOT, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
    expect(chunks.some((file) => holds(file, ANTD_MARKER)), `antd's marker "${ANTD_MARKER}" is in no chunk: find another`).toBe(true);
    const home = firstLoadWith(WEB_ROOT, HOME);
    expect(home.files.filter((file) => holds(file, ANTD_MARKER) || file.startsWith('assets/AntdRoot-')), 'antd in the home page first load').toEqual([]);
  });

  it('leaves ECharts and TipTap to the pages that draw charts and edit text', () => {
    const chunks = readdirSync(join(WEB_ROOT, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
    const loads = { 'sign-in': entryFirstLoad(WEB_ROOT), home: firstLoadWith(WEB_ROOT, HOME) };
    for (const [library, marker] of Object.entries(MARKERS)) {
      // The marker must still find the library somewhere in the build, or its absence below would prove nothing.
      expect(chunks.some((file) => holds(file, marker)), `${library}'s marker "${marker}" is in no chunk: find another`).toBe(true);
      for (const [name, load] of Object.entries(loads)) {
        expect(load.files.filter((file) => holds(file, marker)), `${library} in the ${name} first load`).toEqual([]);
      }
    }
  });
});
