import { describe, expect, it } from 'vitest';
import { checkBytes, extractBytes } from '../../check.js';
import { defaultCatalog } from '../../catalog/catalog.js';
import { budgetKind } from '../../model/claims.js';
import type { Claim } from '../../model/disclosure.js';
import { findSubjects } from './subjects.js';

/** The claims read from one explanation section with the given paragraphs. */
async function claimsOf(heading: string, ...paras: string[]): Promise<Claim[]> {
  const text = `# 2024年度某某区某某局部门决算\n\n## ${heading}\n\n${paras.join('\n\n')}\n`;
  const doc = await extractBytes('case.md', new TextEncoder().encode(text));
  return doc.claims;
}

const of = (cs: Claim[], key: string) => cs.filter((c) => c.subject.key === key);
const amounts = (cs: Claim[], key: string) => of(cs, key).map((c) => c.amount?.value ?? null).filter((v) => v != null);
const anyFigure = (cs: Claim[], value: string) =>
  cs.filter((c) => [c.amount, c.budget?.amount, c.change?.amount, c.change?.rate, c.share?.rate].some((f) => f?.value === value));

const GENERAL = '五、一般公共预算财政拨款支出决算情况说明';

describe('a subject does not carry over to a sentence about something else', () => {
  it('the year’s spending said right after its income, without its full name, is the spending total', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '2024年度本年收入合计218.78万元，合计支出为208.34万元。');
    expect(amounts(cs, 'income.total')).toEqual(['218.78']);
    expect(amounts(cs, 'expense.total')).toEqual(['208.34']);
    // In a list it stays a sum of the items before it, not the year's spending.
    const list = await claimsOf('三、支出决算情况说明', '2024年度基本支出150.00万元、项目支出58.34万元，合计支出208.34万元。');
    expect(amounts(list, 'expense.total')).not.toContain('150.00');
  });

  it('a list of parts in a bracket left open is read apart as a closed one: no part takes the whole’s change', async () => {
    const cs = await claimsOf(
      '七、财政拨款“三公”经费支出决算情况说明',
      '公务用车购置及运行维护费为8.39万元,较上年减少11.1万元,下降56.95%(其中:公务用车购置费0万元,较上年无增减;公务用车运行维护费8.39万元,较上年减少11.1万元,下降56.95%',
    );
    expect(of(cs, 'threePublic.vehiclePurchase').map((c) => [c.amount?.value, c.change?.amount?.value ?? null])).toEqual([['0', null]]);
    expect(of(cs, 'threePublic.vehicle').map((c) => c.change?.amount?.value)).toEqual(['11.1']);
  });

  it('a template’s either-or words in brackets inside a list in brackets do not end it', async () => {
    const cs = await claimsOf(
      '七、财政拨款“三公”经费支出决算情况说明',
      '公务用车购置及运行维护费为3.44万元,较上年减少0.09万元,下降2.55%(其中:公务用车购置费0万元,较上年增加(减少)0万元,增长(下降)0%;公务用车运行维护费3.44万元,较上年减少0.09万元,下降2.55%)。',
    );
    expect(anyFigure(cs, '2.55').map((c) => c.subject.key).sort()).toEqual(['threePublic.vehicle', 'threePublic.vehicleOps']);
  });

  it('a bare 收入 after a list of income parts is not the last part’s change', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '2024年各项收入共1895.74万元，其中：财政拨款收入1779.74万元，事业收入116万元，其他收入0万元。收入较上年增加314.09万元，主要是转移支付增加。',
    );
    expect(of(cs, 'income.other').map((c) => c.change)).toEqual([null]);
    expect(anyFigure(cs, '314.09').filter((c) => c.subject.key !== 'income.total')).toEqual([]);
  });

  it('reads "收入决算数" after the year as the year’s income, the whole of its 其中 list', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '(一)收入决算:2024年收入决算数1895.74万元，其中：财政拨款收入1779.74万元，事业收入116万元。');
    const whole = of(cs, 'income.actual');
    expect(whole.map((c) => c.amount?.value)).toEqual(['1895.74']);
    expect(of(cs, 'income.fiscal').map((c) => c.parent)).toEqual([whole[0]?.id]);
    expect(findSubjects('财政拨款收入决算数1779.74万元', defaultCatalog(), 'explain.income', null).map((m) => m.key)).toEqual(['income.fiscal']);
  });

  it('reads the department naming itself after the year, and the spending said in the same breath, as the year’s', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '2024年度，本部门收入决算数为1,238.41万元，支出决算数为1,238.51万元。',
      '2024年度本部门支出决算数为1,238.51万元，其中：基本支出608.04万元，项目支出630.47万元。',
    );
    expect(amounts(cs, 'income.actual')).toEqual(['1238.41']);
    const spending = of(cs, 'expense.actual');
    expect(spending.map((c) => c.amount?.value)).toEqual(['1238.51', '1238.51']);
    expect(of(cs, 'expense.project').map((c) => c.parent)).toEqual([spending[1]?.id]);
  });

  it('reads an item named by its 项 alone with its change, compared with nothing else', async () => {
    const cs = await claimsOf(
      '（三）一般公共预算财政拨款支出决算具体情况',
      '1.行政运行（项）442.32万元，较上年增加12.52万元，增长2.91%。',
      '2.一般行政管理事务（项）191.87万元，较上年减少8.88万元，增长4.85%。',
    );
    const items = cs.filter((c) => c.subject.key.startsWith('unsure:item:'));
    expect(items.map((c) => [c.subject.key.replace(/#.*/, ''), c.amount?.value, c.change?.amount?.value])).toEqual([
      ['unsure:item:行政运行', '442.32', '12.52'],
      ['unsure:item:一般行政管理事务', '191.87', '8.88'],
    ]);
    const found = (await checkBytes('case.md', new TextEncoder().encode(`# 2024年度某某区某某局部门决算\n\n## （三）一般公共预算财政拨款支出决算具体情况\n\n2.一般行政管理事务（项）191.87万元，较上年减少8.88万元，增长4.85%。\n`))).findings;
    expect(found.filter((f) => f.rule.startsWith('arithmetic.')).map((f) => [f.rule, f.locations[0]?.line])).toEqual([['arithmetic.change-direction', 5]]);
  });

  it('two items of one name (行政运行 under two 款) are two subjects, never paired by their key', async () => {
    const cs = await claimsOf(
      '（三）一般公共预算财政拨款支出决算具体情况',
      '1.行政运行（项）100.00万元，较上年增加10.00万元，增长11.11%。',
      '2.行政运行（项）较上年增加5.00万元，增长10.00%。',
    );
    const keys = cs.filter((c) => c.subject.key.startsWith('unsure:item:行政运行')).map((c) => c.subject.key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    // (Paired, the second's change was checked against the first's 100.00万元: a false change-rate error.)
    const text = `# 2024年度某某区某某局部门决算\n\n## （三）一般公共预算财政拨款支出决算具体情况\n\n1.行政运行（项）100.00万元，较上年增加10.00万元，增长11.11%。\n\n2.行政运行（项）较上年增加5.00万元，增长10.00%。\n`;
    const found = (await checkBytes('case.md', new TextEncoder().encode(text))).findings;
    expect(found.filter((f) => f.rule.startsWith('arithmetic.') && f.severity !== 'info')).toEqual([]);
  });

  it('an item’s path on a paragraph of its own is the subject of the paragraph below it', async () => {
    const cs = await claimsOf(
      '（三）一般公共预算财政拨款支出决算具体情况',
      '1、社会保障和就业支出（类）抚恤（款）死亡抚恤（项）。',
      '主要用于：死亡抚恤金。年初预算为0万元，支出决算为33.16万元。',
      '2、一般公共服务支出（类）财政事务（款）行政运行（项）',
      '3、一般公共服务支出（类）财政事务（款）信息化建设（项）：支出决算为9万元。',
    );
    expect(amounts(cs, 'fc:2080801')).toEqual(['33.16']);
    // (A path followed by the next numbered item is no statement: nothing runs on from it.)
    expect(of(cs, 'fc:2010601')).toEqual([]);
    expect(cs.filter((c) => c.amount?.value === '9').map((c) => c.subject.label)).toEqual(['一般公共服务支出（类）财政事务（款）信息化建设（项）']);
  });

  it('an item’s own 支出决算 after its budget is not the year’s spending', async () => {
    const cs = await claimsOf(GENERAL, '（一）行政运行（项）：年初预算为81.93万元，支出决算为63.00万元，完成年初预算的76.90%。');
    expect(of(cs, 'expense.actual')).toEqual([]);
  });

  it('a sentence naming an unknown thing keeps its figures from the previous sentence’s subject', async () => {
    const cs = await claimsOf(
      '十一、其他重要事项的情况说明',
      '2024年度政府采购支出总额372.34万元，其中：政府采购货物支出8.57万元、政府采购服务支出363.77万元。',
      '2024年度本部门面向中小企业预留政府采购项目预算金额300.00万元，面向小微企业预留项目预算金额120.50万元。',
    );
    expect(anyFigure(cs, '300.00')).toEqual([]);
    expect(anyFigure(cs, '120.50')).toEqual([]);
    expect(of(cs, 'procurement.services')[0]?.budget).toBeNull();
  });

  it('the subjects of a purpose sentence do not take the next sentence’s figures', async () => {
    const cs = await claimsOf(
      GENERAL,
      '一般公共预算财政拨款支出年初预算为5000.00万元，支出决算为4800.00万元。其中：',
      '1.文化旅游体育与传媒支出（类）文化和旅游（款）文化和旅游管理事务（项）。主要用于：维持中心日常运转发生的人员和公用支出，以及开展工作的项目支出。年初预算为1993.23万元，支出决算为2047.66万元。',
      '2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项），主要用于保障机关运转的基本支出。年初预算为60.00万元，支出决算为58.00万元。',
    );
    expect(anyFigure(cs, '2047.66').map((c) => c.subject.names)).toEqual([['文化旅游体育与传媒支出', '文化和旅游', '文化和旅游管理事务']]);
    expect(anyFigure(cs, '58.00').map((c) => c.subject.key)).toEqual(['fc:2101101']);
    expect(of(cs, 'expense.project').concat(of(cs, 'general.project'), of(cs, 'expense.basic'), of(cs, 'general.basic'))).toEqual([]);
  });

  it('a sentence that only adds a change or a budget still speaks of the subject just named', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '2024年度收、支总计2280.29万元。与2023年度相比，减少219.28万元，下降8.77%。',
    );
    const total = of(cs, 'total')[0];
    expect(total?.amount?.value).toBe('2280.29');
    expect(total?.change?.amount?.value).toBe('219.28');
    expect(total?.change?.rate?.value).toBe('8.77');
    const items = await claimsOf(GENERAL, '卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。年初预算为81.93万元，当年支出决算为63.00万元。');
    const item = of(items, 'fc:2101102')[0];
    expect(item?.amount?.value).toBe('63.00');
    expect(item?.budget?.amount?.value).toBe('81.93');
  });

  it('within one sentence the clauses after 其中 still belong to the sentence’s whole', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '“三公”经费财政拨款支出年初预算为21.00万元，支出决算为16.95万元，完成预算的80.71%，其中：公务用车购置及运行维护费支出决算为16.95万元，完成预算的82.68%。');
    const whole = of(cs, 'threePublic.total')[0];
    expect(whole?.budget?.executionRate?.value).toBe('80.71');
    const vehicle = of(cs, 'threePublic.vehicle')[0];
    expect(vehicle?.parent).toBe(whole?.id);
    expect(vehicle?.budget?.executionRate?.value).toBe('82.68');
  });

  it('a sentence with no subject after a closed 其中 list gives its figures to neither the last part nor the whole', async () => {
    const cs = await claimsOf(
      '二、收入决算情况说明',
      '本年收入合计860.40万元，其中：财政拨款收入800.00万元，占93.0%；其他收入60.40万元，占7.0%。与上年相比增加40.00万元，增长4.9%，主要原因是人员增加。',
    );
    expect(anyFigure(cs, '40.00')).toEqual([]);
    expect(anyFigure(cs, '4.9')).toEqual([]);
    expect(of(cs, 'income.other')[0]?.amount?.value).toBe('60.40');
    // Without a list the sentence still speaks of the subject just named (see above).
    const plain = await claimsOf('二、收入决算情况说明', '本年收入合计860.40万元。与上年相比增加40.00万元，增长4.9%。');
    expect(of(plain, 'income.total')[0]?.change?.amount?.value).toBe('40.00');
  });
});

