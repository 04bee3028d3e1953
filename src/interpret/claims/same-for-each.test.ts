import { describe, expect, it } from 'vitest';
import { checkText, extractBytes } from '../../check.js';
import { eachTheSame } from './text.js';

const KNOWN = new Set(['上级补助收入', '事业收入', '经营收入', '其他收入', '上缴上级支出', '经营支出', '对附属单位补助支出', '财政拨款收入', '支出总计']);
const known = (t: string) => KNOWN.has(t);

describe('eachTheSame: one figure said of each item listed', () => {
  it('gives each subject the figure', () => {
    expect(eachTheSame('本年收入合计238.67万元；上级补助收入、事业收入和其他收入均为0万元，与上年持平。', known)).toBe(
      '本年收入合计238.67万元；上级补助收入为0万元；事业收入为0万元；其他收入为0万元，与上年持平。',
    );
    expect(eachTheSame('上缴上级支出、经营支出和对附属单位补助支出都是0.00万元。', known)).toBe('上缴上级支出为0.00万元；经营支出为0.00万元；对附属单位补助支出为0.00万元。');
  });
  it.each([
    // The last item's 总计 is every item's: 财政拨款收入总计, not 财政拨款收入.
    '2024年度财政拨款收入、支出总计均为2280.29万元。',
    // An item that is no subject.
    '年初、年末结转和结余均为0万元。',
    '因公出国（境）费2023年、2024年均为0万元。',
    // One item.
    '其他收入均为0万元。',
  ])('leaves: %s', (s) => {
    expect(eachTheSame(s, known)).toBe(s);
  });
});

const TABLE01 = [
  '公开01表',
  '收入支出决算总表',
  '单位：万元',
  '| 项目 | 决算数 | 项目 | 决算数 |',
  '| --- | --- | --- | --- |',
  '| 一、一般公共预算财政拨款收入 | 238.67 | 一、一般公共服务支出 | 250.67 |',
  '| 二、政府性基金预算财政拨款收入 | 0.00 | | |',
  '| 三、国有资本经营预算财政拨款收入 | 0.00 | | |',
  '| 四、上级补助收入 | 0.00 | | |',
  '| 五、事业收入 | 12.00 | | |',
  '| 六、经营收入 | 0.00 | | |',
  '| 七、附属单位上缴收入 | 0.00 | | |',
  '| 八、其他收入 | 0.00 | | |',
  '| 本年收入合计 | 250.67 | 本年支出合计 | 250.67 |',
  '| 总计 | 250.67 | 总计 | 250.67 |',
].join('\n');

async function figureFindings(para: string) {
  const text = `# 某某局2024年度部门决算\n\n## 二、收入决算情况说明\n\n${para}\n\n${TABLE01}\n`;
  return (await checkText(text, { file: 'a.md' })).findings.filter((f) => /^(?:arithmetic|narrative|table)/.test(f.rule)).map((f) => `${f.rule} ${f.message}`);
}

describe('a list said to be all one figure is read item by item', () => {
  it('each item is a claim of its own', async () => {
    const d = await extractBytes('a.md', new TextEncoder().encode('# 某某局2024年度部门决算\n\n## 二、收入决算情况说明\n\n本年收入合计238.67万元，全部为财政拨款收入；上级补助收入、事业收入、经营收入和其他收入均为0万元。\n'));
    expect(d.claims.filter((c) => c.amount?.value === '0').map((c) => c.subject.key)).toEqual(['income.superior', 'income.business', 'income.operating', 'income.other']);
  });
  it('an item the table prints otherwise is found with both figures', async () => {
    const findings = await figureFindings('2024年度本年收入合计250.67万元，其中财政拨款收入238.67万元、事业收入12.00万元；上级补助收入、经营收入、附属单位上缴收入和其他收入均为0万元。');
    expect(findings).toEqual([]);
    const planted = await figureFindings('2024年度本年收入合计250.67万元，其中财政拨款收入238.67万元；上级补助收入、事业收入、经营收入、附属单位上缴收入和其他收入均为0万元。');
    expect(planted).toContainEqual(expect.stringMatching(/事业收入.*0.*12(?:\.00)?/));
  });
});
