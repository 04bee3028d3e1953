import { describe, expect, it } from 'vitest';
import { checkBytes, checkText } from '../check.js';

describe('the department read from a title that names a part of the account', () => {
  it('"2018年度中国共产党某某县委员会组织部“三公”经费决算公开": the whole name, before the part', async () => {
    const text = ['2018年度中国共产党某某回族彝族自治县委员会组织部“三公”经费决算公开', '一、一般公共预算财政拨款“三公”经费支出决算总体情况', '2018年度“三公”经费支出8.61万元，其中：公务用车运行费支出为3.65万元，公务接待费支出4.96万元。'].join('\n');
    const r = await checkText(text, { file: 'page.txt' });
    expect(r.facts.department).toBe('中国共产党某某回族彝族自治县委员会组织部');
  });
});

describe('the department read from a cover without a title', () => {
  it('takes a name of two parts whole ("中共…委员会…工作委员会概况"), not up to its first 委员会', async () => {
    const text = [
      '目 录',
      '第一部分:中共某某省委员会省直属机关工作委员会概况',
      '一、主要职能',
      '二、部门决算单位构成',
      '第二部分:中共某某省委员会省直属机关工作委员会2022年度部门决算报表',
    ].join('\n');
    const r = await checkText(text);
    expect(r.facts.department).toBe('中共某某省委员会省直属机关工作委员会');
    expect(r.findings.filter((f) => f.rule === 'template.other-department')).toEqual([]);
  });

  it('a page cut before its title: the unit listed as 本级 is the department, not the unit under it', async () => {
    const text = ['二、部门机构设置及决算单位构成情况', '纳入本部门2022年度部门汇总决算编制范围的预算单位共计2家，详细情况见表：', '序号', '单位名称', '1', '某某市妇女联合会部门(本级)', '2', '某某市妇女儿童服务中心', '三、2022年度部门主要工作完成情况'].join('\n\n');
    const r = await checkText(text, { file: 'page.txt' });
    expect(r.facts.department).toBe('某某市妇女联合会');
  });

  it('a page without title or cover: the name the text gives itself ("…管理委员会(以下简称“本部门”)")', async () => {
    const text = ['一、部门基本情况', '(一)职能职责', '重庆某某中央商务区管理委员会(以下简称“本部门”)为区政府派出机构，主要职能是：负责区域产业发展。', '二、收入支出决算总体情况说明', '2023年度收入总计1000.00万元，支出总计1000.00万元。'].join('\n');
    const r = await checkText(text, { file: 'page.txt' });
    expect(r.facts.department).toBe('重庆某某中央商务区管理委员会');
  });

  it('a site\'s banner name above the item\'s account title ("某某县人民政府" / "某某县某某乡人民政府2018年度部门决算"): the title\'s', async () => {
    const text = ['无障碍浏览 打开适老化模式 x 注册 登录', '某某县人民政府', '无障碍浏览 打开适老化模式 x 注册 登录', '索引号 01525944-5-/2019-0927003 发布机构 某某县某某乡', '公开目录 财政决算 发布日期 2019-09-27', '文号 浏览量 23', '主题词 财政', '某某县某某乡人民政府2018年度部门决算', '', ' ', '', '2018年某某省某某市某某县某某乡  ', '', '“三公”经费决算情况说明  ', '', ' ', '2018年某某乡“三公”经费财政拨款支出决算为18.82万元。'].join('\n');
    const r = await checkText(text, { file: 'page.txt' });
    expect(r.facts.department).toBe('某某县某某乡人民政府');
  });

  it('keeps a one-part name as it is', async () => {
    const r = await checkText('目 录\n第一部分:某某县水利局概况\n一、主要职能\n第二部分:某某县水利局2022年度部门决算报表\n');
    expect(r.facts.department).toBe('某某县水利局');
  });
});

describe('a title broken over three lines', () => {
  it('the region, the body and the year each on a line of its own ("上海市普陀区" / "文化和旅游局" / "2025 年度部门决算"): the whole name', async () => {
    const text = ['上海市普陀区', '文化和旅游局', '2025 年度部门决算目 录', '第一部分 上海市普陀区文化和旅游局概况', '一、主要职能'].join('\n');
    const r = await checkBytes('cover.txt', new TextEncoder().encode(`${text}\n`));
    expect(r.facts.department).toBe('上海市普陀区文化和旅游局');
  });
});