describe('the parts of a change', () => {
  it('a part of a change whose direction word was left out gives no level ("…增加2,314.10元。其中：…公务用车…支出决算1,747.10元，增长176.55%")', async () => {
    const cs = await claimsOf(
      '七、财政拨款“三公”经费支出决算情况说明',
      '2024年度“三公”经费支出决算为3,901.10元，其中：公务用车购置及运行费支出决算为2,737.10元；公务接待费支出决算为1,164.00元。',
      '2024年度“三公”经费支出决算数比2023年增加2,314.10元，增长145.87%。其中：公务用车购置及运行费支出决算1,747.10元，增长176.55%；公务接待费支出决算增加567.00元，增长95.00%。',
    );
    // (Amounts in 元 are kept in 万元.)
    expect(amounts(cs, 'threePublic.vehicle')).toEqual(['0.273710']);
    expect(anyFigure(cs, '0.174710')).toEqual([]);
    expect(of(cs, 'threePublic.reception').map((c) => c.change?.amount?.value ?? null)).toContain('0.056700');
  });
});

describe('the actual against the budget', () => {
  it('"决算数小于预算数（或与预算数持平）" leaves the template\'s choice open and says neither', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为3.46万元，完成预算100%。决算数小于预算数（或与预算数持平）的主要原因是公务用车年久失修。');
    expect(cs.some((c) => c.budget?.words.some((w) => /小于|持平/.test(w)))).toBe(false);
    const plain = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出决算为3.46万元，完成预算90%。决算数小于预算数的主要原因是公务用车减少。');
    expect(plain.some((c) => c.budget?.words.includes('小于'))).toBe(true);
  });
});

describe('the parts of a "其中" list', () => {
  it('in the account of income a bare 财政拨款 before its figure is the 财政拨款收入', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '2024年度本年收入合计42,828,112.97万元，其中：财政拨款17,229,526.68万元，占40.2%；事业收入18,512,156.91万元，占43.2%；其他收入7,086,429.38万元，占16.5%。');
    expect(amounts(cs, 'income.fiscal')).toEqual(['17229526.68']);
    expect(of(cs, 'income.total')[0]?.someParts).toBeFalsy();
  });

  it('in brackets, each part is read with its own changes ("（其中：…购置费209万元，…；…运行维护费803万元，…）")', async () => {
    const cs = await claimsOf(
      '九、财政拨款“三公”经费支出决算情况说明',
      '公务用车购置及运行维护费为1012万元，较上年1024万元减少12万元，下降1%（其中：公务用车购置费209万元，较上年251万元减少42万元，下降17%；公务用车运行维护费803万元，较上年773万元增加30万元，增长4%）。',
    );
    expect(cs.map((c) => [c.subject.key, c.amount?.value ?? null, c.change?.amount?.value ?? null])).toEqual([
      ['threePublic.vehicle', '1012', '12'],
      ['threePublic.vehiclePurchase', '209', '42'],
      ['threePublic.vehicleOps', '803', '30'],
    ]);
  });

  it('"支出3758万元，为年初预算数4688万元的80.16%": the budget and the rate of it; 公车购置支出 and 因公出国费 are 三公 items', async () => {
    const cs = await claimsOf(
      '七、财政拨款“三公”经费支出决算情况说明',
      '2024年“三公”经费财政拨款支出4855万元，为年初预算数6180万元的78.56%。其中：公车购置支出470万元，为年初预算数476万元的98.74%；公务用车运行维护费支出3758万元，为年初预算数4688万元的80.16%；公务接待费支出627万元，为年初预算数1035万元的60.58%；因公出国费支出0万元，为年初预算数1万元的0%。',
    );
    expect(cs.map((c) => [c.subject.key, c.amount?.value ?? null, c.budget?.amount?.value ?? null, c.budget?.executionRate?.value ?? null])).toEqual([
      ['threePublic.total', '4855', '6180', '78.56'],
      ['threePublic.vehiclePurchase', '470', '476', '98.74'],
      ['threePublic.vehicleOps', '3758', '4688', '80.16'],
      ['threePublic.reception', '627', '1035', '60.58'],
      ['threePublic.abroad', '0', '1', '0'],
    ]);
  });

  it('the names before 2015 (公共财政拨款支出) and a whole\'s parts by a classification ("按支出性质分：") are read', async () => {
    const old = await claimsOf(GENERAL, '2024年度公共财政拨款支出决算700万元，按支出功能分类科目：社会保障和就业支出100万元，占14.29%；卫生健康支出600万元，占85.71%。');
    expect(old.map((c) => c.subject.key)[0]).toBe('general.expense');
    const parts = await claimsOf('三、支出决算情况说明', '本年支出合计2280.29万元，按支出性质分：基本支出816.48万元，占35.81%；项目支出1463.8万元，占64.19%。');
    expect(parts.map((c) => [c.subject.key, c.parent === parts[0]?.id])).toEqual([
      ['expense.total', false],
      ['expense.basic', true],
      ['expense.project', true],
    ]);
  });

  it('a sentence naming no subject after one that stated two subjects apart gives its change to neither', async () => {
    const cs = await claimsOf('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计均为1222.68万元，年初、年末财政拨款结转和结余均为0万元。与2023年1548.16万元相比，减少325.48万元，下降21.02%。');
    expect(cs.filter((c) => c.change?.amount).map((c) => c.subject.key)).toEqual([]);
    // (One subject before: the change is its own.)
    const one = await claimsOf('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计均为1222.68万元。与2023年1548.16万元相比，减少325.48万元，下降21.02%。');
    expect(one.filter((c) => c.change?.amount).map((c) => c.change?.amount?.value)).toEqual(['325.48']);
  });

  it('a 款 and its 项 under a class heading ("（1）医疗保障管理事务（款）行政运行（项）300万元") are the item one class alone has', async () => {
    const cs = await claimsOf(GENERAL, '2. 卫生健康支出（类）600万元：', '（1）医疗保障管理事务（款）行政运行（项）300万元；', '（2）医疗保障管理事务（款）事业运行（项）200万元；', '（3）行政运行（款）行政运行（项）5万元。');
    const keys = cs.map((c) => c.subject.key);
    expect(keys).toContain('fc:2101501');
    expect(keys).toContain('fc:2101550');
    // (行政运行 under a 款 no class alone has is not told: it stays an item of no known path.)
    expect(keys.some((k) => k.startsWith('unsure:item:行政运行'))).toBe(true);
  });

  it('a list\'s numbers in a sentence ("1、基本支出…；2、项目支出…", "（1）…", "其中：1.…") leave each item its own amount and share', async () => {
    for (const text of [
      '2024年度本年支出合计238.67万元。按支出项目类别分：1、基本支出157.38万元，占支出合计的65.94%；2、项目支出81.29万元，占支出合计的34.06%。',
      '2024年度本年支出合计238.67万元。其中：1.基本支出157.38万元，占65.94%；2.项目支出81.29万元，占34.06%。',
      '2024年度本年支出合计238.67万元，其中：（1）基本支出157.38万元，占65.94%；（2）项目支出81.29万元，占34.06%。',
    ]) {
      const cs = await claimsOf('三、支出决算情况说明', text);
      expect(cs.map((c) => [c.subject.key, c.amount?.value ?? null, c.share?.rate.value ?? null]), text).toEqual([
        ['expense.total', '238.67', null],
        ['expense.basic', '157.38', '65.94'],
        ['expense.project', '81.29', '34.06'],
      ]);
    }
  });

  it('an item\'s code before its name ("2080501行政单位离退休（项）", "14.2299901其他支出") is no figure', async () => {
    const cs = await claimsOf(GENERAL, '2080501行政单位离退休（项）0.25万元，比上年增加0.25万元，增长100%。14.2299901其他支出0万元，比上年减少2.07万元，下降100%。');
    const amounts = cs.map((c) => c.amount?.value ?? null);
    expect(amounts).toContain('0.25');
    expect(amounts).not.toContain('14.2299901');
    expect(amounts).not.toContain('2080501');
  });

  it('named parts in brackets without 其中 are read as parts, each with its own change, not the whole\'s figure', async () => {
    const cs = await claimsOf(
      '五、一般公共预算财政拨款支出决算情况说明',
      '2016年一般公共预算财政拨款支出2955万元，比去年增加了936万元（财政拨款基本支出1802万元、与去年相比减少了13万元，财政拨款项目支出1153万元）。',
    );
    expect(cs.map((c) => [c.subject.key, c.amount?.value ?? null, c.change?.amount?.value ?? null, c.parent === cs[0]?.id])).toEqual([
      ['general.expense', '2955', '936', false],
      ['general.basic', '1802', '13', true],
      ['general.project', '1153', null, true],
    ]);
  });

  it('a bracket that compares the whole with last year is not a list of parts', async () => {
    const cs = await claimsOf('五、一般公共预算财政拨款支出决算情况说明', '2016年一般公共预算财政拨款支出2955万元，比上年增加1153万元（上年1802万元，年初预算2900万元）。');
    expect(cs.map((c) => [c.subject.key, c.amount?.value ?? null, c.change?.amount?.value ?? null])).toEqual([['general.expense', '2955', '1153']]);
  });

  it('an item the reader does not know inside a part\'s bracketed list leaves that part\'s list incomplete, not the outer whole\'s', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2016年“三公”经费财政拨款支出决算为19043万元，其中，公务接待费7494万元，因公出国(境)费382万元，公务用车购置及运行维护费11167万元(其中，公务用车购置费255万元，公务用车运行维护费7922万元，其他交通工具购置144万元，其他交通费用2846万元)。');
    expect(of(cs, 'threePublic.vehicle')[0]?.someParts).toBe(true);
    expect(of(cs, 'threePublic.total')[0]?.someParts).toBeFalsy();
  });

  it('an amount of a name the reader does not know makes the named parts only some of the whole\'s', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '2024年度本年收入合计100.00万元，其中：某某专项资金40.00万元，事业收入30.00万元，其他收入20.00万元。');
    expect(of(cs, 'income.total')[0]?.someParts).toBe(true);
  });
});

describe('a name masked by asterisks names nothing', () => {
  it('"********支出2万元" is no statement of the section\'s whole (a run of asterisks is no bold marker)', async () => {
    const cs = await claimsOf(GENERAL, '2024年度一般公共预算财政拨款支出4603.07万元。其中:按功能分类科目,********支出2万元,********支出2.06万元,********支出4134.05万元。');
    expect(amounts(cs, 'general.expense')).toEqual(['4603.07']);
    expect(anyFigure(cs, '2')).toEqual([]);
  });
});

describe('figures before the subject, after a name the reader does not know, are not the subject’s', () => {
  it('a 三公 table flattened into a line ("行维护费44.00 43.87因公出国(境)费") gives 因公出国 no amount', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '行维护费44.00 43.87公务用车购置0 0因公出国(境)费二、2017年一般公共预算财政拨款“三公”经费支出情况说明。', '因公出国(境)费支出决算0万元,占0%;公务接待费支出决算21万元,占32.4%。');
    expect(amounts(cs, 'threePublic.abroad')).toEqual(['0']);
    expect(anyFigure(cs, '44.00')).toEqual([]);
  });
});

