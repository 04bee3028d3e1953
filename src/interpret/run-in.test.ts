import { describe, expect, it } from 'vitest';
import { writePdf } from '../../test/tools/simple-pdf.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { checkDisclosure } from '../check.js';
import { parsePdf } from '../extract/pdf/read-pdf.js';
import { readTextLayout } from '../extract/text/read-text.js';
import { interpret } from './index.js';

/*
 * Headings printed on the line of their paragraph: the section starts at the heading and the text
 * after it is its body, in a PDF (made for the test) and in text.
 */
const LINES = [
  '第三部分 某某局2024年度部门决算情况说明',
  '一、收入支出决算总体情况说明 2024年度收入、支出决算总计120.00万元。',
  '（一）收入决算情况 2024年度本年收入合计120.00万元，其中：财政拨款收入100.00万元，占83.33%；其他收入20.00万元，占16.67%。',
  '（二）支出决算情况 2024年度本年支出合计120.00万元，其中：基本支出90.00万元，占75.00%；项目支出30.00万元，占25.00%。',
  '第四部分 名词解释',
  '1.“三公”经费 指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
];

describe('a heading that shares a line with its paragraph', () => {
  it('in a PDF starts its section on its page and line, and its paragraph is its body', async () => {
    // One line of 10-point text each, on the second page (the first is a cover).
    const bytes = writePdf([
      { texts: [{ x: 200, y: 300, text: '某某局2024年度部门决算', size: 18 }] },
      { texts: LINES.map((text, k) => ({ x: 40, y: 60 + k * 30, text: text.slice(0, 48), size: 10 })).concat(LINES.flatMap((t, k) => (t.length > 48 ? [{ x: 40, y: 60 + k * 30 + 13, text: t.slice(48), size: 10 }] : []))) },
    ]);
    const doc = interpret(await parsePdf(bytes, 'run-in.pdf'), defaultCatalog());
    const at = (key: string) => doc.sections.find((s) => s.key === key);
    expect(at('explain.total')?.location).toMatchObject({ page: 2, line: 2, text: '一、收入支出决算总体情况说明' });
    expect(at('explain.income')?.location).toMatchObject({ page: 2, line: 3, text: '（一）收入决算情况' });
    expect(at('explain.expense')?.location).toMatchObject({ page: 2, line: 5, text: '（二）支出决算情况' });
    const income = doc.claims.find((c) => c.subject.key === 'income.fiscal' && c.amount);
    expect(income?.section).toBe('explain.income');
    expect(income?.location).toMatchObject({ page: 2, line: 3 });
    expect(doc.lines.some((l) => l.text.startsWith('2024年度本年收入合计120.00万元'))).toBe(true);
  });

  it('in text, and a term of the glossary before its explanation stays one paragraph', () => {
    const doc = interpret(readTextLayout(`某某局2024年度部门决算\n\n${LINES.join('\n\n')}\n`, 'run-in.txt', 'text'), defaultCatalog());
    expect(doc.sections.map((s) => s.key)).toEqual(['explain', 'explain.total', 'explain.income', 'explain.expense', 'glossary']);
    expect(doc.lines.map((l) => l.text)).toContain(LINES[5]);
    const report = checkDisclosure(doc);
    for (const f of report.findings.filter((x) => x.locations[0]?.text.includes('本年支出合计'))) expect(f.section).toBe('explain.expense');
  });
});

describe('headings set one after another on a line that lost its breaks', () => {
  it('each starts its section, and the body after the last is that section\'s', () => {
    const line = '一、部门基本情况 （一）职能职责 本院是国家法律监督机关。 （二）机构设置 本部门内设机构5个。 二、部门决算情况说明 （一）收入支出决算总体情况说明 1.总体情况 2019年度收入总计100.00万元，支出总计100.00万元。 （二）财政拨款收入支出决算总体情况说明 2019年度财政拨款收、支总计100.00万元。';
    const doc = interpret(readTextLayout(`某县人民检察院2019年度部门决算情况说明\n${line}\n`, 'flat.txt', 'text'), defaultCatalog());
    expect(doc.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['explain.total', 'explain.fiscal']));
    const section = (key: string) => doc.claims.find((c) => c.subject.key === key)?.section;
    expect(section('income.grand')).toBe('explain.total');
    expect(section('fiscal.total')).toBe('explain.fiscal');
  });
});

