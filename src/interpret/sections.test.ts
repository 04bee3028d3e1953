import { describe, expect, it } from 'vitest';
import { checkBytes, extractBytes } from '../check.js';
import { looksLikeHeading, sectionKeyOf } from './sections.js';

const ids = async (text: string) =>
  (await checkBytes('overview.md', new TextEncoder().encode(text))).findings.map((f) => f.rule).filter((r) => r.startsWith('completeness.section-'));

const FIRST_PART = '# 2023年度某某县某某局部门决算\n\n## 第一部分 部门概况\n\n';
const REST = '\n\n## 第二部分 部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n本节内容。\n';

describe('a heading of the overview that names two of its parts', () => {
  it('counts for both 职责 and 机构设置, in either order', async () => {
    for (const heading of ['（一）机构设置、职责', '一、部门主要职责及机构设置', '一、单位职责和机构设置情况', '（一）职能职责及机构设置。', '一、部门主要职责及内设机构']) {
      const found = await ids(`${FIRST_PART}${heading}\n\n本局负责全县某某工作，内设机构3个。${REST}`);
      expect(found).not.toContain('completeness.section-duties');
      expect(found).not.toContain('completeness.section-organization');
    }
  });

  it('counts for the part it names alone, the other still missing', async () => {
    expect(await ids(`${FIRST_PART}一、部门主要职责\n\n本局负责全县某某工作。${REST}`)).toContain('completeness.section-organization');
    expect(await ids(`${FIRST_PART}一、机构设置\n\n内设机构3个。${REST}`)).toContain('completeness.section-duties');
  });
});

describe('a heading whose last characters a conversion lost', () => {
  const CONTENTS = '# 某市某站2022年度单位决算\n\n目 录\n\n第一部分:某市某站概况\n\n一、单位职责\n\n二、机构设置情况\n\n第二部分:某市某站2022年度单位决算情况说明\n\n一、2022年度收入支出决算总体情况\n\n';
  const BODY = '第一部分:某市某站概况\n\n一、单位职\n\n开展农业植物病虫监测与防治。\n\n二、机构设\n\n本站为全额拨款事业单位，暂无内设机构。\n\n第二部分:某市某站2022年度单位决算情况说明\n\n一、2022年度收入支出决算总体情况\n\n本节内容。\n';

  it('is the contents entry it begins, numbered alike', async () => {
    const found = await ids(CONTENTS + BODY);
    expect(found).not.toContain('completeness.section-duties');
    expect(found).not.toContain('completeness.section-organization');
  });

  it('is no section without a contents entry to complete it', async () => {
    expect(await ids(`# 某市某站2022年度单位决算\n\n${BODY}`)).toContain('completeness.section-organization');
  });
});

describe('a contents list printed with dot leaders under a page’s furniture', () => {
  it('keeps every entry, none joined to the next, and the furniture out of it', async () => {
    const dots = '.'.repeat(40);
    const text = `2024年度某县某学校单位决算\n\n目录\n\n公开时间:2025年8月20日\n\n第一部分 单位概况${dots}4\n\n一、主要职责${dots}4\n\n二、机构设置${dots}6\n\n第二部分 2023年度单位决算情况说明${dots}7\n\n一、收入支出决算总体情况说明${dots}7\n`;
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(text));
    expect((doc.facts.contents ?? []).map((c) => c.text)).toEqual(['第一部分 单位概况', '一、主要职责', '二、机构设置', '第二部分 2023年度单位决算情况说明', '一、收入支出决算总体情况说明']);
  });
});

