import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { checkDisclosure } from '../src/check.js';
import { readTextLayout } from '../src/extract/text/read-text.js';
import { interpret } from '../src/interpret/index.js';

/*
 * A text copied out of a PDF by a reader that breaks the line at every change of font (`pdftotext -raw`
 * of a print whose figures are set in another font than the words): each figure, and often its unit, on
 * a line of its own, a page break ("\f") before an item's number. Read as the print reads: the figures
 * are their sentences', the scores their items', and two projects whose names stand above their
 * summaries are two projects.
 */
const THREE_PUBLIC = [
  '九、财政拨款“三公”经费支出决算情况说明',
  '2024',
  '年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算',
  '0',
  '万元，占',
  '0%；公务用车购',
  '置及运行维护费支出决算',
  '0',
  '万元，占',
  '0%；公务接待费支出决算',
  '2.75',
  '万元，占',
  '100%。具体情况如下：',
];

const BASIC = [
  '六、一般公共预算财政拨款基本支出决算情况说明',
  '2024',
  '年度一般公共预算财政拨款基本支出决算',
  '157.38',
  '万元，包括人员经费和公用经费，支出具体情况',
  '如下：',
  '我局',
  '2024',
  '年年初预算支出数',
  '1176.57',
  '万元，其中：基本支出',
  '776.13',
  '万元，占',
  '65.97%。',
];

const PROJECTS = [
  '十、预算绩效管理工作开展情况',
  '5.',
  '特殊群体医疗费',
  '2024',
  '项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为',
  '90.4',
  '分。全年',
  '预算数为',
  '505.12',
  '万元，执行数为',
  '19.15',
  '万元，完成预算的',
  '3.79%。',
  '7.',
  '职工免费健康查体',
  '2024',
  '项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为',
  '90',
  '分。全年',
  '预算数为',
  '213.53',
  '万元，执行数为',
  '0',
  '万元，完成预算的',
  '0%。',
];

const report = (total: string) => [
  '公开引进人才补助项目绩效自评报告',
  '三、绩效分析',
  '（一）通用指标绩效分析',
  '1.',
  '项目决策（自评得',
  '18',
  '分）：决策程序严密。',
  '2.项目管理（自评得',
  '18',
  '分）：制度健全。',
  '3.项目实施（自评得',
  '9',
  '分）：执行严格，增长率为',
  '10.09%，符合要求。',
  '\f4.',
  '项目结果（自评得',
  '9',
  '分）：本项目资金全年共支出',
  '9.5',
  '万元，支出进度为',
  '100%。',
  '（二）专用指标绩效分析。本项目属于行政运转类（自评得',
  '30',
  '分）。围绕用途合规性进行绩效分析。',
  '（三）个性指标绩效分析。设置个性指标为“引进人才的贡献”（自评得16',
  '分），推动了业务创新。',
  '四、评价结论',
  '本项目绩效自评总体结论为优秀，评价总分',
  total,
  '分。',
];

const doc = (total: string) => ['某某局2024年度部门决算', '第三部分 2024年度部门决算情况说明', ...BASIC, ...THREE_PUBLIC, ...PROJECTS, ...report(total)].join('\n');
const check = async (total: string) => {
  const document = interpret(readTextLayout(doc(total), 'copied.txt', 'text'), defaultCatalog());
  return { document, findings: checkDisclosure(document).findings };
};

describe('a copy that sets each figure on a line of its own', () => {
  it('reads each figure with its sentence and unit: no share, unit or same-project finding from the breaks', async () => {
    const r = await check('100');
    const rules = r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    expect(rules).not.toContain('arithmetic.share-sum');
    expect(rules).not.toContain('narrative.unit-missing');
    expect(rules).not.toContain('narrative.same-subject');
    const host = r.document.claims.find((c) => c.subject.key === 'threePublic.reception' && c.amount);
    expect(host?.amount?.raw).toBe('2.75万元');
    expect(host?.share?.rate.raw).toBe('100%');
    const basic = r.document.claims.find((c) => c.subject.key === 'general.basic' && c.amount);
    expect(basic?.amount).toMatchObject({ value: '157.38', unit: '万元' });
    // A sentence's subject, year and figure on three lines of their own are one sentence, not a figure
    // cut from its words ("1176.57万元，其中…" read as no one's).
    expect(r.document.claims.some((c) => c.sentence.startsWith('我局2024年年初预算支出数1176.57万元'))).toBe(true);
    // The names above the two summaries, not one project "项目" for both.
    const projects = new Set(r.document.claims.filter((c) => c.subject.key.startsWith('project:')).map((c) => c.subject.key));
    expect([...projects].sort()).toEqual(['project:特殊群体医疗费2024', 'project:职工免费健康查体2024']);
  });

  it('reads every item score of a report, past a page break and a figure opening a line', async () => {
    const r = await check('100');
    const q = r.document.performance.quotes.find((x) => x.name.includes('公开引进人才补助'));
    expect(q?.score?.value).toBe('100');
    expect(q?.parts?.map((p) => `${p.name}${p.score.value}`)).toEqual(['项目决策18', '项目管理18', '项目实施9', '项目结果9', '本项目属于行政运转类30', '设置个性指标为“引进人才的贡献”16']);
    expect(r.findings.filter((f) => f.rule === 'performance.sub-scores' && f.severity === 'error')).toEqual([]);
  });

  it('still finds a total that its item scores do not make', async () => {
    const r = await check('90');
    const found = r.findings.filter((f) => f.rule === 'performance.sub-scores' && f.severity === 'error');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('90');
  });
});

describe("an item path whose full stop and first words a copy set on a short line of their own", () => {
  // `pdftotext -raw` of a Chromium print: the item path in its own run, then "。年初预" cut at the page's
  // edge, then the rest of the sentence.
  const lines = [
    '某某局2024年度部门决算',
    '五、一般公共预算财政拨款支出决算情况说明',
    '（三）一般公共预算财政拨款支出决算具体情况',
    '7、住房保障支出（类）住房改革支出（款）住房公积金（项）',
    '。年初预',
    '算数为27600.00万元，支出决算数为27600.00万元，完成年初预算的',
    '100.00%。决算数与年初预算数持平。',
  ];
  it('reads the item’s budget and amount as one sentence', () => {
    const document = interpret(readTextLayout(lines.join('\n'), 'raw.txt', 'text'), defaultCatalog());
    const c = document.claims.find((x) => x.subject.key === 'fc:2210201');
    expect(c?.amount?.value).toBe('27600.00');
    expect(c?.budget?.amount?.value).toBe('27600.00');
  });
});
