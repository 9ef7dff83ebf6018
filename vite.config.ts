import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

const WEB = fileURLToPath(new URL('./src/web/', import.meta.url));

/** Our own modules that `from` imports statically, all the way down (the packages they use are not followed). */
function ownModulesReached(graph: ModuleGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [`${WEB}${from}`];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []).filter((next) => next.startsWith(WEB)));
  }
  return seen;
}

const reached = new WeakMap<ModuleGraph, Map<string, Set<string>>>();

/**
 * A chunk for one screen: our modules it imports statically; Rolldown brings the packages they use along
 * (`includeDependenciesRecursively`, on by default), less what a group of higher priority took first.
 */
function screenChunk(name: string, from: string[]) {
  return (id: string, graph: ModuleGraph): string | null => {
    const cache = reached.get(graph) ?? new Map<string, Set<string>>();
    reached.set(graph, cache);
    for (const module of from) {
      if (!cache.has(module)) cache.set(module, ownModulesReached(graph, module));
      if (cache.get(module)!.has(id)) return name;
    }
    return null;
  };
}

/** The staff single-page app: built into dist/web and served by the server at "/". */
export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // The first screens in two files (issue 17; tests/web/bundle-budget.test.ts holds their size): what the
        // entry imports (React, the router, TanStack Query, the shell's messages, the sign-in page), then what
        // the signed-in shell and the home page add. Left to itself Rolldown cuts the second into some forty
        // small chunks, a request each: on a slow line (a 150 ms round trip or more, six connections) that
        // costs seconds. Every other page opens inside the shell, so code it shares with the shell costs it
        // nothing more; the pages themselves stay in chunks of their own.
        codeSplitting: {
          groups: [
            { name: 'first-load', tags: ['$initial'], priority: 2 },
            { name: screenChunk('shell', ['layout/AppLayout.tsx', 'pages/DashboardPage.tsx']), priority: 1 },
          ],
        },
      },
      // Antd's own packages do not declare themselves free of side effects, so Rolldown kept whole modules (rc-form
      // and its validator, for one context) in chunks that use nothing of them; they have none.
      treeshake: { moduleSideEffects: [{ test: /node_modules\/(@rc-component|@ant-design\/(cssinjs|cssinjs-utils|colors|fast-color))\//, sideEffects: false }] },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
