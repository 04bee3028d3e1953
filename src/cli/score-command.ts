import { readFile } from 'node:fs/promises';
import { extractBytes } from '../check.js';
import { isJuesuanError } from '../errors.js';
import { type ScoreEntry, renderScoreJson, renderScoreText } from '../report/score.js';
import { scoreDocument } from '../score/document.js';
import { SCHEMES, schemeById } from '../score/schemes/index.js';
import { oneOf, parse, usage } from './args.js';
import { batchJobs, mapInOrder } from './in-order.js';
import { writeAtomic } from './output.js';
import { expandPaths } from './paths.js';
import { schemesJson, schemesMarkdown } from './schemes-catalog.js';

/** `juesuan score`: recompute every self-evaluation under the document's scheme (or a forced one). Exit 3 if a file could not be read. */
export async function score(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    scheme: { type: 'string' },
  });
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const schemeId = typeof values.scheme === 'string' ? values.scheme : 'auto';
  const forced = schemeId === 'auto' ? undefined : schemeById(schemeId);
  if (schemeId !== 'auto' && !forced) {
    throw usage(`未知的计分办法：${schemeId}。可用：auto、${SCHEMES.map((s) => `${s.id}（${s.title}）`).join('、')}；运行 juesuan schemes 查看各办法的公式。`);
  }
  if (!positionals.length) throw usage('请给出要重算绩效自评得分的文件或目录。');
  const files = await expandPaths(positionals);
  if (!files.length) throw usage(`在 ${positionals.join('、')} 中没有找到可读取的文件。`);
  // As check: a few files at a time (JUESUAN_JOBS, else one per core), reported in the order given.
  const entries: ScoreEntry[] = await mapInOrder(files, async (file): Promise<ScoreEntry> => {
    try {
      const bytes = new Uint8Array(await readFile(file));
      return { ok: true, ...scoreDocument(await extractBytes(file, bytes), forced) };
    } catch (e) {
      if (!isJuesuanError(e)) throw e;
      return { ok: false, file, error: { code: e.code, message: e.message } };
    }
  }, batchJobs());
  const rendered = format === 'json' ? renderScoreJson(entries) : renderScoreText(entries);
  if (typeof values.out === 'string') await writeAtomic(values.out, rendered);
  else process.stdout.write(rendered);
  return entries.some((e) => !e.ok) ? 3 : 0;
}

/** `juesuan schemes`: the known scoring schemes and their formulas. */
export function schemes(args: string[]): number {
  const { values, positionals } = parse(args, { format: { type: 'string', short: 'f' } });
  if (positionals.length) throw usage(`schemes 不接受路径参数：${positionals.join(' ')}`);
  const format = oneOf('format', values.format, ['md', 'json'] as const, 'md');
  process.stdout.write(format === 'json' ? schemesJson() : schemesMarkdown());
  return 0;
}

