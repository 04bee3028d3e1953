import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { readLayout } from '../../extract/index.js';
import '../../extract/register.js';
import shanghai from './data/shanghai-2024.json' with { type: 'json' };
import { eitherOrIn, findInstruction, squeeze } from './official.js';
import { readTemplate } from './read-template.js';

const TEMPLATE = 'test/corpus/shanghai-final-template.pdf';

describe('the official template read as data', () => {
  it('is what our reader reads out of the template today (regenerate with scripts/template-sentences.ts)', async () => {
    const layout = await readLayout(TEMPLATE, new Uint8Array(await readFile(TEMPLATE)));
    expect(readTemplate(layout, TEMPLATE, shanghai.template)).toEqual(shanghai);
  }, 300_000);

  it('holds the instructions and either-or pairs the template prints', () => {
    const texts = shanghai.instructions.map((i) => i.text).join('\n');
    expect(texts).toContain('（如持平作持平表述）');
    expect(texts).toContain('（不涉及的不列）');
    expect(texts).toContain('按上述格式依次说明到各项级科目');
    expect(shanghai.eitherOr).toEqual(expect.arrayContaining(['增加（减少）', '增长（下降）', '大于（小于）']));
    // Every key is part of the instruction it finds, and no key is a placeholder.
    for (const i of shanghai.instructions) for (const k of i.keys) expect(squeeze(i.text)).toContain(k.replace(/。$/, ''));
    for (const i of shanghai.instructions) for (const k of i.keys) expect(k).not.toMatch(/XX/);
  });

  it('finds an instruction whatever the spacing and bracket width', () => {
    expect(findInstruction(squeeze('主要原因是人员增加。(如持平作 持平表述)'))?.key).toContain('如持平作持平表述');
    expect(findInstruction(squeeze('主要原因是人员增加。'))).toBeNull();
  });

  it('takes run-together direction words only where they stand as one', () => {
    expect(eitherOrIn(squeeze('比上年增加减少 12.30万元'))).toEqual([{ text: '增加减少', collapsed: true }]);
    expect(eitherOrIn(squeeze('增加减少相抵后人数不变'))).toEqual([]);
    expect(eitherOrIn(squeeze('决算数大于小于预算数'))).toEqual([{ text: '大于小于', collapsed: true }]);
  });

  it('leaves a document written from the template without findings', async () => {
    const text = [
      '# 上海市普陀区某某局2024年度部门决算',
      '上海市普陀区某某局2024年度收入支出总计1256.30万元。与2023年度相比，收入支出总计增加125.30万元，增长11.08%。主要原因：人员增加。',
      '本年收入合计1256.30万元，其中：财政拨款收入1256.30万元，占100%。',
      '上海市普陀区某某局2024年度无政府性基金预算财政拨款收入和支出。',
    ].join('\n');
    const report = await checkText(text);
    expect(report.findings.filter((f) => /^template\./.test(f.rule)).map((f) => f.message)).toEqual([]);
  });
});
