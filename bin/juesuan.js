#!/usr/bin/env node
// Entry point of the `juesuan` command. Runs the compiled CLI; `npm ci` builds it (prepare script).
// check, extract and rules run from the one-file build when it is there and up to date (see
// src/cli/bundle.ts), every command otherwise from dist/cli/main.js: the two give the same results.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('juesuan：尚未编译。请先在项目目录运行 npm ci（或 npm run build）。\n');
  process.exit(2);
}
const argv = process.argv.slice(2);
// A dist/ built before the one-file build existed has no loader: it runs as it is.
const bundle = await import(join(root, 'dist', 'cli', 'bundle.js')).then((m) => m.loadBundle(root, argv[0]), () => null);
const { main } = bundle ?? (await import(entry));
try {
  process.exitCode = await main(argv);
} catch (e) {
  process.stderr.write(`juesuan：内部错误，请把以下信息报告给开发者：\n${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 70;
}
bundle?.saveCode();