describe('分别 pairs figures with the items in order', () => {
  it('two items, two amounts', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '2024年度本年支出合计2280.29万元，其中：基本支出和项目支出分别为816.48万元、1463.81万元。');
    expect(amounts(cs, 'expense.basic')).toEqual(['816.48']);
    expect(amounts(cs, 'expense.project')).toEqual(['1463.81']);
  });

  it('an amount with a thousands separator before 分别 stays whole', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '本年支出合计2,280.29万元，其中：基本支出816.48万元，项目支出1,463.8万元，分别占35.81%、64.19%。');
    expect(of(cs, 'expense.project').map((c) => [c.amount?.value, c.share?.rate.value])).toEqual([['1463.8', '64.19']]);
  });

  it('several 分别 of one list: changes and rates go to the same items', async () => {
    const cs = await claimsOf('六、一般公共预算财政拨款基本支出决算情况说明', '人员经费、公用经费分别比上年增加12.50万元和3.20万元，分别增长5.00%、2.10%。');
    const personnel = of(cs, 'basic.personnel')[0];
    const pub = of(cs, 'basic.public')[0];
    expect(personnel?.change).toMatchObject({ direction: 'increase', against: 'prior' });
    expect(personnel?.change?.amount?.value).toBe('12.50');
    expect(personnel?.change?.rate?.value).toBe('5.00');
    expect(pub?.change?.amount?.value).toBe('3.20');
    expect(pub?.change?.rate?.value).toBe('2.10');
  });

  it('各 before a list, then a list of rates without 分别: each item its own change and rate ("收入、支出总计" two items)', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '2024年度收入总计7562.45万元，支出总计6632.48万元，与2023年度相比，收入、支出总计各增加1412.7万元、2062.79万元，增长15.74%、23.72%。');
    const changes = (key: string) => of(cs, key).flatMap((c) => (c.change ? [[c.change.amount?.value, c.change.rate?.value]] : []));
    expect(changes('income.grand')).toEqual([['1412.7', '15.74']]);
    expect(changes('expense.grand')).toEqual([['2062.79', '23.72']]);
  });

  it('class names holding 和 are kept whole when the count says so', async () => {
    const cs = await claimsOf(GENERAL, '一般公共预算财政拨款支出2226.03万元，其中：社会保障和就业支出、卫生健康支出分别为103.30万元、2122.73万元。');
    expect(amounts(cs, 'fc:208')).toEqual(['103.30']);
    expect(amounts(cs, 'fc:210')).toEqual(['2122.73']);
  });

  it('各 before a list of figures pairs them too; "收、支总计" is then two items and a unit printed once is every figure\'s', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '2024年度收、支总计各是4125.49,4143.91万元。与2023年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%。',
    );
    expect(amounts(cs, 'income.grand')).toEqual(['4125.49']);
    expect(amounts(cs, 'expense.grand')).toEqual(['4143.91']);
    expect(of(cs, 'income.grand').every((c) => !c.amount || c.amount.unit === '万元')).toBe(true);
    const inc = of(cs, 'income.grand').find((c) => c.change);
    const exp = of(cs, 'expense.grand').find((c) => c.change);
    expect([inc?.change?.amount?.value, inc?.change?.amount?.unit, inc?.change?.rate?.value]).toEqual(['1267.86', '万元', '23.51']);
    expect([exp?.change?.amount?.value, exp?.change?.rate?.value]).toEqual(['2570.97', '38.28']);
  });

  it('各 before one figure still says each changed by that much', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。与2023年度相比，收、支总计各增加6.05万元，增长2.60%。');
    expect(cs.filter((c) => c.change?.amount?.value === '6.05').length).toBeGreaterThan(0);
    expect(anyFigure(cs, '6.05').length).toBeGreaterThan(0);
  });

  it('a comma inside a figure (1,267.86) is no list', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '2024年度收、支总计各为1,267.86万元。');
    expect(anyFigure(cs, '1267.86').length).toBeGreaterThan(0);
  });

  it('counts that do not match pair nothing', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '基本支出和项目支出分别为816.48万元。', '人员经费、公用经费和对个人和家庭的补助分别减少10.00万元、5.00万元。');
    expect(anyFigure(cs, '816.48')).toEqual([]);
    expect(anyFigure(cs, '10.00')).toEqual([]);
    expect(anyFigure(cs, '5.00')).toEqual([]);
  });

  it('a single subject with 分别 reads as before', async () => {
    const cs = await claimsOf('四、财政拨款收入支出决算总体情况说明', '2024年度财政拨款收、支总计分别为238.67万元。');
    expect(amounts(cs, 'fiscal.total')).toEqual(['238.67']);
  });
});

describe('a figure for part of the year is not the annual amount', () => {
  it.each([
    ['1-8月，项目支出执行数为820.00万元。'],
    ['1—6月基本支出执行820.00万元，执行进度为45.00%。'],
    ['上半年，一般公共预算财政拨款支出820.00万元。'],
    ['截至6月底，项目支出820.00万元。'],
    ['截至2024年9月30日，基本支出已支出820.00万元。'],
    ['前三季度项目支出820.00万元，占全年预算的60.00%。'],
    ['第一季度“三公”经费支出820.00万元。'],
  ])('%s', async (sentence) => {
    const cs = await claimsOf('三、支出决算情况说明', `本年支出合计2000.00万元。${sentence}`);
    expect(anyFigure(cs, '820.00')).toEqual([]);
    expect(amounts(cs, 'expense.total')).toEqual(['2000.00']);
  });

  it('the year itself (1-12月, 截至12月31日) is annual', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '1-12月，项目支出执行数为820.00万元。');
    expect(amounts(cs, 'expense.project')).toEqual(['820.00']);
    const assets = await claimsOf('十一、其他重要事项的情况说明', '截至2024年12月31日，本部门共有车辆5辆。');
    expect(of(assets, 'assets.vehicles')[0]?.count?.value.value).toBe('5');
  });

  it('a sentence after a period figure does not inherit it', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '1-6月项目支出执行数为654.81万元。比上年增加20.00万元。');
    expect(anyFigure(cs, '20.00')).toEqual([]);
  });
});

describe('a generic word inside free text is not the department total', () => {
  it('“…等项目支出” and “人员支出、公用支出及项目支出” are phrases, not subjects', async () => {
    const broken = await claimsOf(GENERAL, '要用于扬尘污染防治监管等项目支出，年初预算为420.80万元，支出决算为379.96万元。');
    expect(of(broken, 'expense.project')).toEqual([]);
    const listed = await claimsOf(GENERAL, '污染减排（款）生态环境监测与信息（项），用于监测站基本工资、津贴补贴等人员支出，公用支出及项目支出，年初预算为1464.65万元，当年支出决算为1493.39万元。');
    expect(of(listed, 'expense.project')).toEqual([]);
    const qualified = await claimsOf('三、支出决算情况说明', '开展各类宣传活动的项目支出共计35.20万元。');
    expect(of(qualified, 'expense.project')).toEqual([]);
    const staff = await claimsOf('六、一般公共预算财政拨款基本支出决算情况说明', '在职人员经费、公用经费的支出，年初预算为300.00万元。');
    expect(of(staff, 'basic.personnel').concat(of(staff, 'basic.public'))).toEqual([]);
  });

  it('standing as the subject, after a year, 其中 or the department, it is the total', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '本年支出合计4733.14万元，其中：基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。');
    expect(amounts(cs, 'expense.project')).toEqual(['1367.76']);
    const year = await claimsOf('三、支出决算情况说明', '2024年度项目支出1463.80万元，比上年减少107.66万元。');
    expect(amounts(year, 'expense.project')).toEqual(['1463.80']);
    const subjects = (t: string) => findSubjects(t, defaultCatalog(), 'explain.expense', '某某区某某局').map((m) => m.key);
    expect(subjects('本部门基本支出和项目支出合计2280.29万元')).toEqual(['expense.basic', 'expense.project']);
    expect(subjects('某某区某某局项目支出1463.80万元')).toEqual(['expense.project']);
    expect(subjects('与项目支出相比')).toEqual(['expense.project']);
    expect(subjects('用于人员支出、公用支出及项目支出')).toEqual([]);
  });
});

describe('占项目支出的X% belongs to the item before it', () => {
  it('an unnamed item’s share is not put on the whole it is a share of', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '项目支出1367.76万元，占28.90%，其中：扬尘治理专项经费50.00万元，占项目支出的3.66%。');
    const project = of(cs, 'expense.project');
    expect(project.map((c) => c.share?.rate.value)).toEqual(['28.90']);
    expect(anyFigure(cs, '3.66')).toEqual([]);
  });

  it('a named item takes the share, with the named base', async () => {
    const cs = await claimsOf('六、一般公共预算财政拨款基本支出决算情况说明', '一般公共预算财政拨款基本支出3365.38万元。其中：人员经费2949.02万元；公用经费416.36万元，占基本支出的12.37%。');
    const pub = of(cs, 'basic.public')[0];
    expect(pub?.share?.rate.value).toBe('12.37');
    expect(pub?.share?.base).toBe('expense.basic');
  });
});

describe('a list that names only some parts is not a sum', () => {
  it('parts ending in 等 mark the whole as listed in part', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '本年支出合计2280.29万元，其中：基本支出816.48万元、项目支出1000.00万元等。');
    const whole = of(cs, 'expense.total')[0];
    expect(whole?.someParts).toBe(true);
    expect(of(cs, 'expense.project')[0]?.parent).toBe(whole?.id);
  });

  it('a complete list (or one whose items end in 等 inside a description) is a sum', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '本年支出合计2280.29万元，其中：基本支出816.48万元，主要用于人员工资和日常办公等；项目支出1463.81万元。');
    expect(of(cs, 'expense.total')[0]?.someParts).toBeUndefined();
  });

  it('no parts-sum error for a partial list, still one for a complete list that does not add up', async () => {
    const { checkText } = await import('../../check.js');
    const { ALL_RULES } = await import('../../rules/index.js');
    const doc = (p: string) => `# 2024年度某某区某某局部门决算\n\n## 三、支出决算情况说明\n\n${p}\n`;
    const partial = await checkText(doc('本年支出合计2280.29万元，其中：基本支出816.48万元、项目支出1000.00万元等。'), { rules: ALL_RULES });
    expect(partial.findings.filter((f) => f.rule === 'arithmetic.parts-sum')).toEqual([]);
    const complete = await checkText(doc('本年支出合计2280.29万元，其中：基本支出816.48万元、项目支出1000.00万元。'), { rules: ALL_RULES });
    expect(complete.findings.filter((f) => f.rule === 'arithmetic.parts-sum' && f.severity === 'error').length).toBe(1);
  });
});

describe('an amount in 元 among 万元 figures is a unit slip', () => {
  it('printed to the fen like the 万元 figures around it', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出2.75万元，其中：因公出国（境）费0万元；公务接待费支出2.75元，比上年减少0.78万元。');
    const reception = of(cs, 'threePublic.reception')[0];
    expect(reception?.unitSlip).toMatchObject({ value: '2.75', unit: '元', raw: '2.75元' });
    // Read at the unit it was meant in, so the sums it takes part in are checked on 2.75万元.
    expect(reception?.amount).toMatchObject({ value: '2.75', unit: '万元' });
    expect(reception?.change?.amount?.value).toBe('0.78');
  });

  it('the same number as a 万元 amount of the same subject said before', async () => {
    const cs = await claimsOf('六、一般公共预算财政拨款基本支出决算情况说明', '人员经费707.15万元，公用经费109.3万元。', '2024年度公用经费支出109.3元，主要用于办公费等。');
    expect(of(cs, 'basic.public').map((c) => c.unitSlip?.raw ?? c.amount?.value)).toEqual(['109.3', '109.3元']);
    expect(of(cs, 'basic.public')[1]?.amount?.value).toBe('109.3');
  });

  it('printed to the same precision as the 万元 figures around it (one decimal, or whole 亿元 among whole 万元)', async () => {
    const one = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出19.6万元，其中：公务接待费支出13.2万元，公务用车运行维护费支出6.4亿元。');
    expect(of(one, 'threePublic.vehicleOps')[0]?.unitSlip).toMatchObject({ value: '6.4', unit: '亿元' });
    const whole = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出预算为4200万元，其中：公务接待费支出600万元，公务用车运行维护费支出3600亿元。');
    expect(of(whole, 'threePublic.vehicleOps')[0]?.unitSlip).toMatchObject({ value: '3600', unit: '亿元' });
    // One decimal among 万元 figures printed to the fen is no precision of the paragraph.
    const fen = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出19.65万元，其中：公务接待费支出13.25万元，公务用车运行维护费支出6.4亿元。');
    expect(of(fen, 'threePublic.vehicleOps')[0]?.unitSlip).toBeUndefined();
  });

  it('a real 元 amount is not a slip: whole 元, or a paragraph that is not in 万元', async () => {
    const whole = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出0.35万元，其中：国内公务接待费3500元。');
    expect(of(whole, 'threePublic.receptionDomestic')[0]?.amount?.value).toBe('0.3500');
    const yuan = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出3500.50元。');
    expect(of(yuan, 'threePublic.reception')[0]?.unitSlip).toBeUndefined();
    expect(of(yuan, 'threePublic.reception')[0]?.amount?.unit).toBe('元');
  });
});

