#!/usr/bin/env node
// Entry point of the `juesuan` command. Runs the compiled CLI; `npm ci` builds it (prepare script).
// check, extract and rules run from the one-file build when it is there and up to date (see
// src/cli/bundle.ts), every command otherwise from dist/cli/main.js: the two give the same results.
// A CommonJS script (bin/package.json): it starts without Node's ES module loader, which the
// one-file build does not need; dist/cli/main.js is imported only when the build is not used.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('juesuan：尚未编译。请先在项目目录运行 npm ci（或 npm run build）。\n');
  process.exit(2);
}
const argv = process.argv.slice(2);
// Commands that are done when main() returns (the workbench's keep serving after it).
const DONE_ON_RETURN = ['check', 'extract', 'rules'];
let bundle = null;
try {
  const loader = require(join(root, 'dist', 'bundle', 'load.cjs'));
  // Checking one PDF: its parse worker starts while the CLI's script loads (see src/cli/bundle.ts).
  loader.startEarlyWorker?.(root, argv, require);
  bundle = loader.loadBundle(root, argv[0], require, argv);
} catch {
  // a dist/ built before the one-file build existed: it runs as it is
}

(async () => {
  const { main } = bundle ?? (await import(pathToFileURL(entry).href));
  try {
    process.exitCode = await main(argv);
  } catch (e) {
    process.stderr.write(`juesuan：内部错误，请把以下信息报告给开发者：\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  }
  if (bundle) bundle.saveCode();
  // Ended here once its output is written, rather than by Node when nothing is left to do: Node first
  // waits for V8's work in the background (optimising compiles, marking the heap) to finish, ~20 ms of
  // a text file's check. Output still being written (a full pipe) is left to end the process as before.
  if (DONE_ON_RETURN.includes(argv[0]) && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
})();