describe('a numbered line that holds an amount', () => {
  it('is no heading, whether or not a space stands before 万元', () => {
    expect(looksLikeHeading('2.收入情况。2024年度收入合计3534.19万元,与2023年度相比', null)).toBe(false);
    expect(looksLikeHeading('2.收入情况。2024年度收入合计3534.19 万元,与2023年度相比', null)).toBe(false);
    expect(looksLikeHeading('2.收入情况', null)).toBe(true);
  });

  it('is no heading when it ends on a comma: a numbered sentence wrapped mid-list', () => {
    expect(looksLikeHeading('(一)某区人民检察院是国家法律监督机关,在辖区内依法履行查办贪污、', null)).toBe(false);
    expect(looksLikeHeading('(二)设立有职务犯罪侦查局、侦查监督科，', null)).toBe(false);
    expect(looksLikeHeading('(一)部门职责', null)).toBe(true);
  });
});

describe('older templates', () => {
  it('say what units the account takes in under 部门概况, which is its 机构设置', async () => {
    for (const said of ['2017年度，纳入本部门决算汇编范围的独立核算单位共 1 个。', '本镇下属二级单位6个，均为财政全额拨款单位。', '单位构成情况:本单位为全额拨款事业单位，坐落在某某镇。']) {
      expect(await ids(`${FIRST_PART}一、部门主要职责\n\n本局负责全县某某工作。\n\n二、部门概况\n\n${said}${REST}`), said).not.toContain('completeness.section-organization');
    }
  });

  it('name the units it takes in 单位决算构成 as well as 决算单位构成', async () => {
    for (const heading of ['二、单位决算构成', '二、决算单位构成']) {
      expect(await ids(`${FIRST_PART}一、主要职责\n\n实施高中学历教育。\n\n${heading}\n\n本单位决算仅包括单位本级决算。${REST}`), heading).not.toContain('completeness.section-organization');
    }
  });

  it('name the overall account "收入支出情况总体说明" or "关于收支情况总体说明"', async () => {
    for (const heading of ['一、 收入支出情况总体说明', '（一）关于收支情况总体说明']) {
      const found = await ids(`# 2016年度某某县某某中学部门决算\n\n## 第二部分 部门决算情况说明\n\n${heading}\n\n2016年度收、支总计1308.55万元。\n`);
      expect(found.find((r) => r === 'completeness.section-explain-total'), heading).toBeUndefined();
    }
  });
});

