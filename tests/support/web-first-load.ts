import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the built staff app (dist/web) makes the browser fetch before anything shows: the entry script, the
 * modules it preloads, and every module those import statically (`import … from "./x.js"`), transitively.
 * Modules behind `import("./x.js")` — lazy pages, charts, the rich-text editor — are left out: they come later.
 * Read from the files Vite wrote, so the figure is the one a browser pays, not an estimate.
 */
export type FirstLoad = { files: string[]; gzipBytes: number; gzipBytesOf: Record<string, number> };

/** The up-front JavaScript of the staff app, as dist/web/index.html asks for it: what the sign-in page needs. */
export function entryFirstLoad(webRoot: string): FirstLoad {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return closure(webRoot, entries.map((src) => src.replace(/^\//, '')));
}

/**
 * The entry's first load plus lazily loaded chunks a screen needs, by the name their file starts with (a
 * page's module, `PlanPage`, or a group of vite.config.ts, `shell`), with all they import statically.
 */
export function firstLoadWith(webRoot: string, chunkNames: string[]): FirstLoad {
  const entry = entryFirstLoad(webRoot);
  const lazy = entry.files.flatMap((file) => [...source(webRoot, file).matchAll(/import\(\s*[`"']\.\/([^`"']+)[`"']\s*\)/g)].map((m) => `assets/${m[1]!}`));
  const chunks = chunkNames.map((name) => {
    const chunk = lazy.find((file) => file.startsWith(`assets/${name}-`));
    if (!chunk) throw new Error(`no lazily imported chunk named ${name} in the entry's first load`);
    return chunk;
  });
  return closure(webRoot, [...entry.files, ...chunks]);
}

/** What `load` fetches that `already` has not: the home page's scripts after the sign-in page's, say. */
export function beyond(load: FirstLoad, already: FirstLoad): FirstLoad {
  const files = load.files.filter((file) => !already.files.includes(file));
  const gzipBytesOf = Object.fromEntries(files.map((file) => [file, load.gzipBytesOf[file]!]));
  return { files, gzipBytes: files.reduce((sum, file) => sum + gzipBytesOf[file]!, 0), gzipBytesOf };
}

/** Static imports between chunks, as Rolldown writes them: `import{a as b}from"./x.js"` and `import"./x.js"`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
}

function closure(webRoot: string, start: string[]): FirstLoad {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const imported of staticImports(source(webRoot, file))) queue.push(`${dir}${imported}`);
  }
  const files = [...seen].sort();
  // Gzip's default level, as Vite reports sizes and as servers compress on the fly.
  const gzipBytesOf = Object.fromEntries(files.map((file) => [file, gzipSync(readFileSync(join(webRoot, file))).length]));
  return { files, gzipBytes: Object.values(gzipBytesOf).reduce((sum, n) => sum + n, 0), gzipBytesOf };
}

function source(webRoot: string, file: string): string {
  return readFileSync(join(webRoot, file), 'utf8');
}