describe('a numbered heading closed by a full stop or colon, its sentence run on after it', () => {
  it('"2.收入情况。…" inside the account of the totals starts the account of income', () => {
    const text = [
      '某某街道办事处2023年度部门决算情况说明',
      '（一）收入支出决算总体情况说明',
      '1.总体情况。2023年度收入总计120.00万元，支出总计120.00万元。',
      '2.收入情况。2023年度收入合计120.00万元。其中：财政拨款收入100.00万元，占83.33%；其他收入20.00万元，占16.67%。',
      '3.支出情况：2023年度支出合计120.00万元。其中：基本支出90.00万元，占75.00%；项目支出30.00万元，占25.00%。',
      '（二）财政拨款收入支出决算总体情况说明',
      '1.收入情况。2023年度财政拨款收入100.00万元。',
    ].join('\n\n');
    const doc = interpret(readTextLayout(`${text}\n`, 'run-in.txt', 'text'), defaultCatalog());
    expect(doc.sections.map((s) => [s.key, s.title])).toEqual([
      ['explain', '某某街道办事处2023年度部门决算情况说明'],
      ['explain.total', '（一）收入支出决算总体情况说明'],
      ['explain.income', '2.收入情况'],
      ['explain.expense', '3.支出情况'],
      ['explain.fiscal', '（二）财政拨款收入支出决算总体情况说明'],
      ['explain.income', '1.收入情况'],
    ]);
    const section = (key: string) => doc.claims.find((c) => c.subject.key === key)?.section;
    expect(section('income.grand')).toBe('explain.total');
    expect(section('income.other')).toBe('explain.income');
    expect(section('expense.basic')).toBe('explain.expense');
    // Inside the account of 财政拨款 a 收入情况 part stays that account's.
    expect(section('fiscal.income')).toBe('explain.fiscal');
    // "1.总体情况" names no section of its own, and a sentence with a colon in it is not cut.
    expect(doc.lines.some((l) => l.text.startsWith('1.总体情况。2023年度'))).toBe(true);
  });
});

describe('headings run into a paragraph after a closed sentence', () => {
  it('each start a section of their own, their sentences in them', () => {
    const text = [
      '某某区第二幼儿园2024年度部门决算',
      '第二部分 2024年度部门决算报表(见附件) 一、收入支出决算总表 二、收入决算表 三、支出决算表',
      '四、关于“三公”经费支出决算情况说明。 本部门无“三公”经费支出。 五、关于机关运行经费支出说明 本部门无机关运行经费。 六、关于国有资产占用情况说明',
      '截至2024年12月31日，本部门共有车辆0辆。',
    ].join('\n');
    const doc = interpret(readTextLayout(`${text}\n`, 'a.txt', 'text'), defaultCatalog());
    const keys = doc.sections.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(['explain.threePublic', 'explain.operating', 'explain.assets']));
    // A sentence with an enumeration after its full stop is no heading: "一、" inside a sentence stays.
    const plain = interpret(readTextLayout('某某局2024年度部门决算\n主要做了两项工作。 一是加强预算管理，二是压减支出。\n', 'b.txt', 'text'), defaultCatalog());
    expect(plain.sections.filter((s) => s.key != null)).toEqual([]);
  });
});

describe('a part heading with its first numbered heading on one line', () => {
  it('"第三部分 …情况说明 一、收入决算情况说明" opens the part and the account of income, each at that line', () => {
    const text = [
      '某某县林业局2023年度部门决算',
      '第三部分 2023年度部门决算情况说明 一、收入决算情况说明',
      '本年收入合计300.00万元，其中：财政拨款收入300.00万元，占100.00%。',
      '二、支出决算情况说明',
      '本年支出合计290.00万元。',
    ].join('\n\n');
    const doc = interpret(readTextLayout(`${text}\n`, 'part.txt', 'text'), defaultCatalog());
    expect(doc.sections.map((s) => [s.key, s.title, s.location.line])).toEqual([
      ['explain', '第三部分 2023年度部门决算情况说明', 3],
      ['explain.income', '一、收入决算情况说明', 3],
      ['explain.expense', '二、支出决算情况说明', 7],
    ]);
  });

  it('a contents list flattened onto one line is left whole; a sentence run on after the two is the second one\'s body', () => {
    const text = ['某某县林业局2023年度部门决算', '第一部分 单位概况 一、主要职能 二、机构设置', '第三部分 情况说明 一、收入决算情况说明 本年收入合计300.00万元。'].join('\n\n');
    const doc = interpret(readTextLayout(`${text}\n`, 'part.txt', 'text'), defaultCatalog());
    expect(doc.sections.map((s) => s.title)).toEqual(['第一部分 单位概况 一、主要职能 二、机构设置', '第三部分 情况说明', '一、收入决算情况说明']);
    expect(doc.claims.find((c) => c.subject.key === 'income.total')?.section).toBe('explain.income');
  });
});