describe('a unit slip proved elsewhere than by the paragraph it stands in', () => {
  it('the same number as a 万元 amount said after it, of its part: read at 万元', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务接待费0.375亿元，较上年减少5%。其中：国内公务接待0.375万元，共接待12批次。');
    const r = of(cs, 'threePublic.reception')[0];
    expect(r?.unitSlip).toMatchObject({ value: '0.375', unit: '亿元' });
    expect(r?.unitSlipBasis).toBe('twin');
    expect(r?.amount).toMatchObject({ value: '0.375', unit: '万元' });
  });

  it('a whole number in 元 is no slip by being its part’s number', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务接待费支出800元，其中：国内公务接待800万元。');
    expect(of(cs, 'threePublic.reception')[0]?.unitSlip).toBeUndefined();
  });

  it('a 元 figure to the jiao among 万元 figures', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '本年支出合计2500.50万元，其中：基本支出2300.00万元，占91.98%；项目支出200.5元，占8.02%。');
    expect(cs.find((c) => c.unitSlip)?.unitSlip).toMatchObject({ value: '200.5', unit: '元' });
  });

  it('a paragraph with no other amount, first of its section, takes the whole explanation’s unit', async () => {
    const text = '# 2024年度某某局部门决算\n\n## 一、收入支出决算总体情况说明\n\n（一）收入总计3456.78亿元，包括：\n\n## 二、收入决算情况说明\n\n本年收入合计3400.00万元，其中：财政拨款收入3300.00万元，其他收入100.00万元。年初结转和结余56.78万元。\n';
    const doc = await extractBytes('case.md', new TextEncoder().encode(text));
    const slip = doc.claims.find((c) => c.unitSlip);
    expect(slip?.unitSlip).toMatchObject({ value: '3456.78', unit: '亿元' });
    expect(slip?.unitSlipBasis).toBe('document');
    // An explanation in 元 lends no 万元 to such a paragraph.
    const yuan = '# 2024年度某某局部门决算\n\n## 一、收入支出决算总体情况说明\n\n（一）收入总计3456.78元，包括：\n\n## 二、收入决算情况说明\n\n本年收入合计3400.00元，其中：财政拨款收入3300.00元，其他收入100.00元。年初结转和结余56.78元。\n';
    const d2 = await extractBytes('case.md', new TextEncoder().encode(yuan));
    expect(d2.claims.filter((c) => c.unitSlip)).toEqual([]);
  });

  it('a figure no claim takes is kept as a slip alone, named by the words before it', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '2024年度收入合计2468.00万元，其中：财政拨款收入2455.66万元，占99.50%；专项转移补助收入12.34亿元，占0.50%。');
    const u = of(cs, 'unread')[0];
    expect(u?.unitSlip).toMatchObject({ value: '12.34', unit: '亿元' });
    expect(u?.subject.label).toBe('专项转移补助收入');
    expect(u?.amount).toBeNull();
  });

  it('a change in 元 that fits its rate only read at 万元 is read at 万元; one that fits as printed is left', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算为450万元，比上年减少150元，下降25.00%。其中：公务接待费支出200万元，公务用车运行维护费支出250万元。');
    const t = of(cs, 'threePublic.total')[0];
    expect(t?.unitSlipBasis).toBe('rate');
    expect(t?.change?.amount).toMatchObject({ value: '150', unit: '万元' });
    const asPrinted = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算为4.50万元，比上年减少1500元，下降3.23%。其中：公务接待费支出2.00万元，公务用车运行维护费支出2.50万元。');
    expect(of(asPrinted, 'threePublic.total')[0]?.unitSlip).toBeUndefined();
  });

  it('a part in whole 元 whose whole and other parts add up only with it read at 万元', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算3210万元，其中：因公出国（境）费150万元；公务接待费960元；公务用车购置及运行维护费2100万元。');
    const r = of(cs, 'threePublic.reception')[0];
    expect(r?.unitSlipBasis).toBe('sum');
    expect(r?.amount).toMatchObject({ value: '960', unit: '万元' });
    // Not adding up either way: nothing is read as a slip.
    const neither = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费支出决算3300万元，其中：因公出国（境）费150万元；公务接待费960元；公务用车购置及运行维护费2100万元。');
    expect(of(neither, 'threePublic.reception')[0]?.unitSlip).toBeUndefined();
  });

  it('a rate in 元 that no claim takes is no slip', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务接待费支出12.50万元，较上年减少1.20万元，工作餐按照120.00元/人安排，住宿按照每间350.00元安排。');
    expect(cs.filter((c) => c.unitSlip)).toEqual([]);
  });
});

describe('“三公”经费总支出 is the 三公 total', () => {
  it('its amount is the 三公 total’s, and the change after it too', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费总支出为820.40万元。与上年相比，“三公”经费支出减少了79.60万元，下降了8.8%。');
    expect(amounts(cs, 'threePublic.total')).toEqual(['820.40']);
    expect(of(cs, 'expense.grand')).toEqual([]);
  });
});

describe('减少为 / 增加到 gives the new level, not the change', () => {
  it('减少为0.00万元 is the amount; 减少0.78万元 is a change', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '公务接待费支出决算减少为0.00万元，与2024年持平。');
    const r = of(cs, 'threePublic.reception')[0];
    expect(r?.amount?.value).toBe('0.00');
    expect(r?.change?.amount ?? null).toBeNull();
    const up = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '公务用车购置及运行维护费支出决算增加到16.95万元，比上年增加5.07万元。');
    const v = of(up, 'threePublic.vehicle')[0];
    expect(v?.amount?.value).toBe('16.95');
    expect(v?.change?.amount?.value).toBe('5.07');
  });
});

describe('a measure of the subject is not another subject', () => {
  it('资金到位率 between the project’s figures keeps the next figure on the project', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '项目支出1463.80万元，资金到位率100%，完成预算的98.50%。');
    expect(of(cs, 'expense.project')[0]?.budget?.executionRate?.value).toBe('98.50');
  });
});

describe('sentences of other regions’ wording read as a person would', () => {
  it('分别 opening its clause pairs its figures with the items of the clauses before it', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '本年支出合计238.67万元，其中：基本支出157.38万元，项目支出81.29万元，分别占本年支出合计的65.94%和34.06%。');
    expect(of(cs, 'expense.basic')[0]?.share?.rate.value).toBe('65.94');
    expect(of(cs, 'expense.project')[0]?.share?.rate.value).toBe('34.06');
  });

  it('分别 with fewer clauses before it than figures pairs nothing', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '其中：基本支出157.38万元，分别占65.94%和34.06%。');
    expect(anyFigure(cs, '34.06')).toEqual([]);
    expect(anyFigure(cs, '65.94')).toEqual([]);
  });

  it('a list opened by 其中 inside a paragraph ends with the paragraph’s last sentence', async () => {
    const cs = await claimsOf(
      '三、支出决算情况说明',
      '本年支出合计238.67万元，其中：基本支出157.38万元，项目支出81.29万元。',
      '基本支出157.38万元，同比增长10.57%（增加15.05万元）。',
    );
    const total = of(cs, 'expense.total')[0];
    expect(of(cs, 'expense.basic').map((c) => c.parent)).toEqual([total?.id, null]);
  });

  it('a list cut at "；" carries on in the next paragraph', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '本年支出合计238.67万元，其中：基本支出157.38万元；', '项目支出81.29万元。');
    const total = of(cs, 'expense.total')[0];
    expect(of(cs, 'expense.project')[0]?.parent).toBe(total?.id);
  });

  it('"合计" after a list is the sum of the items, not the last item’s amount', async () => {
    const cs = await claimsOf('六、一般公共预算财政拨款基本支出决算情况说明', '其中：人员经费146.15万元、公用经费11.23万元，合计157.38万元。');
    expect(amounts(cs, 'basic.public')).toEqual(['11.23']);
    expect(anyFigure(cs, '157.38').some((c) => c.subject.key === 'basic.public' || c.subject.key === 'basic.personnel')).toBe(false);
  });

  it('"累计3人次" after a count is still the subject’s own count', async () => {
    const cs = await claimsOf('九、财政拨款“三公”经费支出决算情况说明', '因公出国（境）费支出3.60万元，因公出国（境）团组1个，累计3人次。');
    expect(cs.some((c) => c.count?.value.value === '3')).toBe(true);
  });

  it('主要用于 followed by the parts with their amounts lists them (shares in parentheses, 1,092.66)', async () => {
    const cs = await claimsOf(GENERAL, '从支出结构看，主要用于社会保障和就业支出84.68万元（占6.93%）、卫生健康支出1,092.66万元（占89.37%）、住房保障支出45.34万元（占3.71%）。');
    expect(amounts(cs, 'fc:208')).toEqual(['84.68']);
    expect(amounts(cs, 'fc:210')).toEqual(['1092.66']);
    expect(of(cs, 'fc:210')[0]?.share?.rate.value).toBe('89.37');
    expect(of(cs, 'fc:221')[0]?.share?.rate.value).toBe('3.71');
  });

  it('主要用于 with a purpose and no amount is still no statement', async () => {
    const cs = await claimsOf(GENERAL, '行政运行（项）442.32万元，主要用于保障机关正常运转的人员支出和公用支出。');
    expect(anyFigure(cs, '442.32').length).toBeLessThanOrEqual(1);
    expect(cs.some((c) => c.subject.key === 'expense.basic' || c.subject.key === 'basic.personnel')).toBe(false);
  });

  it('增幅 and 降幅 name a change rate', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '基本支出157.38万元，比上年增加15.05万元，增幅10.57%。项目支出81.29万元，比上年减少107.66万元，降幅56.98%。');
    expect(of(cs, 'expense.basic')[0]?.change?.rate?.value).toBe('10.57');
    expect(of(cs, 'expense.project')[0]?.change).toMatchObject({ direction: 'decrease' });
    expect(of(cs, 'expense.project')[0]?.change?.rate?.value).toBe('56.98');
  });

  it('"收入总计、支出总计均为…，各减少…" reads as 收、支总计', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '本年度收入总计、支出总计均为2280.29万元，较2023年度各减少219.28万元，降幅8.77%。');
    expect(amounts(cs, 'total')).toEqual(['2280.29']);
    expect(of(cs, 'total')[0]?.change?.amount?.value).toBe('219.28');
  });

  it('a label alone over a figure (a chart’s bars, copied a line each) is no broken sentence: the figure may be another year’s', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '收、支决算总计', '2280.29 万元', '2024 年', '收、支决算总计', '2499.4 万元', '2023 年');
    expect(anyFigure(cs, '2499.4')).toEqual([]);
    // A sentence broken before its figure is still joined back.
    const joined = await claimsOf('三、支出决算情况说明', '2024年度本年支出合计238.67万元，其中：基本支出157.38万元，占', '65.94%；项目支出81.29万元，占34.06%。');
    expect(of(joined, 'expense.basic')[0]?.share?.rate?.value).toBe('65.94');
  });

  it('a generic word that names what a form is about is no subject ("项目支出绩效自评表")', async () => {
    const subjects = (t: string) => findSubjects(t, defaultCatalog(), 'performance.report', '荣成市医疗保障局').map((m) => m.key);
    expect(subjects('荣成市医疗保障局90.2优市级预算项目支出绩效自评表(2024年度)')).toEqual([]);
    expect(subjects('本级基本支出决算表')).toEqual([]);
    const real = await claimsOf('三、支出决算情况说明', '2024年度项目支出81.29万元，主要用于医保业务。');
    expect(amounts(real, 'expense.project')).toEqual(['81.29']);
  });
});

