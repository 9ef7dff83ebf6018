// Builds the staff web app before `npm start` when dist/web is missing or older than its sources,
// so a fresh clone needs only `npm install && npm start` and a restart does not rebuild for nothing.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'dist/web/index.html';
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    return Math.max(latest, time);
  }, 0);

const sourcesTime = Math.max(newest('src/web'), newest('src/shared'), statSync('vite.config.ts').mtimeMs);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesTime) {
  console.log('Đang dựng giao diện web (vite build)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
