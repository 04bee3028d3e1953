// Makes the CLI's one-file build (see src/cli/bundle.ts) from dist/, after tsc: `npm run build` runs it.
// Four files in dist/bundle/: the script, the parse worker's script, their manifest, and the loader
// bin/juesuan.js requires.
// esbuild joins dist/cli/main.js and every module it loads, zod and decimal.js included, into one
// CommonJS script, wrapped as one function expression and escaped to ASCII; a manifest lists what it
// was made from, so that bin/juesuan.js can tell a stale script and run dist/ instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { lazyCases } from './lazy-cases.js';
import { PDFIUM_PACKAGE } from '../src/extract/pdf/pdfium/wasm.js';
import { BUNDLE_LOADER, BUNDLE_MANIFEST, BUNDLE_SCRIPT, type BundleManifest, LEFT_OUT_MODULES, WORKER_LEFT_OUT_JOB, WORKER_SCRIPT, WRAP_AFTER, WRAP_BEFORE, bundleHeader } from '../src/cli/bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, BUNDLE_SCRIPT);

/** A module that uses import.meta is given its own file's URL in dist/ (bounded.ts finds the worker's entry by it). */
const META_URL = '__juesuan_import_meta_url';
const OTHER_META = '__juesuan_import_meta_other';

/**
 * zod's locales: every language's error messages (400 kB, 40 modules), reachable only through
 * `z.locales`, which juesuan never uses; English, the default, is imported by zod on its own.
 */
const ZOD_LOCALES = /[/\\]zod[/\\]v4[/\\](core|classic)[/\\]/;

/** What both builds share: one CommonJS file for Node 20, held in memory, with its metafile. */
const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
} as const;

/**
 * One script made from `entry` in dist/ and every module it loads, wrapped and escaped to ASCII;
 * `leftOut(importer, path)` names imports left out of it (a module it never runs).
 */
async function makeScript(entry: string, leftOut: (importer: string, path: string) => boolean, atRuntime: readonly string[] = [], define: Record<string, string> = {}) {
  const result = await build({
    ...COMMON,
    define,
    entryPoints: [join(DIST, entry)],
    outfile: join(ROOT, 'dist', 'bundle', 'out.js'),
    charset: 'ascii',
    // Whitespace and comments only: names stay, so that an internal error's stack still names functions.
    minifyWhitespace: true,
    plugins: [
      {
        name: 'juesuan',
        setup(b) {
          b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
            ZOD_LOCALES.test(args.importer) ? { path: 'zod-locales', namespace: 'left-out' } : undefined,
          );
          b.onResolve({ filter: /^\.\.?\/[\w/-]+\.js$/ }, (args) =>
            leftOut(relative(DIST, args.importer).split(sep).join('/'), args.path) ? { path: args.path, namespace: 'left-out' } : undefined,
          );
          b.onLoad({ filter: /^zod-locales$/, namespace: 'left-out' }, () => ({ contents: 'export {};', loader: 'js' }));
          // A package required from its own files when first used, found from the script's place as
          // Node finds any package (node:module only then); see the worker's script below.
          b.onResolve({ filter: /^[\w@][\w./@-]*$/ }, (args) => (atRuntime.includes(args.path) ? { path: args.path, namespace: 'at-runtime' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'at-runtime' }, (args) => ({
            contents: `module.exports = require("node:module").createRequire(__filename)(${JSON.stringify(args.path)});`,
            loader: 'js',
          }));
          // Never run: bin/juesuan.js runs dist/cli/main.js for these commands (BUNDLED_COMMANDS).
          b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
            contents: `throw new Error(${JSON.stringify(`${args.path} is not in the one-file build; run dist/cli/main.js`)});`,
            loader: 'js',
          }));
          b.onLoad({ filter: /\.js$/ }, async (args) => {
            if (!args.path.startsWith(DIST + sep)) return undefined;
            const rel = relative(DIST, args.path).split(sep).join('/');
            const read = readFileSync(args.path, 'utf8');
            const source = rel.startsWith('rules/') ? lazyCases(read, rel) : read;
            if (!source.includes('import.meta')) return { contents: source, loader: 'js' };
            // define replaces the expression, never text inside a string.
            // (Any other use of import.meta is made a name that tells it; text in a string is no use.)
            const { code } = await transform(source, { define: { 'import.meta.url': META_URL, 'import.meta': OTHER_META }, format: 'esm', loader: 'js' });
            if (code.includes(OTHER_META)) throw new Error(`${rel}: import.meta other than import.meta.url`);
            const url = `require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", ${JSON.stringify(rel)})).href`;
            return { contents: `const ${META_URL} = ${url};\n${code}`, loader: 'js' };
          });
        },
      },
    ],
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`bundle-cli: esbuild wrote nothing for ${entry}`);
  // esbuild leaves some characters unescaped (in regular expressions): each becomes \uXXXX, the same
  // character to JavaScript in a string, a regular expression or a name.
  const ascii = file.text.replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0) as number;
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
  const body = `${WRAP_BEFORE}${ascii}${WRAP_AFTER}`;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 20);
  return { script: `${bundleHeader(hash)}${body}`, hash, metafile: result.metafile };
}