describe('the whole spending by class', () => {
  it('classes said in the account of the totals are read, as the whole spending’s (not the 一般公共预算’s)', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '3.上年结转和结余190.89万元，为以前年度结转到本年度继续使用的资金。',
      '1.社会保障和就业支出467.99万元：主要用于本单位在社会保障与就业方面的支出。较2020年度决算数减少91.91万元，下降16.4%。',
    );
    expect(amounts(cs, 'income.opening')).toEqual(['190.89']);
    const c = of(cs, 'fc:208')[0];
    expect(c?.amount?.value).toBe('467.99');
    expect(c && budgetKind(c)).toBe('whole');
    const general = await claimsOf(GENERAL, '2024年度一般公共预算财政拨款支出2280.29万元，主要用于以下方面：社会保障和就业支出103.3万元，占4.53%。');
    expect(of(general, 'fc:208').map(budgetKind)).toEqual(['general']);
  });
});

describe('a bare 收入 or 支出 names its side of the statement before', () => {
  it('"收入总计…，支出总计…。与上年相比，收入增加…。支出增加…" gives each total its own change', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '2024年度收入总计6955.73万元，支出总计6,954.57万元。与2023年决算数相比，收入增加950.05万元、增长15.82%，主要原因是项目增加。支出增加841.13万元，增长13.36%，主要原因是增人增资。',
    );
    expect(of(cs, 'income.grand').map((c) => c.change?.amount?.value)).toEqual(['950.05']);
    expect(of(cs, 'expense.grand').map((c) => c.change?.amount?.value)).toEqual(['841.13']);
    // Where the statement before has no subject of that side, the figures are nobody's.
    const none = await claimsOf('一、收入支出决算总体情况说明', '2024年度支出合计238.67万元。收入增加12.00万元，主要原因是项目增加。');
    expect(anyFigure(none, '12.00')).toEqual([]);
  });

  it('the same with the comparison in a paragraph of its own; not across a heading, nor after a part', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '2024年度收入总计6955.73万元，支出总计6,954.57万元。',
      '与2023年决算数相比，收入增加950.05万元、增长15.82%，主要原因是项目增加。支出增加841.13万元，增长13.36%，主要原因是增人增资。',
    );
    expect(of(cs, 'income.grand').map((c) => c.change?.amount?.value)).toEqual(['950.05']);
    expect(of(cs, 'expense.grand').map((c) => c.change?.amount?.value)).toEqual(['841.13']);
    const part = await claimsOf('一、收入支出决算总体情况说明', '2024年度收入合计238.67万元，其中：财政拨款收入200.00万元。', '收入增加12.00万元，主要原因是项目增加。');
    expect(anyFigure(part, '12.00')).toEqual([]);
    const text = `# 2024年度某某局部门决算\n\n## 一、收入支出决算总体情况说明\n\n2024年度收入总计6955.73万元，支出总计6,954.57万元。\n\n## 二、收入决算情况说明\n\n收入增加12.00万元，主要原因是项目增加。\n`;
    const apart = (await extractBytes('case.md', new TextEncoder().encode(text))).claims;
    expect(anyFigure(apart, '12.00')).toEqual([]);
  });

  it('"本年收入1095.76万元，支出1193.35万元": a bare side with its amount after a total is the other total', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '2024年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，年末结转和结余资金为0.86万元。');
    expect(amounts(cs, 'income.opening')).toEqual(['98.45']);
    expect(amounts(cs, 'income.total')).toEqual(['1095.76']);
    expect(amounts(cs, 'expense.total')).toEqual(['1193.35']);
    expect(amounts(cs, 'expense.closing')).toEqual(['0.86']);
    expect(of(cs, 'expense.total')[0]?.parent).toBeNull();
  });
});

describe('the 三公 items by their other names', () => {
  it('"公务用车购置支出为 0 万元" is 公务用车购置费', async () => {
    const cs = await claimsOf('九、财政拨款“三公”经费支出决算情况说明', '2024年度公务用车购置支出为 0 万元，公务用车运行维护费支出16.95万元。');
    expect(amounts(cs, 'threePublic.vehiclePurchase')).toEqual(['0']);
    expect(amounts(cs, 'threePublic.vehicleOps')).toEqual(['16.95']);
  });

  it('"车辆运行费", "公车运行维护费", "公务车辆运行费" in the 三公\'s account are 公务用车运行维护费, "公车购置费" is 公务用车购置费', async () => {
    for (const name of ['车辆运行费', '公车运行维护费', '公务车辆运行费', '公务车运行维护费']) {
      const cs = await claimsOf('九、财政拨款“三公”经费支出决算情况说明', `2024年度“三公”经费合计31.23万元，其中：公务接待费1.58万元，${name}28.91万元，因公出国（境）费0万元。`);
      expect(amounts(cs, 'threePublic.vehicleOps'), name).toEqual(['28.91']);
    }
    const cs = await claimsOf('九、财政拨款“三公”经费支出决算情况说明', '2024年度公车购置费0万元，公车运行费3.20万元。');
    expect(amounts(cs, 'threePublic.vehiclePurchase')).toEqual(['0']);
    expect(amounts(cs, 'threePublic.vehicleOps')).toEqual(['3.20']);
  });

  it('a vehicle a word before names ("执法车辆运行费"), or 车辆运行费 outside the 三公\'s account, is not the official vehicles\' running cost', async () => {
    const own = await claimsOf('九、财政拨款“三公”经费支出决算情况说明', '2024年度执法车辆运行费5.00万元，环卫车辆运行维护费3.00万元。');
    expect(amounts(own, 'threePublic.vehicleOps')).toEqual([]);
    const other = await claimsOf('十、机关运行经费支出情况说明', '2024年度机关运行经费支出20.00万元，其中：办公费5.00万元，车辆运行费3.00万元。');
    expect(amounts(other, 'threePublic.vehicleOps')).toEqual([]);
  });
});

describe('a sentence about a later year’s budget is not the report year’s', () => {
  const THREE = '七、财政拨款“三公”经费支出决算情况说明';
  it('its figures, and those of the sentences after it that name no year, are not read', async () => {
    const cs = await claimsOf(
      THREE,
      '2024年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。2025年度“三公”经费预算较2024年度增加1.68万元，其中公务接待较上年同期减少0.58万元，减少4.68%。公务用车运行费用较上年同期增加2.27万元，增长29.37%。',
    );
    expect(amounts(cs, 'threePublic.reception')).toEqual(['12.39']);
    expect(amounts(cs, 'threePublic.vehicleOps')).toEqual(['7.73']);
    for (const v of ['1.68', '0.58', '4.68', '2.27', '29.37']) expect(anyFigure(cs, v)).toEqual([]);
  });

  it('a 决算 sentence of a later year (a title of the wrong year) is still read', async () => {
    const cs = await claimsOf(THREE, '2025年度“三公”经费财政拨款支出决算数比2024年度增加5.07万元，增长42.68%。');
    expect(anyFigure(cs, '5.07')).toHaveLength(1);
  });
});

describe('procurement categories in their several wordings', () => {
  it('货物采购支出 and 服务类采购金额 are the categories; 商品和服务支出 is not', async () => {
    const cs = await claimsOf(
      '十一、其他重要事项的情况说明',
      '2024年度政府采购支出总额70.24万元，其中：货物采购支出10.00万元、服务类采购金额60.24万元。',
      '2024年度商品和服务支出25.00万元。',
    );
    expect(amounts(cs, 'procurement.goods')).toEqual(['10.00']);
    expect(amounts(cs, 'procurement.services')).toEqual(['60.24']);
  });
});

describe('a list with an amount the reader could not place is not all of its whole', () => {
  it('"事业收入款项计80.00万元" (wording not recognised) makes the named parts only some', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '2024年度本年收入合计300.00万元，其中：财政拨款收入200.00万元，事业收入款项计80.00万元，其他收入20.00万元。');
    expect(of(cs, 'income.total')[0]?.someParts).toBe(true);
  });

  it('a list whose every amount is placed is all of it', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '2024年度本年收入合计300.00万元，其中：财政拨款收入200.00万元，事业收入80.00万元，其他收入20.00万元。');
    expect(of(cs, 'income.total')[0]?.someParts ?? false).toBe(false);
  });
});

describe('a change against the budget and one against last year are two comparisons', () => {
  it('"比预算无增减变化，比去年增加1.05万元" is flat against the budget and an increase on last year', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年度公务用车运行维护费支出决算4.98万元，比预算无增减变化，比去年增加1.05万元，增长26.72%。');
    const changes = of(cs, 'threePublic.vehicleOps').map((c) => c.change).filter((x) => x != null);
    expect(changes.find((c) => c?.against === 'budget')?.direction).toBe('flat');
    const prior = changes.find((c) => c?.against === 'prior');
    expect(prior?.amount?.value).toBe('1.05');
    expect(prior?.direction).not.toBe('flat');
  });
});

describe('vehicles bought are not vehicles held', () => {
  it('"购置车辆0辆" is no count of the vehicles the unit holds', async () => {
    const cs = await claimsOf('九、财政拨款“三公”经费支出决算情况说明', '公务用车购置支出0.00万元，购置车辆0辆。公务用车运行维护支出1.20万元，公务用车保有量为1辆。');
    expect(cs.filter((c) => c.subject.key === 'assets.vehicles')).toEqual([]);
  });
});

describe('a comparison with a year’s budget', () => {
  it('"与2018年度预算相比，减少0.67万元" is against the budget, not last year', async () => {
    const cs = await claimsOf('九、财政拨款“三公”经费支出决算情况说明', '公务接待费支出7.33万元，与2023年度决算相比，减少0.13万元，下降1.74%。与2024年度预算相比，减少0.67万元，下降8.37%。');
    expect(cs.filter((c) => c.change).map((c) => [c.change?.amount?.value, c.change?.against])).toEqual([
      ['0.13', 'prior'],
      ['0.67', 'budget'],
    ]);
  });
});

describe('sentences under a part or heading of no known name', () => {
  const text = (part: string) =>
    ['某某县某某学区2020年度部门决算', '第一部分 单位概况', '一、单位主要职能', '负责全镇义务教育的管理。', part, '一、本年度收支的有关说明', '2020年度收入总计4670.65万元，同比减少105.2万元，同比减少2.2%，其中：财政拨款收入4648.65万元。'].join('\n');
  it('are read when they state amounts, though the part heading is cut short', async () => {
    const doc = await extractBytes('a.txt', new TextEncoder().encode(text('第二部分 2020年度部门决算情况说')));
    expect(doc.claims.some((c) => c.subject.key === 'income.grand')).toBe(true);
  });

  it('are read under a sub-heading garbled past knowing ("一、 入支出决算总体情况说明")', async () => {
    const doc = await extractBytes('a.txt', new TextEncoder().encode('第二部分 2020年度部门决算情况说明\n一、 入支出决算总体情况说明\n2020年度本年收入合计422.69万元，其中：一般公共预算财政拨款收入413.34万元，占97.79%。\n'));
    expect(doc.claims.some((c) => c.amount?.raw.includes('422.69'))).toBe(true);
  });

  it('are not read as the overview the part before was', async () => {
    const doc = await extractBytes('a.txt', new TextEncoder().encode(text('第二部分 2020年度部门决算情况说')));
    expect(doc.claims.every((c) => !c.section?.startsWith('overview'))).toBe(true);
  });
});

