// What `npm start` runs is built from the sources: the staff web app (Vite, dist/web) and the server
// (esbuild, dist/server). A build is current when its output is newer than every source file it comes
// from; scripts/ensure-build.mjs rebuilds what is not, bin/cchc.js runs the compiled server only when current.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Each build: the file it writes last, the sources it depends on (folders or files), folders left out. */
export const BUILDS = {
  web: { output: 'dist/web/index.html', sources: ['src/web', 'src/shared', 'vite.config.ts'], skip: [] },
  // Everything under src but the web app; tsconfig.json says how JSX compiles.
  server: { output: 'dist/server/cli.js', sources: ['src', 'tsconfig.json', 'scripts/build-server.mjs'], skip: ['src/web'] },
};

const TEST_FILE = /\.test\.tsx?$/;

function newest(path, skip) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full, { withFileTypes: true }).reduce((latest, entry) => {
    const child = `${path}/${entry.name}`;
    if (skip.includes(child) || (!entry.isDirectory() && TEST_FILE.test(entry.name))) return latest;
    return Math.max(latest, newest(child, skip));
  }, 0);
}

/** Whether `name`'s output exists and is newer than all its sources. */
export function isCurrent(name) {
  const { output, sources, skip } = BUILDS[name];
  const built = join(ROOT, output);
  if (!existsSync(built)) return false;
  const sourcesTime = Math.max(...sources.map((source) => newest(source, skip)));
  return statSync(built).mtimeMs >= sourcesTime;
}