const cli = await makeScript('cli/main.js', (importer, path) => importer === 'cli/main.js' && LEFT_OUT_MODULES.includes(path.slice(2)));
// The parse worker's own script (src/extract/worker-entry.ts): the CLI's workers start from it.
// The workbench's whole-check job is left out (the workbench runs from dist/).
// SheetJS (1.4 MB, two thirds of the script), which only an XLS workbook's job runs, is required from
// node_modules when that job first runs: every other worker (a PDF's) read it and made it a string at
// start, ~2.8 MB of fresh memory (~16 µs a 4 kB page on the VM measured) for nothing. The same
// CommonJS build of it is what dist/ runs too (the package's main).
// PDFium's package as Node finds it from dist/extract/pdf/pdfium/wasm.js, written into the worker's
// script relative to that folder: the worker then does not run Node's resolution of the package's
// exports (its ES module resolver loaded at every start). Its package.json and entry are added to the
// files the build is fresh against, so that a package updated makes the build stale.
const WASM_DIR = join(DIST, 'extract', 'pdf', 'pdfium');
const pdfiumEntry = realpathSync(createRequire(join(WASM_DIR, 'wasm.js')).resolve(PDFIUM_PACKAGE));
const pdfiumFiles = [pdfiumEntry, join(dirname(pdfiumEntry), '..', 'package.json')];
if (statSync(pdfiumFiles[1] as string, { throwIfNoEntry: false }) == null) throw new Error(`bundle-cli: no package.json beside ${pdfiumEntry}`);
const worker = await makeScript('extract/worker-entry.js', (importer, path) => importer === 'extract/jobs.js' && path === WORKER_LEFT_OUT_JOB, ['xlsx'], {
  __JUESUAN_PDFIUM_ENTRY__: JSON.stringify(relative(WASM_DIR, pdfiumEntry).split(sep).join('/')),
});

// The loader (src/cli/bundle.ts and the code cache) as a CommonJS file of its own, so that
// bin/juesuan.js, a CommonJS script, loads it without starting Node's ES module loader.
const loader = await build({ ...COMMON, entryPoints: [join(DIST, 'cli', 'bundle.js')], outfile: join(ROOT, BUNDLE_LOADER) });
const [loaderFile] = loader.outputFiles;
if (!loaderFile) throw new Error('bundle-cli: esbuild wrote no loader');

// Everything the script requires must be Node's own: a package left out would be loaded by
// require(), which cannot load an ES module in Node 20.
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
for (const output of [cli, worker, loader].flatMap((r) => Object.values(r.metafile.outputs))) {
  const foreign = output.imports.filter((i) => !builtins.has(i.path)).map((i) => i.path);
  if (foreign.length) throw new Error(`bundle-cli: the script would load ${foreign.join(', ')} from outside`);
}

const inputs = [...new Set([...[cli, worker, loader].flatMap((r) => Object.keys(r.metafile.inputs)), ...pdfiumFiles.map((f) => relative(ROOT, f))])]
  .filter((i) => !i.includes(':'))
  .map((i): [string, number] => {
    const path = relative(ROOT, join(ROOT, i)).split(sep).join('/');
    return [path, statSync(join(ROOT, path)).size];
  })
  .sort((a, b) => a[0].localeCompare(b[0]));
const manifest: BundleManifest = { hash: cli.hash, inputs };

// The manifest first and the CLI's script last, each written beside and renamed: a script is never
// newer than a manifest that does not describe it, and its compiled code is named by its own header.
mkdirSync(dirname(OUT), { recursive: true });
const writeWhole = (path: string, data: string) => {
  writeFileSync(`${path}.part`, data);
  renameSync(`${path}.part`, path);
};
writeWhole(join(ROOT, BUNDLE_MANIFEST), `${JSON.stringify(manifest)}\n`);
writeWhole(join(ROOT, BUNDLE_LOADER), loaderFile.text);
writeWhole(join(ROOT, WORKER_SCRIPT), worker.script);
writeWhole(OUT, cli.script);
