#!/usr/bin/env node
// `npx cchc …`: the compiled server (dist/server/cli.js, `npm run build`) when it is built from the current
// sources; otherwise the TypeScript sources through tsx's loader, so a clone works without a build step.
import { isCurrent } from '../scripts/build-state.mjs';

if (isCurrent('server')) {
  await import('../dist/server/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
