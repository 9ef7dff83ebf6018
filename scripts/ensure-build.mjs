// Before `npm start`: builds the staff web app and the server when their output is missing or older than
// their sources (scripts/build-state.mjs), so a fresh clone needs only `npm install && npm start` and a
// restart does not rebuild for nothing.
import { execSync } from 'node:child_process';
import { isCurrent, ROOT } from './build-state.mjs';

if (!isCurrent('web')) {
  console.log('Đang dựng giao diện web (vite build)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit', cwd: ROOT });
}
if (!isCurrent('server')) {
  console.log('Đang dựng máy chủ (esbuild)…');
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
}
