import { readFile } from '../fs-async.js';
import { isJuesuanError, JuesuanError } from '../errors.js';
import type { Severity } from '../model/finding.js';
import type { ReportEntry } from '../report/types.js';
import { batchJobs, mapInOrder } from './in-order.js';
import { writeAtomic } from './output.js';
import { expandPaths } from './paths.js';
import { oneOf, parse, usage } from './args.js';
import { mark, markProcessStart } from '../trace.js';

// Commands, report formats and readers are imported when used: `juesuan check one.txt` loads the
// checker and the text report, not the HTML report, the scoring schemes, compose or a PDF reader.

/** The bundled CLI's workers run the worker's one-file build (see cli/bundle.ts, `loadBundle`). */
export { beforeFlagsChange, useWorkerScript } from '../extract/bounded.js';

/** Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage error, 3 an input could not be read. */
export const EXIT = { ok: 0, findings: 1, usage: 2, unreadable: 3 } as const;

const USAGE = `用法：
  juesuan check [--format text|json|html] [--out 文件] [--fail-on error|warning|never] 路径...
  juesuan rules [--format md|json]
  juesuan extract [--format json|yaml] 文件
  juesuan render 输入文件 --out 目录 [--format docx,pdf,html,xlsx] [--template 模板] [--draft] [--no-charts]
  juesuan score [--scheme auto|方案] [--format text|json] [--out 文件] 路径...
  juesuan schemes [--format md|json]
  juesuan serve [--port 端口] [--no-seed] [--no-worker]
  juesuan worker [--jobs 并行数]
  juesuan upload [--server 地址] [--user 用户名] 路径...

  check    检查决算公开文件（PDF、DOCX、HTML、TXT、Markdown；路径可为目录，递归查找）
  rules    打印规则目录
  extract  打印从文件中提取的规范模型（JSON），或可交给 render 的编制输入（YAML）
  render   由编制输入（YAML/JSON）生成整份决算公开文件；先用全部规则检查输入的决算表（--no-charts 不画图表）
  score    按文件所用的计分办法重算绩效自评得分，列出报告与重算的差异
  schemes  打印已知的绩效自评计分办法及其公式
  serve    启动审核工作台（默认 http://localhost:8080；内嵌数据库在 ./data，设置 DATABASE_URL 则用 PostgreSQL 服务器）
  worker   连接 DATABASE_URL 的 PostgreSQL 服务器，承担文件检查任务（可在多台机器上各启动若干个）
  upload   把文件或目录上传到运行中的工作台（密码在环境变量 JUESUAN_PASSWORD 中）

退出码：0 无问题；1 存在 --fail-on 级别及以上的问题；2 用法错误；3 有文件无法读取。`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest);
      case 'rules':
        return await rules(rest);
      case 'extract':
        return await extract(rest);
      case 'score':
        return await (await import('./score-command.js')).score(rest);
      case 'render':
        return await (await import('./render-command.js')).render(rest);
      case 'schemes':
        return (await import('./score-command.js')).schemes(rest);
      case 'serve':
        return await (await import('./workbench-commands.js')).serveCommand(rest);
      case 'worker':
        return await (await import('./workbench-commands.js')).workerCommand(rest);
      case 'upload':
        return await (await import('./workbench-commands.js')).uploadCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw usage(`未知命令：${command}`);
    }
  } catch (e) {
    if (isJuesuanError(e)) {
      process.stderr.write(`juesuan：${e.message}\n`);
      if (e.code === 'USAGE') process.stderr.write(`\n${USAGE}\n`);
      return e.code === 'USAGE' ? EXIT.usage : e.code === 'NOT_FOUND' ? EXIT.usage : EXIT.unreadable;
    }
    throw e;
  }
}

