// Bundles the server (src/cli.ts and everything it imports, not the npm packages) into one ES module,
// dist/server/cli.js, so `npm start` runs plain JavaScript instead of compiling TypeScript at every start.
//
//   node scripts/build-server.mjs [--outdir DIR]
//
// Files the code reads at run time are named as `new URL('./x', import.meta.url)` beside the module that
// reads them (public.css, common-passwords.txt, the worker scripts *.mjs). In the bundle every module is
// one file, so each such URL is rewritten relative to src/ and the file is copied to the same place under
// the output folder: src/public/public.css → DIR/public/public.css. A use of import.meta in any other form
// stops the build rather than leaving a path that only works from the sources.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');

const ASSET_URL = /new URL\(\s*(['"])(\.\.?\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;
// Relative imports of a copied script (a worker's `import … from '../worker/serve.mjs'`).
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.\.?\/[^'"]+)\1/g;

const toSrcPath = (file) => relative(SRC, file).split(sep).join('/');

/** Rewrites the run-time file URLs of one source file and records the files they name. */
function rewriteAssetUrls(file, text, assets) {
  const code = text.replace(ASSET_URL, (_match, quote, spec) => {
    const target = resolve(dirname(file), spec);
    const path = toSrcPath(target);
    if (path.startsWith('..')) throw new Error(`${toSrcPath(file)}: ${spec} is outside src/`);
    assets.add(path);
    return `new URL(${quote}./${path}${quote}, import.meta.url)`;
  });
  if (text.replace(ASSET_URL, '').includes('import.meta')) {
    throw new Error(`${toSrcPath(file)} uses import.meta other than new URL('./file', import.meta.url): the bundle would look for it beside dist/server/cli.js`);
  }
  return code;
}

/** The copied files and, for scripts, the files they import, transitively. */
function withImports(assets) {
  const all = new Set();
  const visit = (path) => {
    if (all.has(path)) return;
    const file = join(SRC, path);
    if (!existsSync(file)) throw new Error(`run-time file src/${path} does not exist`);
    all.add(path);
    if (!['.mjs', '.js', '.cjs'].includes(extname(path))) return;
    for (const [, , spec] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) visit(toSrcPath(resolve(dirname(file), spec)));
  };
  for (const path of assets) visit(path);
  return [...all].sort();
}

const runtimeAssets = (assets) => ({
  name: 'runtime-assets',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|mts|js|mjs)$/ }, (args) => {
      if (!args.path.startsWith(SRC + sep)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const ext = extname(args.path).slice(1);
      return { contents: rewriteAssetUrls(args.path, text, assets), loader: ext === 'mts' ? 'ts' : ext === 'mjs' ? 'js' : ext };
    });
  },
});

/**
 * Every npm package is imported from node_modules at run time, except React, which renders the public
 * pages: node_modules/react picks its development build unless NODE_ENV says production, and `npm start`
 * sets no NODE_ENV. Bundled with NODE_ENV defined, only React's production build is in the server (the
 * public procedure list rendered three times faster).
 */
const BUNDLED_PACKAGES = /^(react|react-dom|scheduler)(\/|$)/;
const externalExceptReact = {
  name: 'external-except-react',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_PACKAGES.test(args.path) ? undefined : { path: args.path, external: true }));
  },
};

/** Builds the server into `outdir` (default dist/server); answers the run-time files copied beside it. */
export async function buildServer({ outdir = join(ROOT, 'dist/server') } = {}) {
  const out = resolve(ROOT, outdir);
  // The folder is emptied first (no file of an older build left behind): only ever a previous build's.
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'cli.js'))) throw new Error(`${out} is not empty and holds no earlier build: choose another --outdir`);
  rmSync(out, { recursive: true, force: true });
  const assets = new Set();
  const { outputFiles } = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(SRC, 'cli.ts')],
    outfile: join(out, 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // npm packages stay in node_modules and are imported as they are: native modules (better-sqlite3,
    // argon2) and packages that read their own files (pdfjs-dist, fonts) keep working. React is the
    // exception (externalExceptReact): bundled in its production build.
    define: { 'process.env.NODE_ENV': '"production"' },
    // React's CommonJS requires Node's modules (util, stream…): an ES module has no `require` of its own.
    banner: { js: "import { createRequire as __cchcCreateRequire } from 'node:module'; const require = __cchcCreateRequire(import.meta.url);" },
    sourcemap: true,
    // Error class names appear in the crash log's `err.type`; esbuild would rename clashing ones.
    keepNames: true,
    logLevel: 'warning',
    plugins: [externalExceptReact, runtimeAssets(assets)],
    write: false,
  });
  const copied = withImports(assets);
  mkdirSync(out, { recursive: true });
  for (const path of copied) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    copyFileSync(join(SRC, path), join(out, path));
  }
  // cli.js last: when it is there the build is whole (scripts/build-state.mjs goes by its time).
  for (const file of outputFiles.sort((x, y) => Number(x.path.endsWith('cli.js')) - Number(y.path.endsWith('cli.js')))) writeFileSync(file.path, file.contents);
  return { outdir: out, entry: join(out, 'cli.js'), assets: copied };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  const started = Date.now();
  try {
    const built = await buildServer(values.outdir ? { outdir: values.outdir } : {});
    console.log(`Đã dựng máy chủ: ${relative(process.cwd(), built.entry)} và ${built.assets.length} tệp đọc lúc chạy (${Date.now() - started} ms)`);
  } catch (error) {
    // esbuild has printed its errors with their place in the sources; anything else is one line.
    if (!error.errors) console.error(error.message);
    process.exitCode = 1;
  }
}