describe('a sentence opening with last year', () => {
  const read = async (sentence: string) =>
    (await extractBytes('a.txt', new TextEncoder().encode(`九、“三公”经费支出决算情况说明\n2018年“三公”经费支出9.75万元，其中公务用车运行维护费5.98万元、公务接待费3.77万元。\n${sentence}\n`))).claims;

  it('states last year\'s amounts, its list\'s too: none is read as this year\'s', async () => {
    const claims = await read('“三公”经费支出情况:上年度“三公”经费支出24.67万元，其中公务用车运行维护费15.48万元、公务接待费9.18万元。');
    expect(claims.filter((c) => c.amount?.raw.includes('9.18'))).toEqual([]);
    expect(claims.filter((c) => c.amount?.raw.includes('3.77'))).toHaveLength(1);
  });

  it('is not 上年结转, which is this year\'s own amount', async () => {
    const claims = await read('上年结转和结余12.00万元。');
    expect(claims.some((c) => c.amount?.raw.includes('12.00'))).toBe(true);
  });
});

describe('figures that are not the subject’s amount for the year', () => {
  it('a direction word before its subject makes the figure a change, and its 其中 list parts of that change', async () => {
    const cs = await claimsOf(
      '九、财政拨款“三公”经费支出决算情况说明',
      '2024年度“三公”经费支出433.33万元，比上年减少127.65万元，下降22.75%。其中，部分减少是因为三个单位上划到市级，减少了“三公”经费34.27万元，其中公务用车购置及运行维护费30.88万元。',
    );
    expect(amounts(cs, 'threePublic.total')).toEqual(['433.33']);
    expect(anyFigure(cs, '34.27')).toEqual([]);
    expect(anyFigure(cs, '30.88')).toEqual([]);
  });

  it('a supposition (“如果剔除这一因素”) states no change of the account', async () => {
    const cs = await claimsOf(
      '九、财政拨款“三公”经费支出决算情况说明',
      '2024年度“三公”经费支出433.33万元，比上年减少127.65万元，下降22.75%。如果剔除这一因素，“三公”经费仍然减少了93.38万元，下降了16.64%。',
    );
    expect(anyFigure(cs, '93.38')).toEqual([]);
    expect(anyFigure(cs, '16.64')).toEqual([]);
    expect(of(cs, 'threePublic.total')[0]?.change?.amount?.value).toBe('127.65');
  });

  it('an amount said before what it is (“其中5498.23万元为学费收入”) is not the whole’s amount', async () => {
    const cs = await claimsOf(
      '二、收入决算情况说明',
      '2024年度本年收入合计6000.00万元，其中：事业收入5738.74万元，其中5498.23万元为高等学校学费、住宿费收入。',
    );
    // (A part of it the reader cannot name, kept so that it may be compared with the whole, never with a table.)
    expect(anyFigure(cs, '5498.23').map((c) => [c.subject.key, c.parent])).toEqual([['unsure:part', of(cs, 'income.business')[0]?.id]]);
    expect(amounts(cs, 'income.business')).toEqual(['5738.74']);
  });
});

describe('the parts of a budget', () => {
  it('are budgets, though the list calls each one 支出决算', async () => {
    const cs = await claimsOf(
      '九、财政拨款“三公”经费支出决算情况说明',
      '2024年度一般公共预算财政拨款安排的“三公”经费预算54万元，其中：因公出国(境)费支出决算0万元；公务用车购置及运行费支出决算12万元；公务接待费支出决算42万元。',
      '2024年度一般公共预算财政拨款安排的“三公”经费决算支出51万元，其中：因公出国(境)费支出决算14万元；公务用车购置及运行费支出决算10万元；公务接待费支出决算27万元。',
    );
    expect(amounts(cs, 'threePublic.total')).toEqual(['51']);
    expect(amounts(cs, 'threePublic.reception')).toEqual(['27']);
    expect(of(cs, 'threePublic.reception').map((c) => c.budget?.amount?.value).filter(Boolean)).toEqual(['42']);
  });
});

describe('财政拨款支出 said plainly', () => {
  it('is the year’s 财政拨款 spending, with its change against last year and the budget', async () => {
    const cs = await claimsOf(
      '四、财政拨款收入支出决算总体情况说明',
      '本部门2024年度财政拨款支出6954.57万元，较上年决算数增加841.13万元，增长13.76%。较年初预算数减少1312.85万元，下降15.88%。',
    );
    expect(amounts(cs, 'fiscal.expense')).toEqual(['6954.57']);
    expect(of(cs, 'fiscal.expense').map((c) => c.change?.amount?.value)).toEqual(['841.13', '1312.85']);
  });
});

describe('a clause led by last year', () => {
  it('states last year’s amount, though the sentence compares later on', async () => {
    const cs = await claimsOf(
      '三、支出决算情况说明',
      '2024年度基本支出279万元，2023年度基本支出230万元，2024年比上年基本支出增加49万元，增加原因是人员工资增加。',
    );
    expect(anyFigure(cs, '230')).toEqual([]);
    expect(amounts(cs, 'expense.basic')).toEqual(['279']);
  });
});

describe('a file cut off mid-sentence', () => {
  it('does not read its last, cut clause: no part missing from a sum, no unit cut to 万', async () => {
    const text = '# 2024年度某某区某某中心部门决算\n\n## 二、收入决算情况说明\n\n本年收入合计7785.37万元，其中：财政拨款收入2,833.90万元，事业收入 4,899.34万';
    const r = await checkBytes('cut.md', new TextEncoder().encode(text));
    expect(r.findings.filter((f) => f.rule === 'arithmetic.parts-sum' || f.rule === 'narrative.unit-missing')).toEqual([]);
    expect(anyFigure((await extractBytes('cut.md', new TextEncoder().encode(text))).claims, '4,899.34')).toEqual([]);
  });

  it('cuts at the clause’s comma, never inside a figure’s thousands ("…,财政拨款收、支总计各增加1,908.82万元")', async () => {
    const text = '# 2021年度某某中心部门决算\n\n## (二)财政拨款收入支出决算总体情况说明\n\n2021年度财政拨款收、支总计10,890万元。与2020年相比,财政拨款收、支总计各增加1,908.82万元';
    const r = await checkBytes('cut.md', new TextEncoder().encode(text));
    expect(r.findings.filter((f) => f.rule === 'narrative.unit-missing')).toEqual([]);
    expect(anyFigure((await extractBytes('cut.md', new TextEncoder().encode(text))).claims, '1')).toEqual([]);
  });
});

describe('a change said after a 其中 part', () => {
  it('is the whole’s when the part cannot have it (an increase above the part’s amount)', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '本部门2024年度收入总计1262.71万元，其中年初结转和结余134.56万元，较2023年增加149.44万元，增长13.06%。');
    expect(of(cs, 'income.grand')[0]?.change?.amount?.value).toBe('149.44');
    expect(of(cs, 'income.opening')[0]?.change ?? null).toBeNull();
  });

  it('stays the part’s when the part can have it', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '本部门2024年度收入总计1262.71万元，其中年初结转和结余134.56万元，较2023年增加14.44万元。');
    expect(of(cs, 'income.opening')[0]?.change?.amount?.value).toBe('14.44');
    expect(of(cs, 'income.grand')[0]?.change ?? null).toBeNull();
  });
});

describe('决算支出数 after a subject’s budget', () => {
  it('is that subject’s actual amount, not the department’s spending, and a 持平 before the next subject is not that subject’s', async () => {
    const cs = await claimsOf(
      '七、财政拨款“三公”经费支出决算情况说明',
      '2024年“三公”经费预算数为832.05万元,决算支出数为820.33万元,完成年初预算数的98.59%。其中:因公出国(境)费预算数为0万元,决算支出数为0万元,与上年持平公务接待费预算数为310.37万元,决算支出数为249.29万元,增长0.84%公务用车购置及运行维护费预算数为521.67万元,决算支出数为571.04万元。',
    );
    expect(of(cs, 'expense.actual')).toEqual([]);
    expect(amounts(cs, 'threePublic.total')).toEqual(['820.33']);
    expect(amounts(cs, 'threePublic.reception')).toEqual(['249.29']);
    expect(amounts(cs, 'threePublic.vehicle')).toEqual(['571.04']);
    expect(of(cs, 'threePublic.reception').some((c) => c.change?.direction === 'flat')).toBe(false);
  });
});

describe('a whole’s makeup listed ("本年收入的具体构成为：")', () => {
  it('gives parts of the whole the section stated before', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '本年收入合计231.24万元，较2023年增加5.24万元。',
      '本年收入的具体构成为:财政拨款收入213.24万元,占 100 %;事业收入 0 万元,占 0%;其他收入 0 万元,占0 %。',
    );
    const whole = of(cs, 'income.total').find((c) => c.amount?.value === '231.24');
    expect(whole).toBeDefined();
    expect(of(cs, 'income.fiscal').map((c) => [c.amount?.value, c.parent])).toEqual([['213.24', whole?.id]]);
    expect(of(cs, 'income.other')[0]?.parent).toBe(whole?.id);
  });
});

describe('a grand total with 决算 before its word', () => {
  it('"部门决算收入总计" is the 收入总计, whose parts leave out the carry-over, not a 决算收入 to be summed', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '某局2024年度部门决算收入总计1000.00万元，其中：财政拨款收入900.00万元，占90%；事业收入50.00万元，占5%。');
    expect(amounts(cs, 'income.grand')).toEqual(['1000.00']);
    expect(of(cs, 'income.actual')).toEqual([]);
  });
});

describe('分别 after clauses parted by 、', () => {
  it('pairs each rate with the clause of its own change', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '与2019年相比，收入总计减少84.55万元、支出总计减少99.6万元，分别下降18%、21.6%。');
    expect(of(cs, 'income.grand').map((c) => [c.change?.amount?.value, c.change?.rate?.value])).toEqual([['84.55', '18']]);
    expect(of(cs, 'expense.grand').map((c) => [c.change?.amount?.value, c.change?.rate?.value])).toEqual([['99.6', '21.6']]);
  });

  it('a list of names parted by 、 before 分别 is no list of clauses', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '基本支出、项目支出分别为380.17万元、80.00万元。');
    expect(amounts(cs, 'expense.basic')).toEqual(['380.17']);
    expect(amounts(cs, 'expense.project')).toEqual(['80.00']);
  });
});

describe('a comparison said before its subject', () => {
  it('makes the amount right after the subject last year’s level, not this year’s ("较2014年度…“三公”经费合计16.08万元增加15.15万元")', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '2024年“三公”经费合计31.23万元。较2023年度部门决算公开“三公”经费合计16.08万元增加15.15万元。');
    expect(amounts(cs, 'threePublic.total')).toEqual(['31.23']);
    const change = of(cs, 'threePublic.total').find((c) => c.change)?.change;
    expect([change?.amount?.value, change?.base?.value, change?.direction]).toEqual(['15.15', '16.08', 'increase']);
  });
});


describe('a 其中 list ends where a sibling of its whole is named', () => {
  it('项目支出 after 基本支出’s own list is not a part of 基本支出, whatever the scope', async () => {
    for (const heading of ['三、支出决算说明', GENERAL]) {
      const cs = await claimsOf(
        heading,
        '按用途划分，基本支出200.00万元，占62.50%，其中：工资福利支出90.00万元，商品和服务支出110.00万元；项目支出120.00万元，占37.50%。',
      );
      const basic = cs.find((c) => c.subject.label === '基本支出');
      const project = cs.find((c) => c.subject.label === '项目支出');
      expect(basic?.amount?.value).toBe('200.00');
      expect(project?.amount?.value).toBe('120.00');
      expect(project?.parent).not.toBe(basic?.id);
    }
  });
});