describe('the contents list', () => {
  it('goes on over an entry wrapped onto a second line, and ends where the body begins again at 第一部分', async () => {
    const text = [
      '某某县某某学校2020年度部门决算',
      '目 录',
      '第一部分 某某学校部门概况',
      '一、部门主要职责',
      '第二部分 2020年度部门决算情况说明',
      '一、收入决算情况说明',
      '二、一般公共预算财政拨款“三公”经费支出决算',
      '情况说明',
      '第三部分 名词解释',
      '第一部分 某某学校所部门概况',
      '一、部门主要职能',
      '本校负责全乡教育教学工作。',
    ].join('\n');
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(text));
    // The glossary's line is the contents', not a heading of the body; the body's 职能 is found.
    expect(doc.sections.filter((s) => s.key === 'glossary')).toEqual([]);
    expect(doc.sections.some((s) => s.key === 'overview.duties' && s.title.includes('职能'))).toBe(true);
    expect((doc.facts.contents ?? []).some((c) => c.section === 'explain.threePublic')).toBe(true);
  });

  it('goes on past an entry whose number stands alone on its line ("九、" / "国有资本…表"): a later "九、…" entry is no heading of the body', async () => {
    const text = [
      '某某乡中心小学2020年度部门决算',
      '目 录',
      '第一部分 某某乡中心小学部门概况',
      '一、部门主要职责',
      '第二部分 2020年度部门决算表',
      '八、政府性基金预算财政拨款收入支出决算表',
      '九、',
      '国有资本经营预算财政拨款支出决算表',
      '第三部分 2020年度部门决算情况说明',
      '八、国有资产占用情况说明',
      '九、预算绩效情况说明',
      '第四部分 名词解释',
      '第一部分 某某乡中心小学部门概况',
      '一、部门主要职能',
      '本校负责全乡小学教育。',
    ].join('\n');
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(text));
    expect(doc.sections.filter((s) => s.key === 'glossary' || s.key === 'explain.performance')).toEqual([]);
    expect((doc.facts.contents ?? []).some((c) => c.section === 'glossary')).toBe(true);
  });

  const BODY = ['第一部分 部门概况', '一、部门职责', '本局负责全县某某工作。', '第二部分 部门决算情况说明', '一、收入支出决算总体情况说明', '本年收入总计100.00万元。'];
  const LIST = ['第一部分 单位概况', '一、部门职责', '二、机构设置', '第二部分 部门决算情况说明', '一、收入支出决算总体情况说明', '二、收入决算情况说明', '第三部分 名词解释'];
  const read = (lines: string[]) => extractBytes('toc.txt', new TextEncoder().encode(['某某县某某局2023年度部门决算', ...lines].join('\n')));

  it('is titled by its own name too: "决算公开目录"', async () => {
    const doc = await read(['决算公开目录', ...LIST, ...BODY]);
    expect(doc.sections.filter((s) => s.key === 'glossary')).toEqual([]);
    expect((doc.facts.contents ?? []).length).toBeGreaterThanOrEqual(LIST.length);
  });

  it('is found without a title when its headings are printed again below it, or it lists three parts', async () => {
    const repeated = await read([...LIST, ...BODY]);
    expect(repeated.sections.filter((s) => s.key === 'glossary')).toEqual([]);
    expect(repeated.sections.some((s) => s.key === 'explain.total')).toBe(true);
    const cut = await read(LIST);
    expect(cut.sections.filter((s) => s.key === 'glossary')).toEqual([]);
  });

  it('goes on over entries printed without their numbers, to the last part, where the body begins again', async () => {
    const doc = await read(['目 录', '第一部分 部门概况', '主要职能', '部门机构设置及决算单位构成情况', '2019年度主要工作完成情况', '第二部分 2019年度部门决算表', '收入支出决算总表', '收入决算表', '第三部分 2019年度部门决算情况说明', '第四部分 名词解释', '第一部分 部门概况', '一、部门主要职能', '主要职能：贯彻执行党的教育方针。']);
    expect(doc.sections.filter((s) => s.key === 'glossary')).toEqual([]);
    expect(doc.sections.map((s) => s.key)).toContain('overview.duties');
  });

  it('is not made of empty sections printed one after another in the body', async () => {
    const doc = await read(['一、部门职责', '二、机构设置', '三、收入支出决算总体情况说明', '四、收入决算情况说明', '五、支出决算情况说明', '六、名词解释', '1.财政拨款收入：指本级财政当年拨付的资金。']);
    expect(doc.sections.some((s) => s.key === 'glossary')).toBe(true);
    expect(doc.facts.contents ?? []).toEqual([]);
  });

  it('goes on over entries with their page numbers run on, unnumbered ones, and a page number on a line of its own', async () => {
    const doc = await read([...LIST.slice(0, 4).map((l) => `${l}3`), '财政拨款收入支出决算总体情况说明5', '一般公共预算财政拨款支出决算情况说明6', '八、财政拨款“三公”经费支出决算情况说明', '8', '第三部分 名词解释13', ...BODY]);
    expect(doc.sections.filter((s) => s.key === 'glossary')).toEqual([]);
    expect(doc.sections.filter((s) => s.key === 'explain.threePublic')).toEqual([]);
  });

  it('ends at a heading without a page number after entries that all had one, when a sentence follows it', async () => {
    const entries = ['目 录', '七、政府性基金预算财政拨款支出决算情况说明 7', '八、国有资本经营预算财政拨款支出决算情况说明 8', '十一、其他重要事项情况说明 13'];
    const doc = await read([...entries, ...BODY]);
    expect(doc.sections.map((s) => s.key)).toContain('overview.duties');
    expect((doc.facts.contents ?? []).map((e) => e.text)).toEqual(entries.slice(1).map((e) => e.replace(/\s*\d+$/, '')));
    const listing = await read([...entries, '第一部分 基本情况', '一、部门(单位)职责', '纳入某某局2023年度部门决算编制范围的单位共1个,包括:', ...BODY.slice(3)]);
    expect(listing.sections.map((s) => s.key)).toContain('overview.duties');
    // (Unpaged entries after paged ones, with no sentence after them, are still the contents.)
    const list = await read([...entries, '十二、名词解释', '第一部分 部门概况 1', ...BODY]);
    expect((list.facts.contents ?? []).map((e) => e.text)).toContain('十二、名词解释');
  });
});