describe('the department read from a web page’s title fields', () => {
  it('leaves out a row of field labels and the poster\'s name set apart by spaces ("组配分类 发布机构 区卫生健康局")', async () => {
    const lines = ['索引号 002969720/2022-100191', '组配分类 发布机构 区卫生健康局', '生成日期 2022-09-09 公开方式 {opentype}', '主题分类 卫生 体裁分类 其他', '某某市某某区明楼街道社区卫生服务中心2021年预算', '第一部分 单位概况', '一、主要职能'];
    const r = await checkText(lines.join('\n'), { file: 'page.txt' });
    expect(r.facts.department).toBe('某某市某某区明楼街道社区卫生服务中心');
  });

  it('leaves out the field’s label and the unit’s 本级 ("内容概述:2022年度…园林绿化局本级部门决算公开")', async () => {
    const lines = ['北京市某某区园林绿化局', '索 引 号:11J030/ZK-2023-000075', '信息名称:2022年度北京市某某区园林绿化局本级部门决算公开', '内容概述:2022年度北京市某某区园林绿化局本级部门决算公开', '目 录'];
    const html = `<html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const r = await checkBytes('page.html', new TextEncoder().encode(html));
    expect(r.facts.department).toBe('北京市某某区园林绿化局');
    expect(r.facts.fiscalYear).toBe(2022);
  });

  it('leaves out a field label set apart by a gap, with no colon ("信息名称  某某县第二幼儿园2023年部门决算公开说明")', async () => {
    const text = ['决算公开', ' 索 引 号  zfbgs/2024-00119', ' 信息名称  某某县第二幼儿园2023年部门决算公开说明', ' 公开日期  2024-09-19', '一、部门职责及机构设置情况'].join('\n\n');
    const r = await checkBytes('page.txt', new TextEncoder().encode(`${text}\n`));
    expect(r.facts.department).toBe('某某县第二幼儿园');
    expect(r.facts.region).toBe('某某县');
  });

  it('a page\'s bulleted fields ("• 来源:财务处") and a sentence opening a list ("纳入…决算编制范围的…包括:") are never the title or the name', async () => {
    const page = await checkBytes('page.txt', new TextEncoder().encode('学校2020年度部门决算情况说明\n  • 发布人:\n  • 时间:2021-08-31\n  • 来源:财务处\n\n重庆市某某高级技工学校\n\n2020年度部门决算情况说明\n\n一、部门基本情况\n\n本校建于1978年。\n'));
    expect(page.facts.department).toBe('重庆市某某高级技工学校');
    const list = await checkBytes('list.txt', new TextEncoder().encode('一、概况\n\n(一)部门职责\n\n维护社会治安秩序。\n\n纳入某某县公安局(汇总)2020年度部门决算编制范围的二级预算单位包括:\n\n1.某某县公安局本级\n'));
    expect(list.facts.title).toBeNull();
    expect(list.facts.department).toBe('某某县公安局');
  });

  it('the page\'s 来源 field before a bare "2021年度部门决算公开" is no first half of the title: the headline names the department', async () => {
    const page = await checkBytes('page.txt', new TextEncoder().encode('中国共产党某某县委员会组织部2021年度部门决算公开\n来源: 某某县财政局\n发布日期: 2022-08-31\n\n2021年度部门决算公开\n\n单位:中国共产党某某县委员会组织部\n\n第一部分:部门概况\n'));
    expect(page.facts.department).toBe('中国共产党某某县委员会组织部');
    expect(page.facts.title).not.toMatch(/来源/);
  });

  it('a parent department that posted the page ("[ 发布机构 ] | 某某县住房和城乡建设委员会 |") is not the document\'s unit', async () => {
    const fields = ['[ 索引号 ] | 1150023/2021-00262 | [ 发文字号 ] | |', '[ 主题分类 ] | 保障性住房 | [ 体裁分类 ] | 其他 |', '[ 发布机构 ] | 某某县住房和城乡建设委员会 | ||', '[ 成文日期 ] | 2021-12-03 | [ 发布日期 ] | 2021-12-03 |'];
    const text = ['您当前所在位置:首页>某某县住房和城乡建设委员会>政务公开>决算公开', ...fields, ...fields, '某某县公共房屋保障中心2020年度部门决算公开说明', '第一部分 部门概况'].join('\n');
    const r = await checkBytes('page.txt', new TextEncoder().encode(`${text}\n`));
    expect(r.facts.department).toBe('某某县公共房屋保障中心');
  });

  it('a document library\'s page: its counters are no title, and the file name gives the title without its number and extension', async () => {
    const text = ['PDF文库 - 千万精品文档,你想要的都能搜到,下载即用。', '102001 某某区文广新局2017年度部门决算公开(1).pdf', '当前文档共32页 2.88', '下载后继续阅读', '102001 某某区文广新局2017年度部门决算公开(1).pdf', '一、部门职责'].join('\n\n');
    const r = await checkBytes('lib.txt', new TextEncoder().encode(`${text}\n`));
    expect(r.facts.department).toBe('某某区文广新局');
    expect(r.facts.fiscalYear).toBe(2017);
    // A file name that starts with its year keeps it.
    const named = await checkBytes('named.txt', new TextEncoder().encode('2017年度某某职业技术学院(某某电大)部门决算.pdf\n\n一、部门职责\n'));
    expect(named.facts.title).toBe('2017年度某某职业技术学院(某某电大)部门决算');
    expect(named.facts.department).toBe('某某职业技术学院(某某电大)');
  });

  it('reads a label spaced out ("名  称:") and a field written with a space ("索引号 …", "所属机构 …") as fields, never part of the title', async () => {
    const lines = [
      '名  称: 某某县某某乡卫生院2023年度部门决算',
      '2023年度某某县某某乡卫生院部门决算',
      '索引号 640522017/2024-00673 文号 生成日期 2024-11-13 10:10:00',
      '公开方式 主动公开 所属机构 某某县卫生健康局 责任部门 某某县卫生健康局',
      '第一部分 单位概况',
    ];
    const r = await checkText(lines.join('\n'));
    expect(r.facts.department).toBe('某某县某某乡卫生院');
    expect(r.facts.title).not.toContain('索引号');
  });
});

describe('the year of a page without title or 年度', () => {
  it('is the one year its text states ("2020年“三公”经费支出431万元"), never a date nor a year compared with', async () => {
    const r = await checkText('2020年“三公”经费支出431万元，比2019年减少12万元。其中公务接待费120万元。\n发布日期：2021年9月3日\n');
    expect(r.facts.fiscalYear).toBe(2020);
  });

  it('is left unknown between two years stated as often', async () => {
    const r = await checkText('2020年“三公”经费支出431万元。2021年“三公”经费预算500万元。\n');
    expect(r.facts.fiscalYear).toBeNull();
  });
});

describe('a portal page whose fields come before the title', () => {
  it('takes the title under "[ 索引号 ]"-style fields, not the site’s banner, and no year or name from a date or a cut-off date', async () => {
    const page = ['某某县人民政府', '搜索', '[ 索引号 ]', '11500233709436995H/2021-00352', '[ 发文字号 ]', '[ 主题分类 ]', '财政', '[ 体裁分类 ]', '财政预算、决算', '[ 发布机构 ]', '某某县民政局', '[ 有效性 ]', '有效', '[ 成文日期 ]', '2021-09-26', '[ 发布日期 ]', '2021-09-26', '某某市某某县社会福利指导中心2020年度部门决算情况说明', '一、部门基本情况'];
    const r = await checkText(`${page.join('\n')}\n`);
    expect(r.facts.department).toBe('某某市某某县社会福利指导中心');
    expect(r.facts.fiscalYear).toBe(2020);
  });

  it('leaves a bulleted field list out of the cover: its 体裁分类 "财政预算、决算" is no title, its 标题 field is', async () => {
    const page = ['部  门', '  • 索引号', '  • 1150/2022-00093', '  • 体裁分类', '  • 财政预算、决算', '  • 发布机构', '  • 某某区某某乡', '  • 标题', '  • 2020年某某区某某乡“三公”经费 情况说明', '  • 发文字号', '', '2020年某某区某某乡“三公”经费 情况说明', '现将某某乡2020年度“三公”经费决算情况公布如下:', '2020年度“三公”经费15.37万元,其中:因公出国(境)费0万元,公务接待费1.34万元,公务用车购置及运行维护费14.03万元。'];
    const r = await checkText(`${page.join('\n')}\n`);
    expect(r.facts.title).toBe('2020年某某区某某乡“三公”经费 情况说明');
    expect(r.facts.fiscalYear).toBe(2020);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps a breadcrumb off the title below it, and the word 部门 after a name off the name', async () => {
    const r = await checkText('政务公开 > 财政 > 财政专题 > 2019市级部门决算专题\n\n某某党派某某市委员会2019年度部门决算\n\n日期:2020-09-03 10:00    来源:某某党派某某市委员会\n');
    expect(r.facts.title).toBe('某某党派某某市委员会2019年度部门决算');
    expect(r.facts.department).toBe('某某党派某某市委员会');
    expect((await checkText('某某省人大常委会办公厅部门2017年度部门决算\n目 录\n')).facts.department).toBe('某某省人大常委会办公厅');
  });

  it('takes the office of a body whole when no title names it (…常委会办公厅, …人民政府办公室)', async () => {
    const body = (name: string) => `一、${name}概况\n(一)主要职能\n1.负责会议的准备工作;\n从预算单位构成看,${name}部门决算包括:本级决算。\n三、${name}2016年度部门决算情况说明\n${name}2016年度收入决算100.00万元。\n`;
    expect((await checkText(body('某某省人大常委会办公厅'))).facts.department).toBe('某某省人大常委会办公厅');
    expect((await checkText(body('某某县人民政府办公室'))).facts.department).toBe('某某县人民政府办公室');
    // Named only in running text, the heading giving no name.
    const text = (name: string) => `一、部门概况\n从预算单位构成看,${name}部门决算包括:本级决算。\n${name}2016年度收入决算100.00万元,${name}2016年度支出决算90.00万元。\n`;
    expect((await checkText(text('某某省人大常委会办公厅'))).facts.department).toBe('某某省人大常委会办公厅');
    expect((await checkText(text('某某县人民政府办公室'))).facts.department).toBe('某某县人民政府办公室');
    expect((await checkText(text('某某市发展和改革委员会'))).facts.department).toBe('某某市发展和改革委员会');
  });

  it('cuts a date off the name it precedes ("2016年某某县人民法院…", "2020年度上半年某某区人民检察院…")', async () => {
    expect((await checkText('2016年某某县人民法院省级部门决算基本情况说明\n作者: 发布时间:2017-08-24\n')).facts.department).toBe('某某县人民法院');
    expect((await checkText('2020年度上半年某某市某某区人民检察院“三公经费”公开\n2020-08-31 来源:某某区人民检察院\n')).facts.department).toBe('某某市某某区人民检察院');
  });
});

describe('the title a PDF repeats as its running header', () => {
  it('is the document’s title and year, not the first table’s title that the cover’s line left to stand first', async () => {
    const { readFacts } = await import('./facts.js');
    const para = (text: string) => ({ kind: 'paragraph' as const, text, heading: null, location: { file: 'x.pdf', page: 1, line: 1, cell: null, text } });
    const blocks = [para('目录'), para('第一部分 部门概况'), para('一、部门职责'), para('负责本区示范事务的管理。'), para('2023 年度收入支出决算总表'), para('公开 01 表')];
    expect(readFacts(blocks).fiscalYear).toBe(2023);
    const facts = readFacts(blocks, [], false, ['上海市某某区示范局 2024 年度部门决算', '上海市某某区示范局 2024 年度部门决算']);
    expect(facts.title?.replace(/\s/g, '')).toBe('上海市某某区示范局2024年度部门决算');
    expect(facts.fiscalYear).toBe(2024);
    expect(facts.department).toBe('上海市某某区示范局');
  });
});

describe('an untitled page of the 三公 alone', () => {
  it('headed by its three items, is one part of an account: no tables or glossary asked of it', async () => {
    const page = ['(一)因公出国(境)经费', '2015年无因公出国(境)人员。', '(二)公务接待费', '2015年公务接待费345950元,较2014年决算数增加270380元,主要原因是机构整合。', '(三)公务用车购置及运行维护费', '2015年公务用车购置及运行维护费2376994元,较2014年决算增加1766685元。', '某区卫生和计划生育局', '2016年12月15日'];
    const r = await checkText(`${page.join('\n')}\n`);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('but an untitled whole account that opens with its totals stays a whole one', async () => {
    const r = await checkText('一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n二、财政拨款“三公”经费支出决算情况说明\n公务接待费0.34万元。\n');
    expect(r.facts.kind).toBe('final');
  });
});

describe('a township’s title', () => {
  it('names the township as the department, not the county government whose site carries it', async () => {
    const page = ['洱源县人民政府', '政府信息公开', '大理州洱源县西山乡2023年度部门决算', '目录', '第一部分 部门概况'];
    const r = await checkText(`${page.join('\n')}\n`);
    expect(r.facts.department).toBe('大理州洱源县西山乡');
  });
});

describe('a sharing site’s file name over the document', () => {
  it('names a template, not the account: its year is not the account’s, nor is it a year written too late', async () => {
    const text = ['2020年预算单位部门决算公开模板', '2017年预算单位部门决算公开', '目录', '第一部分某区残联概况', '第二部分某区残联部门决算表', '第三部分某区残联2017年部门决算情况说明', '第四部分名词解释', '第一部分某区残联概况', '区残联的主要职责是:开展残疾人康复、劳动就业、培训等。', ''].join('\n');
    const r = await checkBytes('page.txt', new TextEncoder().encode(text));
    expect(r.facts.fiscalYear).toBe(2017);
    expect(r.findings.filter((f) => f.rule.startsWith('year-unit.')).map((f) => f.message)).toEqual([]);
  });
});

describe('the department a title names, whatever kind of unit it is', () => {
  const factsOf = async (lines: string[]) => (await checkBytes('page.txt', new TextEncoder().encode(`${lines.join('\n\n')}\n`))).facts;

  it('a unit whose name ends as no office’s does ("…青少年宫", "…第二中学") is the title’s, not the portal’s government ("某某市人民政府网")', async () => {
    const palace = await factsOf(['中国政府网 | 某某市人民政府网 | 某某经济技术开发区网 | |', '某某市某某区青少年宫2023年度决算公开说明', '日期:2024-11-07 来源:区青少年宫', '一、部门基本情况', '某某市某某区青少年宫是公益性事业单位。']);
    expect(palace.department).toBe('某某市某某区青少年宫');
    expect((await factsOf(['某某县第二中学2024年度部门决算', '一、部门基本情况'])).department).toBe('某某县第二中学');
  });

  it('the name before the year when a part of the account follows it ("某某区审计局2024年度财政拨款“三公”经费…"), not the site’s owner above', async () => {
    const f = await factsOf(['某某市某某区人民政府', '某某区审计局2024年度财政拨款“三公”经费支出决算情况', '2024年度“三公”经费支出决算数为5.00万元。']);
    expect(f.department).toBe('某某区审计局');
  });

  it('a title’s name without its region takes the region from the text when the text names the same unit whole', async () => {
    const f = await factsOf(['双桥镇人民政府2020年度一般公共预算财政拨款“三公”经费支出决算情况说明', '某某省某某县双桥镇人民政府2020年度“三公”经费支出决算数为5.00万元。', '某某省某某县双桥镇人民政府公务接待费1.00万元。']);
    expect(f.department).toBe('某某省某某县双桥镇人民政府');
  });

  it('no name from the word 部门 ("第二部分某某区残联年部门决算表") nor from a panel field run into its value ("发布机构某某县人民政府办公室")', async () => {
    expect((await factsOf(['2017年预算单位部门决算公开', '第一部分某某区残联概况', '第二部分某某区残联年部门决算表'])).department).toBeNull();
    const f = await factsOf(['-', '索引号20240913-145937-396', '-', '发布机构某某县人民政府办公室', '-', '发布日期2022-08-30', '2021年某某县本级“三公”经费决算情况说明', '2021年某某县本级一般公共预算财政拨款“三公”经费决算数为1,115.07万元。']);
    expect(f.department).toBeNull();
    expect(f.title).toBe('2021年某某县本级“三公”经费决算情况说明');
  });

  it('a portal’s 公开程序 field ("公开程序 经本单位审核后公开") is no part of the department’s name', async () => {
    const r = await checkText([' 公开程序 经本单位审核后公开', '', '2021年度', '', '某县某镇社区卫生服务中心单位决算', '', '目录', '', '第一部分单位概况'].join('\n'));
    expect(r.facts.department).toBe('某县某镇社区卫生服务中心');
    expect(r.findings.filter((f) => f.rule === 'template.other-department')).toEqual([]);
  });

  it('a project named after a building ("三峡库区生态科普馆项目展陈工程", said twice) is not the department', async () => {
    const line = (n: string) => `${n}.收入情况。2024年度收入合计281.11万元,较上年决算数增加112.8万元,主要原因是增加基层科普行动计划项目、三峡库区生态科普馆项目展陈工程。`;
    const r = await checkText(['一、部门基本情况', '(一)职能职责', '1.依法依章程独立自主开展工作。', '二、部门决算收支情况说明', line('2'), line('3')].join('\n'));
    expect(r.facts.department).toBeNull();
  });

  it('a table’s column head ("2020年" over "决算数") below the title is not taken for the title', async () => {
    const f = await factsOf(['2021年某某县本级“三公”经费决算情况说明', '2021年某某县本级“三公”经费决算数为1,115.07万元。', '单位:万元', '项目', '2020年', '决算数']);
    expect(f.title).toBe('2021年某某县本级“三公”经费决算情况说明');
    expect(f.fiscalYear).toBe(2021);
  });
});