async function check(args: string[]): Promise<number> {
  markProcessStart();
  mark('check command');
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
  });
  const format = oneOf('format', values.format, ['text', 'json', 'html'] as const, 'text');
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning', 'never'] as const, 'error');
  if (!positionals.length) throw usage('请给出要检查的文件或目录。');
  const files = await expandPaths(positionals);
  if (!files.length) throw usage(`在 ${positionals.join('、')} 中没有找到可检查的文件（PDF、DOCX、HTML、TXT、Markdown）。`);

  // One document: PDFium's WebAssembly is run unoptimised, as optimising it pays only over several
  // (see src/extract/pdf/pdfium/wasm.ts; the parse worker takes its environment from this thread's).
  if (files.length === 1) process.env.JUESUAN_PDFIUM_TIER_UP ??= '0';
  // The parse worker starts (and loads its reader) while the checker loads.
  (await import('../extract/prewarm.js')).prewarmFor(files);
  const { keepIdleWorkers } = await import('../extract/bounded.js');
  const { checkFile } = await import('../check.js');
  // One document: the checker is warmed up while its parse worker reads it (a PDF's ~0.2 s).
  const options = files.length === 1 ? { whileReading: (await import('./warm-up.js')).warmUpWhile } : {};
  // Files are checked a few at a time (JUESUAN_JOBS, else as many as there are cores), reported in the order given.
  const entries: ReportEntry[] = await mapInOrder(files, async (file, i): Promise<ReportEntry> => {
    // No parse is asked after the last file's: its worker ends once done, not holding its memory.
    if (i === files.length - 1) keepIdleWorkers(false);
    try {
      return { ok: true, ...(await checkFile(file, options)) };
    } catch (e) {
      if (!isJuesuanError(e)) throw e;
      return { ok: false, file, error: { code: e.code, message: e.message } };
    }
  }, batchJobs()).finally(() => keepIdleWorkers(true));
  const rendered =
    format === 'json'
      ? (await import('../report/json.js')).renderJson(entries)
      : format === 'html'
        ? (await import('../report/html.js')).renderHtml(entries)
        : (await import('../report/text.js')).renderText(entries, { color: !values.out && process.stdout.isTTY });
  if (typeof values.out === 'string') await writeAtomic(values.out, rendered);
  else process.stdout.write(rendered);
  mark('report written');

  if (entries.some((e) => !e.ok)) return EXIT.unreadable;
  if (failOn === 'never') return EXIT.ok;
  const { SEVERITY_ORDER } = await import('../model/finding.js');
  const threshold = SEVERITY_ORDER[failOn as Severity];
  const failing = entries.some((e) => e.ok && e.findings.some((f) => SEVERITY_ORDER[f.severity] >= threshold));
  return failing ? EXIT.findings : EXIT.ok;
}

async function rules(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string', short: 'f' } });
  if (positionals.length) throw usage(`rules 不接受路径参数：${positionals.join(' ')}`);
  const format = oneOf('format', values.format, ['md', 'json'] as const, 'md');
  const { catalogJson, catalogMarkdown } = await import('./rules-catalog.js');
  process.stdout.write(format === 'json' ? catalogJson() : catalogMarkdown());
  return EXIT.ok;
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } });
  const format = oneOf('format', values.format, ['json', 'yaml'] as const, 'json');
  if (positionals.length !== 1) throw usage('extract 需要且只需要一个文件。');
  const file = positionals[0] as string;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    throw new JuesuanError('NOT_FOUND', `找不到文件：${file}。请检查路径是否正确。`);
  }
  const { extractBytes } = await import('../check.js');
  const { DisclosureSchema } = await import('../model/disclosure.js');
  const doc = DisclosureSchema.parse(await extractBytes(file, bytes));
  let json: string;
  if (format === 'yaml') {
    const [{ stringify }, { inputFromDisclosure }] = await Promise.all([import('yaml'), import('../compose/from-disclosure.js')]);
    json = stringify(inputFromDisclosure(doc), { lineWidth: 0 });
  } else json = `${JSON.stringify(doc, null, 2)}\n`;
  if (typeof values.out === 'string') await writeAtomic(values.out, json);
  else process.stdout.write(json);
  return EXIT.ok;
}
