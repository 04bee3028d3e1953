import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const HEAD = '# 某县某某局2023年度部门决算\n\n## 第一部分 部门概况\n\n一、部门职责\n\n负责全县某某工作。\n\n二、机构设置\n\n内设机构3个。\n\n## 第二部分 部门决算情况说明\n\n';
const SECTIONS = [
  '一、收入支出决算总体情况说明',
  '二、收入决算情况说明',
  '三、支出决算情况说明',
  '四、财政拨款收入支出决算总体情况说明',
  '五、一般公共预算财政拨款支出决算情况说明',
  '六、一般公共预算财政拨款基本支出决算情况说明',
  '七、政府性基金预算财政拨款收入支出决算情况说明',
  '八、国有资本经营预算财政拨款支出决算情况说明',
  '九、财政拨款“三公”经费支出决算情况说明',
  '十、其他重要事项的情况说明',
  '（一）机关运行经费支出情况',
  '（二）政府采购支出情况',
  '（三）国有资产占用情况',
  '（四）预算绩效管理情况',
];
const doc = (without: string[]) => `${HEAD}${SECTIONS.filter((s) => !without.includes(s)).map((s) => `${s}\n\n本节内容。\n\n`).join('')}`;
const missing = async (without: string[]) => (await checkText(doc(without), { file: 'a.md' })).findings.filter((f) => f.rule.startsWith('completeness.section-explain-'));

describe('explanation sections missing together are one finding', () => {
  it('reports one or two missing sections each on its own', async () => {
    const two = await missing(['（二）政府采购支出情况', '（三）国有资产占用情况']);
    expect(two.map((f) => f.rule)).toEqual(['completeness.section-explain-procurement', 'completeness.section-explain-assets']);
  });

  it('names three or more in one finding, each by its name, with the highest severity', async () => {
    const gone = SECTIONS.slice(4, 9);
    const [one, ...rest] = await missing(gone);
    expect(rest).toEqual([]);
    expect(one?.severity).toBe('error');
    expect(one?.title).toBe('情况说明缺少5节');
    for (const s of gone) expect(one?.message).toContain(s.replace(/^[一二三四五六七八九十]+、/, ''));
  });

  it('keeps a note all of them carry (the contents list names them)', async () => {
    const contents = `目录\n${SECTIONS.map((s) => `${s}……1`).join('\n')}\n\n`;
    const text = doc(SECTIONS.slice(10, 14)).replace('## 第二部分 部门决算情况说明\n\n', `## 第二部分 部门决算情况说明\n\n${contents}`);
    const [one, ...rest] = (await checkText(text, { file: 'a.md' })).findings.filter((f) => f.rule.startsWith('completeness.section-explain-'));
    expect(rest).toEqual([]);
    expect(one?.message).toContain('（本文目录列有各节）');
  });
});