describe('headings as regions write them', () => {
  it('takes "第一部分:某某乡人民政府概况" for the overview, an organisation\'s name and 概况', () => {
    expect(sectionKeyOf('第一部分:某某县某某乡人民政府概况')).toBe('overview');
    expect(sectionKeyOf('第一部分 某某县教育局概况')).toBe('overview');
    expect(sectionKeyOf('一、收入支出决算概况')).not.toBe('overview');
  });

  it('takes "（一）总体决算情况" for the account of the totals', () => {
    expect(sectionKeyOf('（一）总体决算情况')).toBe('explain.total');
    expect(sectionKeyOf('一、部门决算总体情况说明')).toBe('explain.total');
    expect(sectionKeyOf('（一）财政拨款收入支出决算总体情况')).toBe('explain.fiscal');
  });

  it('takes "对专业性较强的名词进行解释" for the glossary, with its entries', async () => {
    expect(sectionKeyOf('五、对专业性较强的名词进行解释')).toBe('glossary');
    expect(sectionKeyOf('五、专业名词解释')).toBe('glossary');
    const doc = await extractBytes('a.txt', new TextEncoder().encode('某某区某某局2017年度部门决算\n五、对专业性较强的名词进行解释\n1.财政拨款收入：指本级财政当年拨付的资金。\n2.机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。\n'));
    expect(doc.sections.map((s) => s.key)).toContain('glossary');
    expect(doc.glossary.length).toBe(2);
  });

  it('takes "2.机构情况" and "、机构设置" (its number lost) for the organisation', () => {
    expect(sectionKeyOf('2.机构情况')).toBe('overview.organization');
    expect(looksLikeHeading('、机构设置', null)).toBe(true);
    expect(sectionKeyOf('、机构设置')).toBe('overview.organization');
  });

  it('takes "基本职能及主要工作" for the duties, and splits it off the item run into it', async () => {
    expect(sectionKeyOf('一、基本职能及主要工作')).toBe('overview.duties');
    const doc = await extractBytes('a.txt', new TextEncoder().encode('第一部分 某某区人大常委会概况\n一、基本职能及主要工作 (一)在本行政区域内，保证宪法、法律的遵守和执行；\n'));
    expect(doc.sections.map((s) => s.key)).toContain('overview.duties');
  });

  it('takes a heading closed with 。 that names its year, never a sentence saying 无', () => {
    expect(looksLikeHeading('一、2021年度收入支出决算总体情况。', null)).toBe(true);
    expect(looksLikeHeading('二、2021年度本部门无国有资本经营预算财政拨款支出情况。', null)).toBe(false);
    expect(looksLikeHeading('（一）支出12345情况。', null)).toBe(false);
  });

  it('counts a heading closed with 。 without the spaces a converter sets around its year', async () => {
    const heading = '（八）广元市医疗保障局 2024 年度政府性基金预算财政拨款收入支出决算情况说明。';
    expect(looksLikeHeading(heading, null)).toBe(true);
    expect(looksLikeHeading('（八）本部门 2024 年度无政府性基金预算财政拨款收入，也未使用政府性基金预算财政拨款安排支出情况。', null)).toBe(false);
    const doc = await extractBytes('a.txt', new TextEncoder().encode(`第二部分 2024 年度部门决算情况说明\n（七）某局 2024 年度财政拨款“三公”经费支出决算情况说明。\n本部门“三公”经费支出 2.75 万元。\n${heading}\n本部门 2024 年度无政府性基金预算财政拨款收入，政府性基金预算财政拨款收入支出决算表为空表。\n`));
    expect(doc.sections.map((s) => s.key)).toContain('explain.fund');
  });
});