describe('a part listed under a total is of the total’s year and kind', () => {
  /** A 三公 page that names no year in its title: the reader cannot tell which of its years is the account's. */
  async function untitled(...paras: string[]): Promise<Claim[]> {
    const text = `某某中心“三公”经费财政拨款情况说明\n\n${paras.join('\n\n')}\n`;
    return (await extractBytes('case.txt', new TextEncoder().encode(text))).claims;
  }

  it('"预算数合计为" makes the total a budget, and the parts its "其中" lists budgets too', async () => {
    const cs = await untitled('2025年某某中心“三公”经费财政拨款预算数合计为88.40万元。其中，公务接待费31.20万元，公务用车购置及运行维护费57.20万元。');
    expect(of(cs, 'threePublic.total')[0]).toMatchObject({ amount: null, budget: { amount: { value: '88.40' } } });
    expect(amounts(cs, 'threePublic.reception')).toEqual([]);
    expect(of(cs, 'threePublic.reception')[0]?.budget?.amount?.value).toBe('31.20');
  });

  it('the parts take the year their total’s sentence says, though their own sentence names none', async () => {
    const cs = await untitled(
      '2024年，某某中心“三公”经费财政拨款决算数为70.10万元。其中，公务接待费决算数为25.60万元。',
      '2023年，某某中心“三公”经费财政拨款决算数为66.00万元。其中，公务接待费决算数为22.00万元。',
    );
    expect(of(cs, 'threePublic.reception').map((c) => [c.amount?.value, c.year])).toEqual([['25.60', 2024], ['22.00', 2023]]);
  });

  it('a year compared with is not the year a sentence is of', async () => {
    const cs = await untitled('与2023年相比，某某中心“三公”经费财政拨款决算数为70.10万元。');
    expect(of(cs, 'threePublic.total')[0]?.year).toBeUndefined();
  });
});

describe('a share of a whole named in words no subject reads', () => {
  it('"占总收入92.86%" is a share of the side’s whole, 本年收入 or 收入总计: holding with 收入总计, no error', async () => {
    const text = '# 2016年度某某局部门决算\n\n## (一)收入决算情况\n\n某某局2016年度收入决算9712.02万元，其中：本年收入9082.61万元，占总收入93.52%，包括财政拨款收入9018.61万元，占总收入92.86%；其他收入64.00万元，占总收入0.66%。\n';
    const r = await checkBytes('case.md', new TextEncoder().encode(text));
    expect(r.findings.filter((f) => f.rule.startsWith('arithmetic.share') && f.severity !== 'info')).toEqual([]);
    const doc = await extractBytes('case.md', new TextEncoder().encode(text));
    const fiscal = doc.claims.find((c) => c.subject.key === 'income.fiscal');
    // (Since stop 45 总收入 and 总支出 are not "unread": a share of them wrong by both readings is an error.)
    expect(fiscal?.share?.base ?? null).toBeNull();
  });
  it('"占本年度收入的2.89%" is still a share of the section’s whole', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '本年收入合计4089.45万元，其中：财政拨款收入3961.45万元，占本年度收入的96.87%；事业收入118.00万元，占本年度收入的2.89%；其他收入10.00万元，占本年度收入的0.24%。');
    expect(cs.filter((c) => c.share).every((c) => c.share?.base == null || !c.share.base.startsWith('unread:'))).toBe(true);
  });
});

describe('last year’s budget named before its subject', () => {
  it('"比2017年年初预算收入456.91万元增加…" is the level compared with, not a second budget of this year', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '2018年年初预算收入7031.72万元，比2017年年初预算收入456.91万元增加6574.81万元。');
    expect(cs.filter((c) => c.budget?.amount?.value === '456.91')).toEqual([]);
    const r = await checkBytes('case.md', new TextEncoder().encode('# 某县某局2018年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n2018年年初预算收入7031.72万元，比2017年年初预算收入456.91万元增加6574.81万元。\n'));
    expect(r.findings.filter((f) => f.rule === 'narrative.same-subject')).toEqual([]);
  });
});

describe('the report’s own year between an item and its figure', () => {
  const ITEM = '住房保障支出（类）住房改革支出（款）住房公积金（项）';
  it('"（项）2024年度决算数为45.34万元" is the item’s amount, as "本年度决算数为" and "决算数为" are', async () => {
    for (const said of ['2024年度决算数为', '本年度决算数为', '2024年度的决算数为', '决算数为']) {
      const cs = await claimsOf(GENERAL, `${ITEM}${said}45.34万元，比上年增加4.55万元，增长11.15%。`);
      expect(amounts(cs, 'fc:2210201')).toEqual(['45.34']);
    }
  });

  it('another year’s figure ("（项）2023年度决算数为40.79万元") is no amount of this year’s', async () => {
    const cs = await claimsOf(GENERAL, `${ITEM}2023年度决算数为40.79万元。`);
    expect(amounts(cs, 'fc:2210201')).toEqual([]);
  });
});

describe('amounts kept in 千元 or 百万元', () => {
  it('are amounts in their unit, read as 万元 with the precision printed: no "unit missing", sums checked', async () => {
    const income = (total: string) => `2024年度本年收入合计${total}千元，其中：财政拨款收入10,000.00千元，占81.00%；事业收入2,345.60千元，占19.00%。`;
    const cs = await claimsOf('二、收入决算情况说明', income('12,345.60'));
    expect(amounts(cs, 'income.total')).toEqual(['1234.560']);
    const ok = await checkBytes('k.md', new TextEncoder().encode(`# 2024年度某某局部门决算\n\n## 二、收入决算情况说明\n\n${income('12,345.60')}\n`));
    expect(ok.findings.filter((f) => f.category !== 'completeness' && f.severity !== 'info' && !f.rule.startsWith('glossary')).map((f) => f.rule)).toEqual([]);
    const wrong = await checkBytes('k.md', new TextEncoder().encode(`# 2024年度某某局部门决算\n\n## 二、收入决算情况说明\n\n${income('12,445.60')}\n`));
    // (The parts' shares fit their sum, so the share rule names the total as the figure wrong, the parts' sum folded in.)
    expect(wrong.findings.filter((f) => f.severity === 'error' && f.category === 'arithmetic').map((f) => f.rule)).toEqual(['arithmetic.share']);
  });

  it('百万元 likewise', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '2024年度本年收入合计12.35百万元，其中：财政拨款收入10.00百万元。');
    expect(amounts(cs, 'income.total')).toEqual(['1235']);
  });
});

describe('a table kept in 千元', () => {
  it('is read in 万元 as the explanation is: its 三公 agrees with the explanation in 万元, and a wrong one is named', async () => {
    const { T09, withTables } = await import('../../rules/narrative-table/fixtures.js');
    const inThousands = T09.replace('金额单位：万元', '金额单位：千元').replace('0.94\t0.00\t0.00\t0.00\t0.00\t0.94\t0.94\t0.00\t0.00\t0.00\t0.00\t0.94', '9.4\t0.0\t0.0\t0.0\t0.0\t9.4\t9.4\t0.0\t0.0\t0.0\t0.0\t9.4');
    const said = (actual: string) => withTables(['九、财政拨款“三公”经费支出决算情况说明', `3、公务接待费全年预算数为0.94万元，支出决算数为${actual}万元。`], inThousands);
    const rules = async (text: string) => (await checkBytes('t.md', new TextEncoder().encode(text))).findings.filter((f) => /^narrative-table\.three-public(?:-budget)?-09$/.test(f.rule)).map((f) => f.rule);
    expect(await rules(said('0.94'))).toEqual([]);
    expect(await rules(said('0.49'))).toContain('narrative-table.three-public-09');
  });
});

describe('a finding on amounts printed in 元', () => {
  it('quotes them in 元 as printed, without the places a conversion to 万元 would add ("1244.560000万元")', async () => {
    const text = '# 2024年度某某局部门决算\n\n## 二、收入决算情况说明\n\n2024年度本年收入合计12,445,600.00元，其中：财政拨款收入10,000,000.00元；事业收入2,345,600.00元。\n';
    const sum = (await checkBytes('y.md', new TextEncoder().encode(text))).findings.find((f) => f.rule === 'arithmetic.parts-sum');
    expect(sum?.message).toContain('12445600.00元');
    expect(sum?.message).toContain('财政拨款收入10000000.00 + 事业收入2345600.00');
    expect(sum?.message).not.toMatch(/\d\.\d{3,}/);
    expect(sum?.actual).toBe('12445600.00元');
  });
});

