import { basename, extname } from 'node:path';
import { compose } from '../compose/compose.js';
import { readComposeInput } from '../compose/input.js';
import { validateTables } from '../compose/validate.js';
import { describeLocation } from '../model/location.js';
import { RENDER_FORMATS, type RenderFormat, renderTo } from '../render/index.js';
import { parse, usage } from './args.js';

/**
 * `juesuan render FILE --out DIR [--format docx,pdf,html,xlsx] [--template NAME] [--draft] [--no-charts]`:
 * checks the input's tables with every rule, then writes the disclosure. Errors in the tables, and
 * reasons not given, stop it (exit 1) unless --draft, which marks each gap 【待填写】 and lists it.
 * --no-charts leaves out the template's charts (as `charts: []` in a template does).
 */
export async function render(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    template: { type: 'string', short: 't' },
    draft: { type: 'boolean' },
    'no-charts': { type: 'boolean' },
  });
  if (positionals.length !== 1) throw usage('render 需要且只需要一个编制输入文件（YAML 或 JSON）。');
  if (typeof values.out !== 'string') throw usage('请用 --out 给出输出目录。');
  const formats = parseFormats(typeof values.format === 'string' ? values.format : 'docx,pdf,html,xlsx');
  const file = positionals[0] as string;
  const input = await readComposeInput(file);
  const draft = values.draft === true;

  const findings = validateTables(input, file);
  const errors = findings.filter((f) => f.severity === 'error');
  for (const f of findings) {
    const where = f.locations[0] ? `（${describeLocation(f.locations[0])}）` : '';
    process.stderr.write(`${f.severity === 'error' ? '错误' : '警告'} [${f.rule}] ${f.message}${where}\n`);
  }
  if (errors.length && !draft) {
    process.stderr.write(`juesuan：输入的决算表有 ${errors.length} 处错误，未生成文件。请改正后重试，或加 --draft 先生成草稿。\n`);
    return 1;
  }
  const doc = compose(input, { template: typeof values.template === 'string' ? values.template : undefined, charts: values['no-charts'] !== true });
  if (doc.gaps.length) {
    process.stderr.write(`${draft ? '草稿中' : '输入中'}有 ${doc.gaps.length} 处需要编制人填写（已标为【待填写】）：\n`);
    for (const g of doc.gaps) process.stderr.write(`  ${g.where}：${g.what}（在 reasons 中以键 “${g.key}” 给出）\n`);
    if (!draft) {
      process.stderr.write('juesuan：未生成文件。请在输入中补全以上内容，或加 --draft 先生成草稿。\n');
      return 1;
    }
  }
  const base = basename(file, extname(file));
  const notes: string[] = [];
  const written = await renderTo(doc, formats, values.out, base, { notes });
  for (const n of notes) process.stderr.write(`提示：${n}\n`);
  for (const p of written) process.stdout.write(`${p}\n`);
  return 0;
}

function parseFormats(text: string): RenderFormat[] {
  const list = text.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((f) => !(RENDER_FORMATS as readonly string[]).includes(f));
  if (bad.length || !list.length) throw usage(`--format 的取值必须是 ${RENDER_FORMATS.join('、')} 中的一个或几个（用逗号分隔），收到：${text}`);
  return [...new Set(list)] as RenderFormat[];
}