describe('a contents list', () => {
  it('reads entries whose page numbers are ranges ("……16-18") or left out, and the body after them', async () => {
    const toc = ['目 录', '第一部分 某某街道部门概况', '一、部门主要职责.............3', '二、机构设置情况.............4', '第二部分 部门决算情况说明', '一、收入支出决算总体情况说明..........14', '二、收入决算情况说明..........14-15', '三、支出决算情况说明..............', '四、财政拨款收入支出决算总体情况说明.....16-18'];
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(`${toc.join('\n')}\n`));
    expect(doc.facts.contents.map((c) => c.text)).toEqual(toc.slice(1).map((t) => t.replace(/[.\d-]+$/, '')));
  });
});

describe('a contents list with lines that are no entries', () => {
  it('goes on to where its first part is printed again: a part named twice, an entry cut short, tables said attached', async () => {
    const toc = ['目 录', '第一部分:某某镇概况', '一、主要职能', '第二部分:某某镇2021年部门决算报表', '第二部分:某某镇2021年部门决算报表', '表一:收入支出决算总表', '第三部分:某某镇2021年度部门决算情况说明', '一、2021 年度收入支出决算总体情况。', '二、2021年度一般公共预算财政拨款安排的“三公”经费支出决算及增减变动情况说明', '第四部分:名词解释'];
    const body = ['第一部分:某某镇概况', '一、主要职能', '负责全镇经济社会发展。'];
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(`${[...toc, ...body].join('\n\n')}\n`));
    expect(doc.facts.contents.map((c) => c.text)).toContain('第四部分:名词解释');
    expect(doc.sections.map((s) => s.title)).not.toContain('第四部分:名词解释');
    expect(doc.sections.map((s) => s.title)).toContain('第一部分:某某镇概况');
  });
  it('goes on past an entry listed twice (a section’s name slipped into the tables’ list) to where its first part is printed again, however spaced', async () => {
    const toc = ['目录', '第一部分 部门概况', '一、主要职能', '第二部分 2023年度部门决算表', '一、收入决算情况说明', '二、收入决算表', '第三部分 2023年度部门决算情况说明', '一、收入决算情况说明', '二、支出决算情况说明', '三、财政拨款“三公”经费支出决算情况说明', '第四部分 名词解释'];
    const body = ['第一部分  部门概况', '一、主要职能', '负责全乡经济社会发展。'];
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(`${[...toc, ...body].join('\n')}\n`));
    expect(doc.facts.contents.map((c) => c.text)).toContain('第四部分 名词解释');
    expect(doc.facts.contents.filter((c) => c.section === 'explain.threePublic')).toHaveLength(1);
    expect(doc.sections.map((s) => s.title)).toContain('第一部分  部门概况');
  });
});

describe('an older template that puts 决算 before the word', () => {
  it('"2018年度部门决算收入情况" and "…支出情况" are the income and spending sections', () => {
    expect(sectionKeyOf('一、2018年度部门决算收入情况')).toBe('explain.income');
    expect(sectionKeyOf('二、2018年度部门决算支出情况')).toBe('explain.expense');
    expect(sectionKeyOf('三、财政拨款收入情况')).not.toBe('explain.income');
  });
});