describe('last year’s level named with its subject inside the comparison', () => {
  it('"与2019年度收、支总计4832.02万元相比各增加669.6万元" is the base of the change, no second amount of this year', async () => {
    const cs = await claimsOf('一、收入支出决算总体情况说明', '2020年度收、支总计5501.62万元,与2019年度收、支总计4832.02万元相比各增加669.6万元,增长13.86%。主要原因是:人员经费增加。');
    expect(of(cs, 'total').map((c) => [c.amount?.value, c.change?.amount?.value, c.change?.base?.value])).toEqual([['5501.62', '669.6', '4832.02']]);
    const r = await checkBytes('p.md', new TextEncoder().encode('# 某中专2020年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n2020年度收、支总计5501.62万元,与2019年度收、支总计4832.02万元相比各增加669.6万元,增长13.86%。\n'));
    expect(r.findings.filter((f) => f.category !== 'completeness' && !f.rule.startsWith('glossary') && f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });
});

describe('a 其中 list under a whole said only by its change', () => {
  it('names the parts of the whole’s level when it says no change and an amount above the change', async () => {
    const cs = await claimsOf(
      '一、收入支出决算总体情况说明',
      '本年度收入总计1,239.70万元、支出总计1,239.70万元，与2023年度相比，收、支总计均减少308.78万元，下降19.94%。其中本年收入合计1,238.41万元，年初结转和结余1.30万元；本年支出合计1,238.51万元，年末结转和结余1.20万元。',
    );
    expect(amounts(cs, 'income.total')).toEqual(['1238.41']);
    expect(amounts(cs, 'income.opening')).toEqual(['1.30']);
    expect(amounts(cs, 'expense.closing')).toEqual(['1.20']);
  });

  it('names the parts of the change when its amounts fit within it', async () => {
    const cs = await claimsOf('七、财政拨款“三公”经费支出决算情况说明', '“三公”经费支出比2021年减少50万元。其中：因公出国（境）费20万元，公务接待费30万元。');
    expect(amounts(cs, 'threePublic.abroad')).toEqual([]);
    expect(amounts(cs, 'threePublic.reception')).toEqual([]);
  });
});

describe('a bare 支出合计 is the account’s own total only after the year, the unit or a mark', () => {
  it('a subtotal named before it ("各项支出合计", "…等民生支出合计") is not 本年支出合计', async () => {
    const cs = await claimsOf(
      '十一、其他重要事项的情况说明',
      '2024年决算为保障机构正常运行而发生的购买货物和服务各项支出合计40.00万元。',
      '2024年度本单位医疗卫生和社会保障和就业等民生支出合计227.31万元。',
    );
    expect(amounts(cs, 'expense.total')).toEqual([]);
  });

  it('after the year, the unit or a mark it is', async () => {
    const cs = await claimsOf('三、支出决算情况说明', '2024年度支出合计238.67万元。本单位支出合计238.67万元，基本支出157.38万元，占支出合计65.94%。');
    expect(amounts(cs, 'expense.total')).toEqual(['238.67', '238.67']);
  });
});

describe('a subject named as what an evaluation covers', () => {
  it('does not take the evaluated projects’ figures said after it', async () => {
    const cs = await claimsOf('十三、预算绩效情况说明', '本局组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目3个，资金30.00万元，执行28.00万元。');
    expect(anyFigure(cs, '28.00').map((c) => c.subject.key)).toEqual([]);
  });

  it('a subject stated with its own figure still takes it', async () => {
    const cs = await claimsOf('十三、预算绩效情况说明', '本局项目支出50.00万元，全部开展绩效自评。');
    expect(anyFigure(cs, '50.00').length).toBe(1);
  });
});

describe('a whole’s parts listed by a classification named at length', () => {
  it('"按支出功能分类的类级科目分：" opens the list as "按功能分类：" does', async () => {
    const cs = await claimsOf(GENERAL, '2024年度一般公共预算财政拨款支出238.67万元，按支出功能分类的类级科目分：社会保障和就业支出13.06万元，占比5.47%；卫生健康支出214.25万元，占比89.77%。');
    const whole = of(cs, 'general.expense')[0];
    expect(cs.filter((c) => c.subject.key.startsWith('fc:')).map((c) => c.parent)).toEqual([whole?.id, whole?.id]);
  });
});

describe('an item said to be all of the 类 just stated', () => {
  it('"住房保障支出53.26万元，全部为住房改革支出（款）住房公积金（项）支出" gives 2210201 that amount', async () => {
    const cs = await claimsOf(GENERAL, '2.住房保障支出53.26万元，完成预算100%，全部为住房改革支出（款）住房公积金（项）支出。');
    expect(of(cs, 'fc:2210201').map((c) => [c.amount?.value, of(cs, 'fc:221').some((w) => w.id === c.parent)])).toEqual([['53.26', true]]);
  });

  it('an item with its own figure after 全部为 is read as printed', async () => {
    const cs = await claimsOf(GENERAL, '2.住房保障支出53.26万元，其中住房改革支出（款）住房公积金（项）50.00万元。');
    expect(amounts(cs, 'fc:2210201')).toEqual(['50.00']);
  });
});

describe('an item named in a sentence of its own, its figures in the next', () => {
  it('"（2）…（款）…（项）。支出决算为56.29万元，…" is that item’s', async () => {
    const cs = await claimsOf(GENERAL, '（1）行政事业单位养老支出（款）行政单位离退休（项）。支出决算为0.25万元，上年无此项支出。', '（2）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。支出决算为56.29万元，比上年增加4.79万元，增长9.30%。');
    expect([amounts(cs, 'fc:2080501'), amounts(cs, 'fc:2080505')]).toEqual([['0.25'], ['56.29']]);
  });

  it('an item ending a sentence that says more is no topic for the next', async () => {
    const cs = await claimsOf(GENERAL, '本年支出主要用于行政运行（项）。支出决算为56.29万元。');
    expect(cs.filter((c) => c.subject.key.includes('行政运行')).map((c) => c.amount?.value)).toEqual([]);
  });
});

describe('a list opener in the middle of a clause', () => {
  it('"…支出主要用于以下方面：卫生健康支出214.25万元，…" lists the whole’s parts, the first one too', async () => {
    const cs = await claimsOf(GENERAL, '一般公共预算财政拨款支出主要用于以下方面：卫生健康支出214.25万元，占89.77%；社会保障和就业支出13.06万元，占5.47%。');
    // (The whole, with no figure of its own here, is not among the claims kept: its parts share it.)
    const parts = cs.filter((c) => c.subject.key.startsWith('fc:'));
    expect(parts.map((c) => c.subject.key)).toEqual(['fc:210', 'fc:208']);
    expect(new Set(parts.map((c) => c.parent)).size).toBe(1);
    expect(parts[0]?.parent).toBeTruthy();
  });
});

describe('a sentence that goes unit by unit', () => {
  it('states no department figure: "分单位看，局本级人员经费…、公用经费…；服务中心…"', async () => {
    const cs = await claimsOf(
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '2024年度一般公共预算财政拨款基本支出157.38万元，其中人员经费146.15万元，公用经费11.23万元。分单位看，局本级人员经费88.92万元、公用经费7.28万元；服务中心人员经费57.23万元、公用经费3.95万元。',
    );
    expect([amounts(cs, 'basic.personnel'), amounts(cs, 'basic.public')]).toEqual([['146.15'], ['11.23']]);
  });

  it('"市本级" is a government level, not a unit of the department', async () => {
    const cs = await claimsOf('二、收入决算情况说明', '本年收入合计238.67万元，全部为市本级财政拨款收入，其中市本级财政拨款收入238.67万元。');
    expect(amounts(cs, 'income.total')).toEqual(['238.67']);
  });
});

describe('items named bare in the list of a 款 said with its path', () => {
  it('"…医疗保障管理事务（款）1368.76万元（行政运行587.03万元、一般行政管理事务26.95万元）" are that 款’s items', async () => {
    const cs = await claimsOf(GENERAL, '2.卫生健康支出（类）2123.73万元，其中医疗保障管理事务（款）614.00万元（行政运行587.03万元、一般行政管理事务26.97万元）。');
    expect([amounts(cs, 'fc:21015'), amounts(cs, 'fc:2101501'), amounts(cs, 'fc:2101502')]).toEqual([['614.00'], ['587.03'], ['26.97']]);
  });

  it('a name that is no item of the 款 is not taken for one', async () => {
    const cs = await claimsOf(GENERAL, '2.卫生健康支出（类）2123.73万元，其中医疗保障管理事务（款）614.00万元（信息系统运维587.03万元、培训26.97万元）。');
    expect(cs.filter((c) => /^fc:\d{7}$/.test(c.subject.key)).map((c) => c.subject.key)).toEqual([]);
  });
});

describe('a 项 named alone that the document’s own 05表 prints under one code', () => {
  it('is that item: "（2）行政单位医疗（项）年初预算6.70万元，支出决算6.70万元", "医疗保障管理事务行政运行（项）"', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile('test/fixtures/bare-items-with-05.txt', 'utf8');
    const cs = (await extractBytes('b.txt', new TextEncoder().encode(text))).claims;
    expect(cs.filter((c) => /^fc:\d{7}$/.test(c.subject.key)).map((c) => [c.subject.key, c.amount?.value])).toEqual([
      ['fc:2080505', '13.06'],
      ['fc:2101101', '6.70'],
      ['fc:2101501', '126.26'],
      ['fc:2101505', '81.29'],
      ['fc:2210201', '11.36'],
    ]);
  });
});

describe('a 项 named alone right after another 项 of a path', () => {
  it('is of the same 款: "…医疗保障管理事务（款）行政运行（项）500万元、一般行政管理事务（项）190万元"', async () => {
    const cs = await claimsOf(GENERAL, '1.卫生健康支出（类）700万元。其中医疗保障管理事务（款）行政运行（项）500万元、一般行政管理事务（项）190万元。');
    expect([amounts(cs, 'fc:2101501'), amounts(cs, 'fc:2101502')]).toEqual([['500'], ['190']]);
  });
});

describe('a 款 named alone, and the 项 it includes', () => {
  it('"…（款）90.00万元，包括行政运行（项）60.00万元、事业运行（项）30.00万元": the 款 and its 项 under it, named by the 款', async () => {
    const cs = await claimsOf(
      '（三）一般公共预算财政拨款支出决算具体情况',
      '2024年度一般公共预算财政拨款支出决算数为100.00万元。',
      '1.医疗保障管理事务（款）90.00万元，包括行政运行（项）60.00万元、事业运行（项）30.00万元。',
      '2.医疗救助（款）其他医疗救助支出（项）10.00万元。',
    );
    const kuan = of(cs, 'fc:21015');
    expect(kuan.map((c) => c.amount?.value)).toEqual(['90.00']);
    expect(['fc:2101501', 'fc:2101550'].map((k) => of(cs, k).map((c) => [c.amount?.value, c.parent]))).toEqual([
      [['60.00', kuan[0]?.id]],
      [['30.00', kuan[0]?.id]],
    ]);
    expect(cs.some((c) => c.subject.key.startsWith('unsure:') || c.subject.label.startsWith('包括'))).toBe(false);
    const text = `# 2024年度某某局部门决算\n\n## （三）一般公共预算财政拨款支出决算具体情况\n\n2024年度一般公共预算财政拨款支出决算数为100.00万元。\n\n1.医疗保障管理事务（款）90.00万元，包括行政运行（项）60.00万元、事业运行（项）30.00万元。\n\n2.医疗救助（款）其他医疗救助支出（项）10.00万元。\n\n## 第三部分 名词解释\n\n1.卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：反映行政单位的基本支出。\n`;
    const found = (await checkBytes('case.md', new TextEncoder().encode(text))).findings;
    expect(found.filter((f) => /sum|unused-item/.test(f.rule)).map((f) => f.rule)).toEqual([]);
  });
  it('a 款 name that is no one 款 of the catalog is read unsure, compared with nothing', async () => {
    const cs = await claimsOf('（三）一般公共预算财政拨款支出决算具体情况', '1.行政运行（款）90.00万元。');
    expect(cs.filter((c) => c.amount?.value === '90.00').map((c) => c.subject.key.replace(/#.*/, ''))).toEqual(['unsure:item:行政运行']);
  });
});

describe('an item written with its function code', () => {
  const HEAD = '2024年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为200.00万元，完成年初预算的40%。其中：';
  it('"行政运行（2101501）：…", "2101505医疗保障政策管理：…", "2101501 行政运行（项）…": the item the code and name agree on, a part of the whole', async () => {
    for (const [a, b] of [
      ['1.行政运行（2101501）：', '2.医疗保障政策管理（2101505）：'],
      ['1.2101501行政运行：', '2.2101505医疗保障政策管理：'],
      ['1. 2101501 行政运行（项）', '2. 医疗保障政策管理（2101505）（项）'],
    ]) {
      const cs = await claimsOf(GENERAL, HEAD, `${a}年初预算为120.00万元，支出决算为120.00万元，完成年初预算的100%。`, `${b}年初预算为80.00万元，支出决算为80.00万元，完成年初预算的100%。`);
      const whole = of(cs, 'general.expense')[0];
      expect(['fc:2101501', 'fc:2101505'].map((k) => of(cs, k).map((c) => [c.amount?.value, c.budget?.amount?.value, c.parent]))).toEqual([
        [['120.00', '120.00', whole?.id]],
        [['80.00', '80.00', whole?.id]],
      ]);
    }
  });
  it('a code and a name that disagree name neither: the item is unsure', async () => {
    const cs = await claimsOf(GENERAL, '1.行政运行（2101505）：支出决算为120.00万元。');
    expect(cs.filter((c) => c.amount?.value === '120.00').map((c) => c.subject.key.replace(/#.*/, ''))).toEqual(['unsure:item:行政运行']);
  });
  it('a true sum error of such items is found', async () => {
    const text = `# 2024年度某某局部门决算\n\n## ${GENERAL}\n\n${HEAD}\n\n1.行政运行（2101501）：年初预算为120.00万元，支出决算为120.00万元，完成年初预算的100%。\n\n2.医疗保障政策管理（2101505）：年初预算为80.00万元，支出决算为80.00万元，完成年初预算的100%。\n`;
    const found = (await checkBytes('case.md', new TextEncoder().encode(text))).findings;
    expect(found.filter((f) => f.rule === 'narrative.detail-sum').map((f) => f.locations.map((l) => l.line))).toEqual([[5, 7, 9]]);
  });
});

describe('a whole\'s parts listed under "主要用于N个方面："', () => {
  it.each([
    '主要用于三个方面：',
    '主要用于以下几个方面：',
    '具体用于如下三个方面：',
    '主要用于以下方面：',
  ])('%s each class is read with its amount and share, none of them given to the whole', async (opener) => {
    const cs = await claimsOf(
      GENERAL,
      `2024年度一般公共预算财政拨款支出${opener}卫生健康支出（类）1,500.00万元，占75.00%；社会保障和就业支出（类）300.00万元，占15.00%；住房保障支出（类）200.00万元，占10.00%。`,
    );
    expect(amounts(cs, 'fc:210')).toEqual(['1500.00']);
    expect(of(cs, 'fc:210')[0]?.share?.rate.value).toBe('75.00');
    expect(amounts(cs, 'fc:208')).toEqual(['300.00']);
    expect(of(cs, 'general.expense').flatMap((c) => [c.amount, c.share?.rate].filter(Boolean))).toEqual([]);
  });

  it('a purpose after 主要用于 stays a purpose, not a list', async () => {
    const cs = await claimsOf(GENERAL, '2024年度一般公共预算财政拨款支出1,222.68万元，主要用于保障机构正常运转和三个方面的重点工作。');
    expect(amounts(cs, 'general.expense')).toEqual(['1222.68']);
    expect(cs.filter((c) => c.subject.key.startsWith('fc:'))).toEqual([]);
  });
});
