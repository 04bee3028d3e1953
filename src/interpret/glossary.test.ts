import { describe, expect, it } from 'vitest';
import { extractBytes } from '../check.js';

const read = async (text: string) => (await extractBytes('g.md', new TextEncoder().encode(text))).glossary.map((g) => g.term);

const HEAD = '# 某某局2024年度部门决算\n\n## 第四部分 名词解释\n\n';

describe('the glossary is read to its end', () => {
  it('past a line of template ellipsis between entries', async () => {
    const terms = await read(`${HEAD}一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n\n……\n\n二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n\n三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n`);
    expect(terms).toEqual(['财政拨款收入', '基本支出', '项目支出']);
  });
  it('past a definition broken over two paragraphs', async () => {
    const terms = await read(`${HEAD}一、财政拨款收入：指单位从同级财政部门取得的财政预算资金，\n\n包括一般公共预算财政拨款和政府性基金预算财政拨款。\n\n二、基本支出：指为保障机构正常运转而发生的支出。\n`);
    expect(terms).toEqual(['财政拨款收入', '基本支出']);
  });
  it('and stops at the first paragraph after it that is not an entry', async () => {
    const terms = await read(`${HEAD}一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n\n二、基本支出：指为保障机构正常运转而发生的支出。\n\n本单位承诺以上内容真实。\n`);
    expect(terms).toEqual(['财政拨款收入', '基本支出']);
  });
  it('past terms that fill their line, the colon and definition on the next (a copy in drawing order)', async () => {
    const terms = await read(
      `${HEAD}1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。\n\n2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）\n\n：反映行政机关及参公管理事业单位\n\n用于缴纳单位基本医疗保险经费支出。\n\n3.住房保障支出（类）住房改革支出（款）住房公积金（项）\n\n：反映行政事业单位为职工缴纳的住房公积金。\n\n4.基本支出：指为保障机构正常运转而发生的支出。\n\n5.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出\n\n（项）\n\n，主要用于反映机关事业单位缴纳的基本养老保险费支出。\n`,
    );
    expect(terms).toEqual([
      '财政拨款收入',
      '卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）',
      '住房保障支出（类）住房改革支出（款）住房公积金（项）',
      '基本支出',
      '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）',
    ]);
  });
});

describe('entries printed without numbers', () => {
  it('are read where the definition opens as one ("财政拨款收入：指…", "行政运行（项）：反映…")', async () => {
    const terms = await read(`${HEAD}财政拨款收入：指单位本年度从本级财政部门取得的财政拨款。\n\n基本支出：指为保障机构正常运转而发生的人员支出和公用支出。\n\n卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：反映行政单位的基本支出。\n\n“三公”经费：指单位使用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。\n`);
    expect(terms).toEqual(['财政拨款收入', '基本支出', '卫生健康支出（类）医疗保障管理事务（款）行政运行（项）', '“三公”经费']);
  });
  it('and a line that opens otherwise under the heading is no entry ("注：…")', async () => {
    const terms = await read(`${HEAD}注：以下为本部门决算中使用的专业名词。\n\n基本支出：指为保障机构正常运转而发生的支出。\n\n本单位承诺以上内容真实：如有不实愿承担责任。\n`);
    expect(terms).toEqual(['基本支出']);
  });
});

describe('entries numbered with a Chinese numeral in brackets', () => {
  it('are read: "(一)基本支出:指…", "（二）项目支出：指…", after a template line under the heading', async () => {
    const text = '# 某县某中心2019年度部门决算\n\n第四部分 名词解释\n部门应当按照部门预算管理要求,参照公开模板进行专业名词解释。\n(一)基本支出:指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n（二）项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n';
    const doc = await extractBytes('g.txt', new TextEncoder().encode(text));
    expect(doc.glossary.map((g) => g.term)).toEqual(['基本支出', '项目支出']);
  });
});

describe('classification items explained under their bare 款 or 项 names', () => {
  const codes = async (text: string) => (await extractBytes('g.md', new TextEncoder().encode(text))).glossary.map((g) => [g.term, g.code, g.names]);

  it('name the one item of that name, and are no path from a 类', async () => {
    expect(await codes(`${HEAD}一、住房公积金（项）：反映为职工缴纳的住房公积金。\n\n二、住房改革支出（款）购房补贴（项）：反映向符合条件职工发放的购房补贴。\n`)).toEqual([
      ['住房公积金（项）', '2210201', []],
      ['住房改革支出（款）购房补贴（项）', '2210203', []],
    ]);
  });

  it('name the item whose 款 is run into the 项 name, its mark left out', async () => {
    expect(await codes(`${HEAD}一、医疗保障管理事务行政运行（项）：反映行政单位的基本支出。\n`)).toEqual([['医疗保障管理事务行政运行（项）', '2101501', []]]);
  });

  it('name nothing where many items share the name', async () => {
    expect(await codes(`${HEAD}一、行政运行（项）：反映行政单位的基本支出。\n`)).toEqual([['行政运行（项）', null, []]]);
  });
});

describe('classification items explained under their code and name', () => {
  const codes = async (terms: string[], tables = '') => {
    const text = `# 某某局2024年度部门决算\n\n${tables}## 名词解释\n\n${terms.map((t, i) => `${i + 1}. ${t}：反映有关方面的支出。`).join('\n')}\n`;
    return (await extractBytes('g.md', new TextEncoder().encode(text))).glossary.map((g) => [g.code, g.maybe ?? null]);
  };
  it('name the item the code and name agree on: "医疗保障政策管理（2101505）", "2101505医疗保障政策管理", a bare 项 "行政运行（2101501）"', async () => {
    expect(await codes(['医疗保障政策管理（2101505）', '2101505医疗保障政策管理', '行政运行（2101501）', '2101501 行政运行（项）', '行政运行（项）（2101501）'])).toEqual([
      ['2101505', null],
      ['2101505', null],
      ['2101501', null],
      ['2101501', null],
      ['2101501', null],
    ]);
  });
  it('name neither where code and name disagree, and say which they may be', async () => {
    expect(await codes(['医疗保障政策管理（2101501）'])).toEqual([[null, ['2101501', '2101505']]]);
  });
  it('without a code, read as before', async () => {
    expect(await codes(['卫生健康支出（类）医疗保障管理事务（款）医疗保障政策管理（项）', '基本支出'])).toEqual([
      ['2101505', null],
      [null, null],
    ]);
  });
});