describe('a section heading with the department’s name or another region’s wording', () => {
  it('the name and year before the section’s words are not part of them', () => {
    expect(sectionKeyOf('(二)某县档案馆2015年度收入决算情况说明。')).toBe('explain.income');
    expect(sectionKeyOf('(三)某县档案馆2015年度支出决算情况说明')).toBe('explain.expense');
    expect(sectionKeyOf('(四)某某省科学技术协会2015年度财政拨款收入支出决算总体情况说明')).toBe('explain.fiscal');
    expect(sectionKeyOf('(五)某县人民政府办公室2015年度一般公共预算财政拨款支出决算情况说明')).toBe('explain.general');
  });
  it('"收入决算总体情况" and "支出决算总体情况" are the income and spending sections, not the whole account', () => {
    expect(sectionKeyOf('(一)收入决算总体情况')).toBe('explain.income');
    expect(sectionKeyOf('(二)支出决算总体情况')).toBe('explain.expense');
    expect(sectionKeyOf('一、收入支出决算总体情况说明')).toBe('explain.total');
    expect(sectionKeyOf('二、部门决算收入来源情况')).toBe('explain.income');
  });

  it('"政府采购执行情况说明" is the procurement section', () => {
    expect(sectionKeyOf('三、政府采购执行情况说明')).toBe('explain.procurement');
    expect(sectionKeyOf('(十)政府采购支出情况')).toBe('explain.procurement');
  });
});

describe('the body begins where the contents’ first part is named again, however numbered', () => {
  it('"一、部门概况" listed and "第一部分 某局概况" printed: the body’s "一、主要职能" is a section, not an entry', async () => {
    const toc = ['目 录', '一、部门概况', '(一)主要职能', '(二)部门决算单位构成', '二、2019年度部门决算表', '三、2019年度部门决算情况说明', '四、名词解释'];
    const body = ['第一部分 某市某局概况', '一、主要职能', '负责全市某某工作。', '二、部门决算单位构成', '本部门共1个单位。'];
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(`某市某局2019年度部门决算\n${[...toc, ...body].join('\n')}\n`));
    expect(doc.sections.map((s) => s.title)).toContain('一、主要职能');
    expect(doc.sections.find((s) => s.title === '一、主要职能')?.key).toBe('overview.duties');
    expect(doc.facts.contents.map((c) => c.text)).not.toContain('第一部分 某市某局概况');
  });
});

describe('the body’s first heading worded otherwise than its contents entry', () => {
  const CONTENTS = '某某县党校2015年部门决算公开\n\n目 录\n\n第一部分 概况\n\n一、主要职能\n\n二、机构设置\n\n第二部分 部门决算表\n\n第三部分 2015年部门决算情况说明\n\n第四部分 名词解释\n\n';
  it('"一、单位主要职能" with its text under it, after "…第四部分 名词解释": the body, its duties found', async () => {
    expect(await ids(`${CONTENTS}一、单位主要职能\n\n负责轮训乡科级党员领导干部。\n\n二、机构设置\n\n下设综合办公室等科室。\n`)).not.toContain('completeness.section-duties');
  });

  it('an entry of the tables’ list that names an explained section under the same number is still the contents', async () => {
    const list = '目 录\n\n第一部分 单位概况\n\n一、主要职能、职责\n\n二、单位机构设置\n\n第二部分 单位决算情况说明\n\n十一、机构运行经费支出决算情况说明\n\n第三部分 单位决算表\n\n十一、机构运行经费支出、国有资产占用情况及政府采购支出信息表\n\n附件:1. 某某项目绩效评价报告\n\n';
    const doc = await extractBytes('toc.txt', new TextEncoder().encode(`2023年度某某局(本级)公开文档\n\n${list}第一部分 单位概况\n\n一、主要职能、职责\n\n负责全区某某工作。\n`));
    expect((doc.facts.contents ?? []).map((c) => c.text)).toContain('十一、机构运行经费支出、国有资产占用情况及政府采购支出信息表');
  });
});

describe('a contents list printed without the word 目录', () => {
  it('keeps an entry whose number a conversion lost ("、国有资产占用情况表") among its entries', async () => {
    const text = [
        '某县某乡人民政府2021年度部门决算公开说明',
        '第一部分某乡人民政府单位概况',
        '一、单位主要职责',
        '二、单位基本情况',
        '第二部分2021年度单位决算表',
        '一、收入支出决算总表',
        '二、收入决算表',
        '    、国有资产占用情况表',
        '第三部分2021年度单位决算情况说明',
        '一、收入决算情况说明',
        '二、支出决算情况说明',
        '三、财政拨款支出决算情况说明',
        '四、一般公共预算财政拨款基本支出决算情况说明',
        '第四部分名词解释',
        '第一部分某乡人民政府单位概况',
        '一、单位主要职能',
        '执行本级人民代表大会的决议。',
      ].join('\n');
    const doc = await extractBytes('a.txt', new TextEncoder().encode(`${text}\n`));
    expect((doc.facts.contents ?? []).map((e) => e.text)).toEqual(expect.arrayContaining(['、国有资产占用情况表', '第四部分名词解释']));
  });
});

describe('the performance section under other regions\' headings', () => {
  for (const heading of ['4.部门绩效自评情况', '（十）单位绩效自评情况', '十、预算绩效管理工作开展情况', '十二、预算绩效管理工作开展情况说明', '十一、关于2023年度绩效评价情况的说明']) {
    it(`"${heading}" is the 预算绩效 section`, async () => {
      const text = ['某某县某某局2024年度部门决算', '第二部分 2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。', heading, '本部门对8个项目开展了绩效自评。'].join('\n');
      const doc = await extractBytes('h.txt', new TextEncoder().encode(text));
      expect(doc.sections.some((s) => s.key === 'explain.performance')).toBe(true);
    });
  }
});

describe('a contents list numbered otherwise than the body it lists', () => {
  const CONTENTS = '# 某州某院2017年度部门决算公开说明\n\n一、目录\n\n1.目录\n\n2.某州某院概况\n\n2.1主要职能\n\n2.2机构设置及部门决算单位构成\n\n3.某州某院2017年度部门决算情况说明\n\n4.名词解释\n\n';

  it('ends where the body prints a listed entry under its own numbering ("2.某州某院概况" listed, "二、某州某院概况" printed)', async () => {
    const found = await ids(`${CONTENTS}二、某州某院概况\n\n（一）主要职能\n\n提供收养服务，弘扬救助精神。\n\n（二）机构设置\n\n本院内设办公室、财务室。\n`);
    expect(found).not.toContain('completeness.section-duties');
    expect(found).not.toContain('completeness.section-organization');
  });

  it('keeps a part\'s own first entry of the same name in the contents ("第一部分 部门概况" then "一、部门概况")', async () => {
    const doc = await extractBytes('c.md', new TextEncoder().encode('# 某局2020年度部门决算\n\n目录\n\n第一部分 部门概况\n\n一、部门概况\n\n二、机构设置\n\n第二部分 部门决算情况说明\n\n第一部分 部门概况\n\n一、部门职责\n\n本局负责全县工作。\n'));
    expect(doc.facts.contents.map((c) => c.text)).toContain('二、机构设置');
  });
});

describe('a contents list whose every entry carries its page number', () => {
  it('keeps a numbered entry too long for a heading ("九、 某市某区某街道办事处2021年国有资本经营…决算表 10") and those after it', async () => {
    const entries = ['第一部分 概况 1', '一、 本部门职责 1', '二、 机构设置情况 1', '第二部分 2021年度机关决算报表 2', '一、 某某省某某市某某区某某街道办事处2021年收入支出决算总表 2', '九、 某某省某某市某某区某某街道办事处2021年国有资本经营预算财政拨款支出决算表 10', '十、 某某省某某市某某区某某街道办事处2021年决算公开相关信息统计表 11', '第三部分 2021年度机关决算情况说明 12', '一、 2021年度机关决算数据变动情况及原因 12', '第四部分 名词解释 14'];
    const doc = await extractBytes('c.txt', new TextEncoder().encode(['某区某街道办事处2021年度部门决算', '目录', ...entries, '某区某街道办事处', '2021年部门决算公开说明', '根据《中华人民共和国预算法》的规定，现将本单位2021年部门决算公开如下。'].join('\n\n')));
    expect(doc.facts.contents.map((c) => c.location.text)).toContain('第四部分 名词解释 14');
    expect(doc.sections.filter((s) => s.key === 'glossary')).toEqual([]);
  });
});
