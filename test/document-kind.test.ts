import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkFile, checkText } from '../src/check.js';

const KINDS = 'test/fixtures/kinds';

describe('a document of another kind is said to be out of scope, and no final-account rule runs', () => {
  it.each([
    ['budget-district-2026.txt', 'budget', '部门（单位）预算公开'],
    ['government-final-district-2024.txt', 'government-final', '政府财政总决算'],
    ['news-page.html', 'other', '非决算公开文本'],
  ])('%s is recognised as %s', async (file, kind, words) => {
    const r = await checkFile(`${KINDS}/${file}`);
    expect(r.facts.kind).toBe(kind);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'completeness.document-kind', severity: 'info' });
    expect(r.findings[0]?.message).toContain(words);
    expect(r.coverage.rulesRun).toBe(1);
  });

  it.each([
    ['某某市某某区2024年决算报告', '2024年,全区一般公共预算收入53.24亿元,增长6.3%。'],
    ['2022年某某区人民政府决算公开', '目 录\n第一部分 决算报告\n第二部分 决算报表\n1、2022年度某某区一般公共预算收入表'],
    ['某某市某某区人民政府\n关于2024年财政决算(草案)的报告', '一般公共预算收入完成36.82亿元,为预算调整数的102.3%,同比下降9.7%。'],
    ['关于某某市2024年市级决算及2025年上半年预算执行情况的报告', '全市一般公共预算收入8374.2亿元,为预算的95.9%,比2023年增长0.7%。'],
    ['关于2024年财政决算及 2025年上半年预算执行情况报告及附件公开', '区一般公共预算收入180.97亿元,为预算的102.27%。'],
    ['关于2024年中央本级经济分类支出决算的说明', '2024年中央本级支出决算数为40720.18亿元。具体情况如下:'],
  ])('a region\'s own 决算 ("%s") is a government\'s final accounts', async (title, body) => {
    const r = await checkText(`${title}\n${body}\n`);
    expect(r.facts.kind).toBe('government-final');
    expect(r.findings).toHaveLength(1);
  });

  it.each([
    ['一、2020年某某区收支决算', '1.一般公共预算收支及其平衡情况', '全区一般公共预算总收入410338万元，完成调整后预算的97.3%，加上级补助收入120846万元，债务转贷收入16714万元，调入预算稳定调节基金44421万元。'],
    ['（某某市）某某区2021年财政收支情况', '一、一般公共预算', '区人民代表大会审议通过的2021年一般公共预算收入为355000万元，实际收入377841万元。其中：税收收入322551万元，增值税收入100103万元。'],
  ])('a government\'s own accounts told by what they speak of ("%s")', async (title, heading, body) => {
    const r = await checkText(`${title}\n${heading}\n${body}\n`);
    expect(r.facts.kind).toBe('government-final');
    expect(r.findings).toHaveLength(1);
  });

  it('a finance bureau whose duties name the region\'s budget and debt is a department', async () => {
    const r = await checkText('某某区财政局2024年度决算公开说明\n第一部分 概况\n一、部门职责\n负责全区财政收支管理，编制全区一般公共预算、政府性基金预算；负责地方政府债务管理；受区政府委托向区人民代表大会报告预算执行情况，经审议批准后组织执行。\n第二部分 2024年度决算情况说明\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n');
    expect(r.facts.kind).toBe('final');
  });

  it('a unit\'s page whose portal prints its fields twice before the title (部门决算草案) is a department\'s, though the page is named 财政决算信息', async () => {
    const fields = '索引号: 12341600MB/202308-00001 组配分类: 预决算信息\n发布机构: 某某市第十二幼儿园 主题分类: 教育\n有效性: 有效 关键词:\n名称: 某某市第十二幼儿园2022年度财政决算信息 文号:\n发文日期: 2023-08-18 发布日期: 2023-08-18\n';
    const column = '索引号: 12341600MB/202308-00001\n组配分类: 预决算信息\n发布机构: 某某市第十二幼儿园\n主题分类: 教育\n有效性: 有效\n关键词:\n名称: 某某市第十二幼儿园2022年度财政决算信息\n文号:\n发文日期: 2023-08-18\n发布日期: 2023-08-18\n';
    const r = await checkText(`某某市第十二幼儿园\n当前位置: 网站首页 > 政府信息公开 > 预决算信息\n${fields}${column}某某市第十二幼儿园2022年度财政决算信息\n\n附件\n\n某某市第十二幼儿园\n\n2022年度部门决算草案\n\n目录\n\n第一部分 部门概况\n`, { file: 'page.txt' });
    expect(r.facts.kind).toBe('final');
  });

  it('a department that mentions its region\'s budget once is still a department', async () => {
    const r = await checkText('某某区财政局2024年度部门决算\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。本局负责编制全区财政预算。\n');
    expect(r.facts.kind).toBe('final');
  });

  it('a budget\'s page told by its own heading (预算安排情况说明), never saying 决算, is a budget', async () => {
    const r = await checkText('（二）政府采购预算安排情况说明。\n2023年政府采购预算17000元，同比增加17000元。其中：政府集中采购预算17000元，占政府采购预算的100%。\n（三）国有资产的总体情况说明。\n共有车辆1辆。\n');
    expect(r.facts.kind).toBe('budget');
    expect(r.findings).toHaveLength(1);
  });

  it('news of the work of publishing accounts, headlined "…部门决算公开工作", is out of scope; an account\'s own title over the same words is not', async () => {
    const news = '某某区财政局深入推进全区2021年度部门决算公开工作\n\n更新时间:2022-11-18 11:49 发布时间:2022-11-18 11:47 来源:某某区财政局\n\n近日，全区69个部门和部门所属126个单位完成了2021年度决算信息公开。\n\n一是强化担当意识，压实主体责任。区财政局印发通知，明确各部门是决算公开主体。\n';
    const r = await checkText(news);
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const own = await checkText('某某区某某局2021年度部门决算\n\n为做好2021年度部门决算公开工作，现将有关情况说明如下。\n\n一、部门主要职责\n\n负责全区某某工作。\n');
    expect(own.facts.kind).toBe('final');
  });

  it('a self-evaluation report or sheet published on its own is one part, whatever words its title puts between 绩效 and 报告', async () => {
    const titles = [
      '某某市某某调度中心2022年整体和项目支出绩效自评总结报告',
      '某某州某某发展中心2024年度项目支出绩效单位自评报告',
      '部门预算项目支出绩效自评表(2023年度)',
    ];
    for (const title of titles) {
      const r = await checkText(`- 发布机构: 某某中心\n- 时效性: 有效\n${title}\n一、基本情况\n本年度本中心实施项目共15个，年初批复预算8个项目，全年执行率98.5%。\n`);
      expect(r.facts.kind, title).toBe('final-part');
      expect(r.findings.filter((f) => f.severity !== 'info'), title).toEqual([]);
    }
  });

  it('a self-evaluation report is one part also when the portal\'s fields, set as rows of cells, name its column 预决算 above the title', async () => {
    const fields = ['索引号 | 01234567-8-/2020-0828015 | 发布机构 | 某某市林业和草原局 |', '公开目录 | 财政预决算 | 发布日期 | 2020-08-28 14:40:05 |', '文号 | 浏览量 |'];
    const report = ['某某市林业局某某推广站2019年度绩效自评报告', '(某某技术示范推广项目)', '项目实际到位资金5万元，项目资金实际支出5万元，执行率为100%。'];
    const r = await checkText(`${[...fields, ...report].join('\n')}\n`);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a self-evaluation sheet of targets, of a special fund or of a transfer payment published on its own is one part', async () => {
    const titles = ['2020年度县级专项资金绩效目标自评表', '2021年度市级专项资金绩效自评表', '2022年度中央转移支付绩效自评表', '2021年度某某项目绩效目标完成情况自评表', '2023年度绩效自评表'];
    const sheet = [
      '专项资金名称 县级储备粮 县级主管部门 某县商务和粮食局',
      '项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)',
      '年度资金总额 194.9 194.9 100%',
      '一级指标 二级指标 三级指标 年度指标值 全年完成值',
      '产出指标 数量指标 储备到位率 100% 100%',
    ].join('\n');
    for (const title of titles) {
      const r = await checkText(`${title}\n${sheet}\n`);
      expect(r.facts.kind, title).toBe('final-part');
      expect(r.findings.filter((f) => f.severity !== 'info'), title).toEqual([]);
    }
  });

  it('a text that opens with a self-evaluation sheet whose rows stand as lines of "|"-parted cells is one part', async () => {
    const sheet = [
      '单位名称:某某镇政府 填报日期:2021.5.18',
      '单位名称 | 某某镇人民政府 | ||||||||',
      '基本支出总额 | 864.2万 | 项目支出总额 | 0 | ||||||',
      '预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||',
      '部门整体支出总额 | 864.2 | 100% | 20 | ||||||',
      '年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||',
      '产出指标 | 数量指标 | 办结信访案件 | 168起 | 168起 | 10 | ||||',
      '备注:',
      '1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。',
    ].join('\n');
    const r = await checkText(sheet);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a title naming the 三公 of a 部门决算 published on its own ("…2017年部门决算“三公”经费公开") is one part', async () => {
    const r = await checkText('某某县食品药品监督管理局2017年部门决算“三公”经费公开\n\n一、“三公”经费财政拨款支出决算总体情况说明\n\n某某县食品药品监督管理局2017年度“三公”经费财政拨款支出决算为28.98万元，比上年减少22.02万元，下降43.18%。\n', { file: 'page.txt' });
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') || f.rule === 'glossary.present').filter((f) => f.rule !== 'completeness.document-kind')).toEqual([]);
  });

  it('a title naming the 三公 after a dash, below a portal\'s links ("设为首页 | 繁体中文" / "…部门决算公示说明—三公经费"), is one part of the department\'s', async () => {
    const r = await checkText('设为首页 | 繁体中文 |无障碍浏览 |智能机器人\n2015年某某省文化厅部门决算公示说明—三公经费\n来源:某某省文化厅\n\n厅本级2015年共计支出“三公经费”394.85万元，其中：因公出国(境)支出186.42万元，公务接待费支出15.71万元，公务用车购置及运行维护费支出192.72万元。\n', { file: 'page.txt' });
    expect(r.facts.kind).toBe('final-part');
    expect(r.facts.department).toBe('某某省文化厅');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a 三公 title without 决算 or 预算, over text that states only budgets ("“三公”经费预算为100万元"), is a budget', async () => {
    const r = await checkText('2016年市本级财政拨款“三公”经费情况说明\n\n经市财政局汇总，2016年“三公”经费预算为100万元，其中，公务接待费40万元，因公出国(境)费10万元，公务用车购置及运行维护费50万元。2016年“三公”经费预算汇总数较上年减少9万元。\n', { file: 'page.txt' });
    expect(r.facts.kind).toBe('budget');
    const spent = await checkText('2016年市本级财政拨款“三公”经费情况说明\n\n2016年“三公”经费支出决算为100万元，其中，公务接待费40万元，因公出国(境)费10万元，公务用车购置及运行维护费50万元，“三公”经费预算为110万元。\n', { file: 'page.txt' });
    expect(spent.facts.kind).toBe('final-part');
  });

  it('a text that says 决算 with nothing of an account (no account title, table, contents, section or account amount) is about accounts, not one', async () => {
    const news = await checkText('日前，某县财政局将该县本级135个预算单位的2023年部门决算正式批复下达给各单位。部门决算的批复下达为单位向全社会公开决算提供了基础。\n', { file: 'page.txt' });
    expect(news.facts.kind).toBe('other');
    const report = await checkText('一、总体情况\n2022年，某区审计局严格按照政务公开工作的要求和部署，不断提高政务信息公开工作的规范化水平。\n（三）预决算信息公开情况\n主动公开2021年度局本级及下属事业单位决算情况，于2022年9月5日在门户网站上公开。全年主动公开信息230条。\n', { file: 'page.txt' });
    expect(report.facts.kind).toBe('other');
    // An untitled piece of an account, with an account's amount, is still checked as one.
    const piece = await checkText('纳入本部门2023年度部门决算编制范围的单位共2个。2023年度本部门财政拨款收入800.00万元，比上年增加20.00万元，增长2.56%。\n', { file: 'page.txt' });
    expect(piece.facts.kind).not.toBe('other');
  });

  it('a notice cut off in a clause that says 决算 ("…的资产决算材料, ……") has no title in that clause', async () => {
    const text = ['国管资〔2021〕9号', '各部门、各单位:', '为进一步加强中央行政事业单位国有资产管理，根据《中央行政事业单位国有资产管理暂行办法》，我局将组织开展2020年度中央行政事业单位国有资产决算报告编报工作，现就有关事项通知如下:', '一、报表编制及报送', '各部门、各单位组织机关本级和所属各级财务独立核算单位全面清查盘点，核实2020年度资产存量情况。', '二、集中会审', '各部门、各单位统一审核汇总所属各级财务独立核算单位的资产决算材料, ……'].join('\n');
    expect((await checkText(text, { file: 'page.txt' })).facts.kind).toBe('other');
  });

  it('a reposted article ("原标题:…" as its first line) is news about an account, not one', async () => {
    const text = '原标题:“亚洲最大医院”郑大一附院年收入近219亿\n近日，郑州大学第一附属医院在官网公布了其2021年度单位决算。报表显示，郑大一附院2021年收入合计218.78亿元，合计支出为208.34亿元。\n';
    const r = await checkText(text, { file: 'page.txt' });
    expect(r.facts.kind).toBe('other');
    expect(r.facts.kindReason).toContain('原标题');
    // The same text without the line is taken for an account: the cue decides.
    expect((await checkText(text.split('\n').slice(1).join('\n'), { file: 'page.txt' })).facts.kind).not.toBe('other');
  });

  it('a short notice under headings of its own, without 决算 or an account\'s section, is checked as one part, not asked for the tables', async () => {
    const r = await checkText('现将2024年本级体育彩票公益金筹集、使用情况公告如下:\n一、彩票公益金分配情况\n2024年本级体育彩票公益金总收入221万元,总支出221万元。\n二、本级体育彩票公益金使用情况\n用于全民健身支出198万元,用于竞技体育23万元。\n特此公告。\n', { file: 'page.txt' });
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('"…2017年度部门决算及“三公”经费决算公开说明" names the whole account, the 三公 beside it', async () => {
    const r = await checkText('某某州水务局(本级)2017年度部门决算及"三公"经费决算公开说明\n一、某某州水务局(本级)概况\n(一)主要职能\n负责全州水资源的统一监督管理。\n', { file: 'page.txt' });
    expect(r.facts.kind).toBe('final');
  });

  it('a social insurance fund\'s account ("某市2021年基本医疗保险基金决算情况公开") is a government\'s, not a department\'s', async () => {
    const r = await checkText('某市2021年基本医疗保险基金决算情况公开\n一、基金收入情况\n2021年，全市基本医疗保险基金收入296841万元，其中：城镇职工基本医疗保险基金收入109997万元，比上年增长12.75%。\n二、基金支出情况\n2021年，全市基本医疗保险基金支出262866万元。\n', { file: 'page.txt' });
    expect(r.facts.kind).toBe('government-final');
  });

  it('a text without title whose only sections are other matters (机关运行经费, 政府采购, 国有资产) is one part', async () => {
    const r = await checkText(
      [
        '1、机关运行经费支出情况。2019年度本单位机关运行经费支出52.30万元，比上年减少3.10万元，下降5.6%。',
        '2、关于政府采购支出情况。本年度无政府采购支出。',
        '3、关于国有资产占用情况。截至2019年12月31日，本单位共有车辆2辆。',
      ].join('\n'),
      { file: 'part.txt' },
    );
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') || f.rule === 'glossary.present').filter((f) => f.rule !== 'completeness.document-kind')).toEqual([]);
  });

  it('a title set over three lines, its last spaced out ("情 况 说 明"), names the part it publishes and does not run into the text', async () => {
    const r = await checkText(
      ['某县科学技术协会', '关于财政拨款“三公”经费2016年决算的', '情 况 说 明', '某县科学技术协会财政拨款“三公”经费2016年决算情况如下：', '一、公务接待费', '2016年公务接待费0.62万元，较上年减少0.05万元。'].join('\n'),
      { file: 'part.txt' },
    );
    expect(r.facts.kind).toBe('final-part');
    expect(r.facts.title).toMatch(/情 况 说 明$/);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a text without title or heading that opens with the 三公 alone is one part', async () => {
    const r = await checkText('根据《预算法》的有关规定，经汇总，2022年某某州州本级部门使用财政拨款安排“三公”经费支出总额为8,237.23万元，比年初预算增加1317.14万元。其中：因公出国（境）费0万元，公务接待费300.00万元。\n');
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') && f.rule !== 'completeness.document-kind')).toEqual([]);
  });

  it('a short paragraph with no title that neither says 决算 nor states an account\'s totals is checked as a part, not asked for tables and a glossary', async () => {
    const r = await checkText('比如，某部2019年度政府采购支出总额33509.75万元，其中授予中小企业合同金额32407.19万元，占政府采购支出总额的96.7%。\n有关负责人解释，政府采购政策体系能够丰富财政调控方式和手段。\n');
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a text without title that opens with its totals is a whole account', async () => {
    const r = await checkText('2024年度收、支总计238.67万元，其中“三公”经费支出2.75万元。\n');
    expect(r.facts.kind).toBe('final');
  });

  it('a text in the traditional script is read converted and checked as a part of an account, not for missing parts', async () => {
    const r = await checkText('某某市政務服務中心2023年度部門決算公開說明\n第一部分 單位概況\n一、主要職能\n第二部分 2023年度部門決算情況說明\n一、收入支出決算總體情況說明\n2023年度收、支總計238.67萬元。\n二、財政撥款收入支出決算總體情況說明\n2023年度財政撥款收、支總計均為238.67萬元。\n三、一般公共預算財政撥款“三公”經費支出決算情況說明\n');
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.message).toContain('繁体字网页副本');
  });

  it('a simplified text quoting a few traditional characters is read as usual', async () => {
    const r = await checkText('某某局2024年度部门决算\n一、收入支出决算总体情况说明\n2024年度收、支总计238.67万元（原文“決算”“說明”照录）。\n');
    expect(r.facts.kind).toBe('final');
  });

  it('a government\'s budget report is a budget, said to be the government\'s', async () => {
    const r = await checkText('某某市某某区2020年预算执行情况和2021年预算草案的报告\n主任、各位副主任、各位委员：\n2020年，区级一般公共预算收入198.03亿元，完成调整预算的100%。\n');
    expect(r.facts.kind).toBe('budget');
    expect(r.findings[0]?.message).toContain('政府预算报告');
  });

  it('a report read to the people\'s congress, without a title, is a government\'s final accounts', async () => {
    const r = await checkText('主任、各位副主任、各位委员：我受区人民政府的委托，作关于2023年区本级决算和2024年上半年预算执行情况的报告。\n全区一般公共预算收入326.7亿元，增长6.3%。\n');
    expect(r.facts.kind).toBe('government-final');
    // A department's own account addressing nobody stays a final account.
    const dept = await checkText('某某局2024年度部门决算\n各位委员所在的委员会办公室负责日常工作。\n2024年度收、支总计均为238.67万元。\n');
    expect(dept.facts.kind).toBe('final');
  });

  it('a 三公 budget without a title ("“三公”经费预算总额为1969万元，较2024年…减少221万元") is a budget, not one part of a final account', async () => {
    const r = await checkText('根据《某某省预决算公开操作规程》的有关规定，经某某市财政局汇总，2025年全市使用财政拨款安排“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%；其中：因公出国(境)经费40万元，较上年持平；公务接待费242万元，较上年减少12万元，下降4.7%。\n');
    expect(r.facts.kind).toBe('budget');
  });

  it('a government\'s report on its budget execution and accounts, without a title, is a government\'s', async () => {
    const r = await checkText(
      '根据《中华人民共和国预算法》有关规定，现将2022年上半年财政预算执行情况和2021年决算(草案)报告如下。\n今年以来，财政部门认真贯彻落实全旗经济工作会议精神。\n(一)公共财政预算收入情况\n经旗第十八届人民代表大会第一次会议批准全旗公共财政预算收入35.6亿元，增长3.5%。上半年，旗本级公共财政预算收入完成19.8亿元，同比增长18.9%。\n',
    );
    expect(r.facts.kind).toBe('government-final');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // A department's own account says what it discloses, not what it reports to the congress.
    const dept = await checkText('现将某某县财政局2022年度部门决算公开如下。\n一、收入支出决算总体情况说明\n2022年度收、支总计均为238.67万元。\n');
    expect(dept.facts.kind).toBe('final');
  });

  it('an audit office\'s report to the congress is out of scope, said to be an audit; an audit office\'s own account is not', async () => {
    const r = await checkText(
      '某某市某某区审计局局长 某某某\n2023年9月28日\n主任、各位副主任、各位委员:\n我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。\n报告期间内共完成审计项目19个,涉及违规金额2377.2万元。\n一、财政管理审计情况\n据区财政部门决算草案反映,2022年,区级\n',
    );
    expect(r.facts.kind).toBe('other');
    expect(r.findings.map((f) => f.severity)).toEqual(['info']);
    expect(r.findings[0]?.message).toContain('审计工作报告');
    const own = await checkText('某某区审计局2022年度部门决算\n一、部门职责\n向区人大常委会提出对预算执行和其他财政收支的审计工作报告。\n2022年度收、支总计均为238.67万元。\n');
    expect(own.facts.kind).toBe('final');
  });

  it('pages of a budget without its title, stating this year\'s amounts as budgets and never saying 决算, are a budget', async () => {
    const text = [
      '1. 基本支出预算 2476260.58 元,占一般公共预算支出的84.06%,同比减少 4966.66 元,下降 0.2%。其中:',
      '工资福利支出预算 2016908.34 元,占基本支出预算81.45%,同比增加 33279.22 元,增长 1.68%。',
      '商品和服务支出预算 445372.24 元,占基本支出预算17.99%,同比减少 36235.88 元,下降 7.52%。',
      '六、一般公共预算基本支出情况说明',
    ].join('\n');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('budget');
  });

  it('a 三公 page of a final account that never says 决算 but compares with 年初预算 is not a budget', async () => {
    const text = [
      '一、“三公”经费财政拨款支出总体情况说明。',
      '2023年度本部门“三公”经费支出2.05万元,较上年减少0.03万元,减少了1.44%。',
      '二、“三公”经费财政拨款支出与年初预算对比情况。',
      '2023年度“三公”经费支出2.05万元,年初预算为2.95万元,差值为0.9万元。其中:公务接待费支出2.05万元,年初预算为2万元。',
    ].join('\n');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('final-part');
  });

  describe('年初预算 said of a budget\'s own year is no final-account word', () => {
    const budgetPage = [
      '一、单位基本情况',
      '某县文化馆为县级部门预算单位,内设3个股室。',
      '二、部门收支总体情况',
      '(一)收入预算:2025年年初预算数432.10万元,其中:一般公共预算拨款402.10万元,其他收入30万元。',
      '(二)支出预算:2025年年初预算数432.10万元,其中:文化旅游体育与传媒支出380.00万元,住房保障支出52.10万元。',
    ];
    it('an untitled budget page ("收入预算:2025年年初预算数…", 部门预算单位, never 决算) is a budget', async () => {
      const r = await checkText(`${budgetPage.join('\n')}\n`);
      expect(r.facts.kind).toBe('budget');
      expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
    });

    it('the page without its 收入预算/支出预算 labels, told by 部门预算单位 and its year\'s 年初预算数, is a budget', async () => {
      const r = await checkText(`${[...budgetPage.slice(0, 3), '2025年年初预算数432.10万元,其中:一般公共预算拨款402.10万元,其他收入30万元。'].join('\n')}\n`);
      expect(r.facts.kind).toBe('budget');
    });

    it.each([
      ['compares it with 决算', '(一)收入预算:2025年年初预算数432.10万元,收入决算420.30万元,完成年初预算的97.27%。'],
      ['says it was completed, without 决算', '(一)收入预算:2025年年初预算数432.10万元,全年收入420.30万元,完成年初预算的97.27%。'],
      ['states what was executed against it, without 决算', '(一)收入预算:2025年年初预算数432.10万元,执行数420.30万元,执行率97.27%。'],
      ['names 年初预算 without its year, beside the amount spent', '(一)收入预算:本年收入420.30万元,年初预算为432.10万元。'],
    ])('the same page that %s is not a budget', async (_, line) => {
      const r = await checkText(`${[...budgetPage.slice(0, 3), line].join('\n')}\n`);
      expect(r.facts.kind).not.toBe('budget');
    });
  });

  // Pages of the kinds the scouts met on real sites, each told as what it is; none gets an error.
  it.each([
    ['a titleless 三公 statement, though a table after it is captioned with 决算 (a caption is no title)', 'final-part', [
      '按照信息公开的工作安排，某某区2019年一般公共预算安排“三公”经费决算数120万元，比上年决算数下降10.00%。',
      '其中因公出国（境）经费5万元，公务接待费60万元，公车购置及运行费55万元。',
      '2019年决算数与2018年决算数对比情况',
      '年度 | 合计 | 因公出国（境）经费 | 公务接待费 | 公车购置及运行费',
    ]],
    ['a supplement to a published final account ("…部门决算公开补充说明")', 'final-part', [
      '某某市某某局2015年部门决算公开补充说明',
      '现对我部门2015年度决算未公开“三公”经费的有关内容做如下补充说明：',
      '2015年公务接待费支出17万元，较2014年增加1.63万元，增幅10.60%。',
    ]],
    ['a title naming the 三公 alone, without 决算, under a breadcrumb naming 决算', 'final-part', [
      '当前位置: 首页>>政务公开>>区级预算、决算、三公经费公开>>正文',
      '某某市某某区2019年度“三公”经费公开说明',
      '2019年度本级“三公”经费支出合计585.53万元，同比减少144.92万元。',
    ]],
    ['a title naming the 三公 broken over two lines ("…“三公”经费财政拨款" / "决算情况说明")', 'final-part', [
      '某局2015年度“三公”经费财政拨款',
      '决算情况说明',
      '一、“三公”经费的单位范围',
      '某局有一般公共预算财政拨款预算安排“三公”经费的单位包括某局本级单位。',
      '2015年度“三公”经费财政拨款年度预算为5.5万元,支出决算为2.11万元,完成预算的38.36%。',
    ]],
    ['no title, the 三公 with its own 支出合计', 'final-part', [
      '现将某某镇2021年度“三公”经费决算情况公布如下：',
      '2021年度全镇“三公”经费支出合计40.14万元。其中，因公出国（境）费0万元；公务用车购置及运维费30.93万元；公务接待费9.21万元。',
    ]],
    ['a title naming 部门决算 and the 三公', 'final-part', ['2023年某某市部门决算“三公经费”一般公共预算财政拨款支出情况说明', '2023年度“三公”经费支出合计40.14万元，比上年减少2.97万元。']],
    ['a title naming 部门决算 and 其他事项', 'final-part', ['2016年部门决算其他事项说明', '一、决算收支增减变化情况说明', '2016年部门收入564.90万元，支出523.86万元。']],
    ['a performance report full of 预算 figures and no 决算 ("…绩效自评总报告")', 'final-part', [
      '《2022年度项目支出绩效自评总报告.docx》由会员分享，可在线阅读。',
      '2022年度项目支出绩效自评总报告为切实做好2022年度财政项目支出绩效评价工作，对我处2022年度项目支出绩效进行了自评。',
      '1、设施维修项目：预算35.3万元，2022年全年实际支付35.3万元，使用率100%。',
      '2、专项资金项目：预算20万元，2022年全年实际支付20万元，使用率100%。',
      '3、运行保障项目：预算12万元，2022年全年实际支付11.5万元，使用率95.83%。',
    ]],
    ['an untitled budget stating "2017年初预算收入…" (年初 run into its year) beside 部门预算单位构成', 'budget', [
      '一、主要职能 政协章程规定,政协全国委员会和各级地方委员会的主要职能是政治协商、民主监督、参政议政。 二、部门预算单位构成 从单位构成看,区政协包括办公室、提案委员会。 三、部门收支概况 (一)2017年初预算收入275.7248万元,其中:一般公共预算拨款226.7248万元,专项资金拨款49万元。 (二)2017年初预算支出275.7248万元。 四、“三公”经费预算情况 2017年“三公”经费预算数为19.8万元,其中:公务用车运行费8万元,公务接待费11.8万元。',
    ]],
    ['a unit’s budget under a breadcrumb and a portal field that name 决算 beside 预算', 'budget', [
      '您当前的位置:首页>某局>政务公开>法定主动公开内容>预算/决算>预算公开',
      '[ 体裁分类 ] 财政预算、决算',
      '某县某站2026年单位预算情况说明',
      '(一)收入预算:2026年年初预算数3,009.40万元,其中:一般公共预算拨款2,970.17万元,其他收入32万元,上年结转结余资金7.23万元。',
    ]],
    ['a unit’s budget under a portal’s list of fields, each label bulleted and bracketed ("• [ 体裁分类 ]" / "• 财政预算、决算")', 'budget', [
      '  • [ 主题分类 ]',
      '  • 财政、金融、审计',
      '  • [ 体裁分类 ]',
      '  • 财政预算、决算',
      '  • [ 发布机构 ]',
      '  • 某县某局',
      '某县某局(本级)2026年单位预算情况说明',
      '(一)收入预算:2026年收入合计630.68万元,主要是一般公共预算拨款602.73万元,其他收入27.95万元。',
    ]],
    ['a unit’s budget under a bare breadcrumb naming 决算', 'budget', [
      '首页>政务公开>财政预决算>预算/决算',
      '某县某站2026年单位预算情况说明',
      '(一)收入预算:2026年年初预算数3,009.40万元,其中:一般公共预算拨款2,970.17万元。',
    ]],
    ['a 三公 budget page (no title, no 决算) comparing with last year’s 年初预算', 'budget', [
      '根据某某市人民代表大会批准的某某市本级2024年预算，2024年市本级“三公”经费支出预算安排情况如下：',
      '2024年，一般公共预算安排的“三公”经费支出共计520万元，比2023年预算数减少30万元。其中：',
      '公务接待费120万元，比上年年初预算减少20万元。',
      '公务用车运行维护费400万元，比上年年初预算减少10万元。',
    ]],
    ['a unit’s 三公 budget ("…“三公”经费预算2014年情况如下", "安排公务接待费预算8万元")', 'budget', [
      '某某市某某中心财政拨款“三公”经费预算2014年情况如下：',
      '一、因公出国（境）经费',
      '2014年没有安排出国计划。',
      '二、公务接待费',
      '2014年安排公务接待费预算8万元，较上年预算下降20%。',
    ]],
    ['a 三公 budget titled "…“三公”经费预算情况"', 'budget', [
      '某某区2019年财政拨款“三公”经费预算情况',
      '2019年某某区“三公”经费预算总额1,938万元，同比增长20.07%；其中：因公出国（境）费43万元，公务接待费393万元。',
    ]],
    ['a government’s budget report’s tables ("…预算执行情况和2022年财政预算(草案)相关表格")', 'budget', [
      '关于某某区2021年财政预算执行情况和2022年财政预算(草案)相关表格',
      '税收收入小计 | 增值税 | 企业所得税',
    ]],
    ['a budget naming the regulation on 预决算公开, saying 现将…部门预算公开如下', 'budget', [
      '按照《预算法》、《地方预决算公开操作规程》，现将2022年部门预算公开如下：',
      '一、部门职责',
      '某某学区的主要职能是实施全镇义务教育的管理。',
      '二、部门预算收入及支出总体情况',
      '2022年收入预算3038.92万元，比2021年3019万元增加19.92万元，增长0.66%。',
    ]],
    ['a budget’s pages saying 预算 over and over, with two amounts as budgets in one paragraph', 'budget', [
      '五、一般公共预算支出情况说明',
      '2021年一般公共预算拨款支出1493924.6元，其中：基本支出1440224.6元，项目支出53700元，具体支出预算如下：',
      '（一）一般公共预算支出按支出功能分类科目划分。机构运行1100910.5元。',
      '（二）按支出结构分类划分，分为基本支出预算和项目支出预算。',
      '1.基本支出预算1440224.60元，占一般公共预算支出的96.41%，同比减少12602.40元，下降0.87%。其中：工资福利支出预算1308312.6元，占基本支出预算的90.84%；商品和服务支出预算131912元，占基本支出预算的9.16%，项目支出预算53700元。',
    ]],
    ['a news item on the work of publishing final accounts, with no amount', 'other', [
      '根据县人大常委会会议精神，县财政局三举措扎实开展2021年度部门决算公开工作，截至目前，全县156个部门及下属单位已完成2021年度部门决算公开工作。',
      '一是统一职责主体，细化责任分工。明确国库股作为部门决算公开的牵头股室。',
      '二是统一公开模板，深化决算公开内容。',
    ]],
    ['a society’s financial statement that never says 决算 ("财务收支情况", amounts in 元)', 'other', [
      '一、财务管理概况',
      '某某学会财务管理工作由某某研究院财务处代为管理，实行专人负责，按照独立账户进行核算。',
      '二、财务收支情况',
      '（一）收入情况',
      '截止2015年12月31日，2015年收入合计496,161.41元，其中会费收入120,000.00元。',
      '（二）支出情况',
      '2015年支出合计402,517.36元，其中：会议费支出186,300.00元，主要用于召开学会年会、理事会和各专业委员会学术研讨会；差旅费支出75,210.40元，主要用于学会工作人员及专家参加学术交流活动；印刷费支出40,800.00元，主要用于会刊、会议论文集的印制；劳务费支出60,000.00元，主要用于会议组织和专家咨询；其他支出40,206.96元。',
      '三、资产负债情况',
      '截止2015年12月31日，学会资产总额1,235,816.22元，其中货币资金1,180,416.22元，应收款项55,400.00元；负债总额35,000.00元，为预收的下年度会费；净资产1,200,816.22元，比上年增加93,643.05元，主要是收入大于支出形成的结余。',
      '四、下一步工作',
      '学会将继续严格执行国家财经法律法规和学会各项财务管理制度，进一步规范会议费、差旅费等支出的审批程序，加强对分支机构财务工作的指导和监督，按时向理事会报告年度财务收支情况，自觉接受会员和社会的监督。',
    ]],
    ['a hospital’s 财务信息公示 with its income and spending compared with last year, never saying 决算', 'other', [
      '某某区中医医院财务信息公示',
      '某某市公立医院情况对比表',
      '项目 | 2016年度 | 2017年度 | 增减%',
      '收入总计 | 58596771.09 | 117154424.70 | 99.93%',
      '财政补助收入 | 6909800.00 | 55508400.00 | 703.33%',
      '科教项目收入 | 0.00 | 0.00 | ',
      '医疗收入 | 51420916.22 | 61360289.59 | 19.33%',
      '其他收入 | 266054.87 | 285735.09 | 7.40%',
      '支出总计 | 68040296.80 | 73952025.38 | 8.69%',
      '医疗业务成本 | 47100683.28 | 50633210.15 | 7.50%',
      '财政项目补助支出 | 6909800.00 | 9508400.00 | 37.61%',
      '管理费用 | 12890312.52 | 12750115.23 | -1.09%',
      '其他支出 | 1139501.00 | 1060300.00 | -6.95%',
      '二、资产负债情况对比',
      '资产总计 | 152310245.61 | 198523366.20 | 30.34%',
      '流动资产 | 40215306.27 | 85310211.60 | 112.13%',
      '固定资产 | 98650211.33 | 100412066.52 | 1.79%',
      '负债总计 | 50120233.80 | 52013544.31 | 3.78%',
      '净资产总计 | 102190011.81 | 146509821.89 | 43.37%',
      '三、业务量对比',
      '门诊人次 | 210356 | 225103 | 7.01%',
      '出院人次 | 10235 | 11021 | 7.68%',
      '实际占用总床日数 | 90210 | 95410 | 5.76%',
      '四、医疗费用情况对比',
      '门诊病人次均医药费用 | 168.21 | 172.35 | 2.46%',
      '出院病人人均医药费用 | 4236.51 | 4310.22 | 1.74%',
    ]],
    ['a newspaper’s article on districts’ 三公决算 ("作者/责任者", "文献资料来源:新快报")', 'other', [
      '某某11区晒“三公”决算 其中9区下降',
      '作者/责任者:某某某',
      '文献资料来源:新快报-A03',
      '2015年度11个区的公务接待费决算均有所下降，某某区较上一年度下降502.01万元，降幅达37.75%。',
    ]],
    ['a news agency’s report on a ministry’s final accounts ("中新网7月18日电")', 'other', [
      '中新网7月18日电 某某部2014年度部门决算近日公布，2014年度收入决算总计123.45亿元。',
      '报道称，该部2014年度“三公”经费财政拨款支出决算为1.23亿元，比年初预算减少0.12亿元。',
    ]],
    ['a portal’s news on public procurement with a province’s budget figures', 'other', [
      '您所在的位置: 首页 >>新闻中心 >> 财政动态',
      '我省政府采购信息统计工作受到财政部通报表扬',
      '2020-10-23 16:34:31 来源:政府采购处 访问:152',
      '2019年，全省政府采购预算451.93亿元，实际采购金额为414.59亿元。',
    ]],
    ['a government’s budget adjustment ("…财政预算调整方案")', 'budget', [
      '2024年某某区财政预算调整方案',
      '一、预算调整情况',
      '调增上级补助收入6.98亿元，调增的原因：市级增加财力性转移支付补助6.98亿元。',
    ]],
    ['a town’s 三公 budget, never saying 决算 ("支出预算为14.01万元…与2023年预算相比")', 'budget', [
      '经汇总，2024年一般公共预算“三公”经费支出预算为14.01万元，其中：因公出国（境）费用0万元，公务用车运行维护费14.01万元，公务接待费0万元。与2023年预算相比增长16.75%。',
    ]],
    ['a town’s own accounts ("全镇一般财政公共总收入实现11335万元")', 'government-final', [
      '一、全镇收支决算情况',
      '（一）一般公共预算',
      '2023年全镇一般财政公共总收入实现11335万元，同比增长35.24%。镇人大批准的2023年地方财政一般公共预算收入为3522万元。',
      '全镇一般公共预算支出完成9800万元。',
    ]],
  ])('%s is told as %s', async (_, kind, lines) => {
    const r = await checkText(`${lines.join('\n')}\n`);
    expect(r.facts.kind).toBe(kind);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a government’s accounts whose contents are set in a table ("| 01关于某某县2019年财政决算的报告 |") are a government’s', async () => {
    const html = '<html><body><table><tr><td>目录</td></tr><tr><td>01关于某某县2019年财政决算的报告</td></tr><tr><td>02一般公共预算收入决算表</td></tr><tr><td>03一般公共预算支出决算表</td></tr></table></body></html>';
    const r = await checkBytes('zjs.html', new TextEncoder().encode(html));
    expect(r.facts.kind).toBe('government-final');
  });

  it('a budget told only by its tables (no title) is a budget', async () => {
    const text = (await readFile(`${KINDS}/budget-district-2026.txt`, 'utf8')).replace(/^.*\n.*2026年部门预算\n/, '');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('budget');
  });

  it('a final account that speaks of 预算 throughout is still a final account', async () => {
    const text = [
      '# 某市某某局2024年度部门决算',
      '## 一、收入支出决算总体情况说明',
      '2024年度收、支总计238.67万元，年初预算数为230.00万元，完成年初预算的103.77%。',
      '## 五、一般公共预算财政拨款支出决算情况说明',
      '2024年度一般公共预算财政拨款支出238.67万元，完成全年预算的100%。部门预算、预算执行、预算绩效均按要求完成。',
    ].join('\n\n');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('final');
    expect(r.findings.some((f) => f.rule === 'completeness.document-kind')).toBe(false);
    expect(r.coverage.rulesRun).toBeGreaterThan(10);
  });

  it('the samples are final accounts', async () => {
    for (const f of ['samples/changji-prefecture-2024.txt', 'samples/guangyuan-city-2024.txt', 'samples/rongcheng-city-2024.md']) {
      expect((await checkFile(f)).facts.kind).toBe('final');
    }
  });
});

describe('conservative recognition', () => {
  it('a web page menu that lists a year\'s 部门预算 before the title of a final account is still a final account', async () => {
    const r = await checkText('2025年部门预算\n\n2024年部门决算\n\n某市某某局2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。\n');
    expect(r.facts.kind).toBe('final');
  });

  it('a news page about the final accounts, with no table and no explanation, is out of scope', async () => {
    const html = (await readFile('test/fixtures/kinds/news-page.html', 'utf8')).replace('2025年度预算执行情况分析会', '2024年度部门决算公开工作会').replace(/上半年预算执行/g, '部门决算公开');
    const r = await checkText(html, { file: 'news.html' });
    expect(r.facts.kind).toBe('other');
  });
});

describe('news about the 三公 is told from a department’s 三公 page by the news cues, not by its headline', () => {
  const threePublic = [
    '2023年度，某某局“三公”经费财政拨款支出决算为36.50万元，完成全年预算的91.25%。',
    '其中，因公出国（境）费决算为0万元；公务用车购置及运行维护费决算为20.30万元；公务接待费决算为16.20万元，主要用于接待上级检查、新闻记者采访团组等。',
  ];
  // (A trade site's item, which names no 记者: what it says of the 三公 in words of its own.)
  const tradeNews = ['该局2023年度一般公共预算财政拨款“三公”经费支出决算为36.50万元,较上年减少12.3%,连续三年下降。'];
  it.each([
    ['a dateline ("某某网5月8日电") under a 三公 headline', ['某某局公开“三公经费”财政拨款情况', '某某网5月8日电 某某局8日在其网站公布了“三公经费”情况。', ...threePublic]],
    ['a portal’s name over it and a news site as its source, no dateline', ['第一财经', '某某局公开“三公经费”财政拨款情况', '2024年06月02日 10:15 来源:某某晚报', '某某局2日公布了2023年度“三公经费”财政拨款情况。', ...threePublic]],
    ['a reporter in brackets ("（记者 某某某）")', ['某某局公开“三公经费”财政拨款情况', '（记者 王某某）某某局日前公布了“三公经费”情况。', ...threePublic]],
    ['a trade site’s author by name ("作者:李某某 本站发布时间")', ['某某县:县农机局公开2023年度部门决算', '作者:李某某 本站发布时间:2024年08月04日', '近日,某某县农机局在县政府门户网站上公开了2023年度部门决算。', ...tradeNews]],
    ['its writer in the first person ("笔者在…了解到")', ['某某县:县农机局公开2023年度部门决算', '2024年08月04日', '笔者在该局信息公开栏目中了解到,某某局近日公开了2023年度部门决算。', ...tradeNews]],
    ['a public account’s article ("某某教育(ID:abcteach)小编对…决算数据进行整理")', ['2023决算最“壕”的学校出炉', '某某教育(ID:abcteach)小编对全国300所学校2023年部门决算数据进行整理,发现:', '共有2所学校年度经费超过5亿元,从全国范围来看,总决算中位数为12345.67万元。']],
    ['a trade site as its news source ("新闻来源地址:某某农业网")', ['某某县:县农机局公开2023年度部门决算', '2024年08月04日', '近日,某某县农机局在县政府门户网站上公开了2023年度部门决算。', ...tradeNews, '新闻来源地址:某某农业网']],
  ])('%s: a news report, out of scope', async (_, lines) => {
    const r = await checkText(`${lines.join('\n')}\n`);
    expect(r.facts.kind).toBe('other');
    expect(r.facts.kindReason).toContain('新闻报道');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
  });

  it.each([
    ['on its own portal ("来源:某某局", 发布时间)', ['某某局2023年度“三公”经费支出决算情况说明', '发布时间:2024-06-02 来源:某某局 浏览次数:35', '一、“三公”经费财政拨款支出总体情况说明', ...threePublic]],
    ['with an author by name beside its department as source ("作者:王某某 来源:某某局")', ['某某局2023年度“三公”经费支出决算情况说明', '作者:王某某 来源:某某局 发布时间:2024-06-02', '一、“三公”经费财政拨款支出总体情况说明', ...threePublic]],
    ['with an office as its author ("作者:办公室 本站发布时间")', ['某某局2023年度“三公”经费支出决算情况说明', '作者:办公室 本站发布时间:2024-06-02', '一、“三公”经费财政拨款支出总体情况说明', ...threePublic]],
    ['with a government’s site as its source ("新闻来源:某某县人民政府网")', ['某某局2023年度“三公”经费支出决算情况说明', '新闻来源:某某县人民政府网 发布时间:2024-06-02', '一、“三公”经费财政拨款支出总体情况说明', ...threePublic]],
    ['that received reporters ("（记者采访团组）")', ['某某局2023年度“三公”经费支出决算情况说明', '一、“三公”经费财政拨款支出总体情况说明', ...threePublic, '公务接待共12批次（记者采访团组2批次），主要用于接待上级检查。']],
    ['of a newspaper office, its own name as the source ("来源:某某日报社")', ['某某日报社', '2023年度“三公”经费支出决算情况说明', '来源:某某日报社', '一、“三公”经费财政拨款支出总体情况说明', ...threePublic.map((t) => t.replace('某某局', '某某日报社'))]],
  ])('a department’s 三公 page %s stays a part of a final account, and is checked', async (_, lines) => {
    const r = await checkText(`${lines.join('\n')}\n`);
    expect(r.facts.kind).toBe('final-part');
    expect(r.coverage.rulesRun).toBeGreaterThan(10);
  });
});

describe('a portal’s empty byline field is its furniture, not an author', () => {
  const account = ['2023年度某某县人民法院部门决算基本情况说明', '2023年度部门决算公开', '一、部门基本情况', '二、关于预算执行情况分析', '2023年收入预算为1801万元，其中：基本支出预算1284万元；项目支出预算517万元。'];
  it.each([
    ['"作者: 信息来源: 发布时间:…"', '作者: 信息来源: 发布时间:2024-08-24 浏览次数:12889'],
    ['"作者: 文章来源: 发布日期:…"', '作者: 文章来源: 发布日期:2024-08-24'],
  ])('an account under the header %s is checked as an account, not filed as news', async (_, header) => {
    const lines = [account[0], header, ...account.slice(1)];
    const r = await checkText(`${lines.join('\n')}\n`);
    expect(r.facts.kind).toBe('final');
    expect(r.coverage.rulesRun).toBeGreaterThan(10);
  });

  it('a byline that names its author, on a page of news words, is still news', async () => {
    const r = await checkText('某某县:县农机局公开2023年度部门决算\n作者:李某某 信息来源:某某农业网 发布时间:2024年08月04日\n近日,某某县农机局在县政府门户网站上公开了2023年度部门决算。\n该局2023年度一般公共预算财政拨款“三公”经费支出决算为36.50万元,较上年减少12.3%,连续三年下降。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.facts.kindReason).toContain('新闻报道');
  });
});

describe('instructions and notices that speak of accounts are not accounts', () => {
  it.each([
    ['instructions for compiling the accounts ("部门决算填报说明")', ['部门决算填报说明', '一、决算汇编基本情况', '    年度，纳入本部门决算汇编范围的独立核算单位共    个，比上年增减    个。', '二、基础数据核对情况', '单位本年度实际收到的一般公共预算财政拨款收入  万元，财政部门拨款对账单  万元，差额  万元。']],
    ['a note about publishing something else ("关于公开…绩效评价的说明")', ['关于公开2023年度市级绩效评价的说明', '2023年，为落实预算和绩效管理一体化的部署，推进绩效公开工作。现将有关情况说明如下：', '一是部门自评结果全公开，在部门（单位）决算中一并公开。', '二是共开展12个项目支出绩效评价。']],
  ])('%s: out of scope', async (_, lines) => {
    const r = await checkText(`${lines.join('\n')}\n`);
    expect(r.facts.kind).toBe('other');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
  });

  it('a 三公 page titled "关于…“三公”经费支出情况的说明" is still checked', async () => {
    const r = await checkText('关于2023年度“三公”经费支出情况的说明\n2023年度“三公”经费财政拨款支出决算为36.50万元，完成全年预算的91.25%。\n');
    expect(r.facts.kind).not.toBe('other');
  });
});

describe('a 三公 table of budgets only', () => {
  const table = ['| 项 目 | 本年预算数 | 其中:一般公共预算财政拨款 |', '| 合 计 | 34.35 | 34.35 |', '| 1.因公出国(境)费用 | 0 | 0 |', '| 2.公务接待费 | 1.70 | 1.70 |', '| 3.公务用车费 | 32.65 | 32.65 |'];
  it('under a title naming neither 决算 nor 预算 is a budget', async () => {
    const r = await checkText(['2015年某市某局部门“三公”经费情况统计表', '单位:万元', ...table, ''].join('\n'));
    expect(r.facts.kind).toBe('budget');
  });
  it('beside its 决算 column stays a part of a final account', async () => {
    const r = await checkText(['2015年某市某局部门“三公”经费情况统计表', '单位:万元', '| 项 目 | 本年预算数 | 本年决算数 |', '| 合 计 | 34.35 | 30.10 |', '| 1.因公出国(境)费用 | 0 | 0 |', '| 2.公务接待费 | 1.70 | 1.50 |', '| 3.公务用车费 | 32.65 | 28.60 |', ''].join('\n'));
    expect(r.facts.kind).toBe('final-part');
  });
});

describe('a page titled as a budget’s table', () => {
  const table = ['| 项目 | 2016年预算数 | 其中:一般公共预算安排数 |', '| 一、“三公”经费合计 | 21.63 | 21.63 |', '| (二)公务接待费 | 14.83 | 14.83 |', '| (三)公务用车费 | 6.8 | 6.8 |'];
  it('("…“三公”经费预算表", only budget columns) is a budget, though its note says the actuals go in the 决算', async () => {
    const note = '注:单位部门预算中不安排因公出国(境)经费,实际执行情况在部门决算中公开。';
    const r = await checkText(['2016年某市某委财政拨款“三公”经费预算表', '金额单位:万元', ...table, note, ''].join('\n'));
    expect(r.facts.kind).toBe('budget');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
  });
  it('is said so quoting the budget column by its own name, the rows\' label joined to it left out', async () => {
    const r = await checkText(['2016年某市某委财政拨款“三公”经费预算表', '金额单位:万元', '项目 2016年预算数', '一、“三公”经费合计 21.63 21.63', ''].join('\n'));
    expect(r.facts.kind).toBe('budget');
    expect(r.facts.kindReason).toContain('只列“2016年预算数”');
  });
  it('with a 决算 column beside the budget is no budget', async () => {
    const withFinal = ['| 项目 | 2016年预算数 | 2016年决算数 |', '| 一、“三公”经费合计 | 21.63 | 20.10 |', '| (二)公务接待费 | 14.83 | 13.30 |', '| (三)公务用车费 | 6.8 | 6.8 |'];
    const r = await checkText(['2016年某市某委财政拨款“三公”经费预算表', '金额单位:万元', ...withFinal, ''].join('\n'));
    expect(r.facts.kind).not.toBe('budget');
  });
});

describe('a portal’s title field set as a table’s row ("标题: | … |")', () => {
  const rows = ['2020年某某镇一般公共预算收入执行情况表 | |||||', '单位:万元 | |||||', '项 目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 | ||', '一、税收收入 | 401 | 431 | 431 | 100 | 7.48 |'];
  it('names the document as a title line does: a government’s budget report is a budget, not a department’s account', async () => {
    const r = await checkText(['标题: | 某某镇2020年预算执行和2021年预算草案 | ||', '---|---|---|---|', '索引号: | 1137032300422372XD/2021-5198253 | 文号: | |', ...rows, ''].join('\n'));
    expect(r.facts.kind).toBe('budget');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
  });
  it('naming a department’s final account keeps the page a final account', async () => {
    const r = await checkText(['标题: | 某某县某某中心2024年度部门决算公开说明 | ||', '---|---|---|---|', '索引号: | 1137032300422372XD/2025-0000001 | 文号: | |', '第一部分 部门概况', '一、部门职责', '负责全县某某工作。', ''].join('\n'));
    expect(r.facts.kind).toBe('final');
  });
});

describe('a government’s revenue table, its taxes listed row by row', () => {
  const head = ['2020年某某镇一般公共预算收入执行情况表', '单位:万元', '| 项 目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 |', '|---|---|---|---|'];
  it('("一、税收收入 | 401", "增值税 | 266") is a government’s accounts, not a department’s', async () => {
    const rows = ['| 一、税收收入 | 401 | 431 | 431 |', '| 增值税 | 266 | 292 | 292 |', '| 企业所得税 | 9 | 5 | 5 |', '| 二、非税收入 | 12 | 10 | 10 |', '| 本年收入合计 | 413 | 441 | 441 |'];
    const r = await checkText([...head, ...rows, ''].join('\n'));
    expect(r.facts.kind).toBe('government-final');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
  });
  it('a department’s income table (财政拨款收入, 事业收入) is no government’s', async () => {
    const rows = ['| 一、财政拨款收入 | 401 | 431 | 431 |', '| 二、事业收入 | 266 | 292 | 292 |', '| 本年收入合计 | 667 | 723 | 723 |'];
    const r = await checkText(['某某县某某局2020年度收入决算表', '单位:万元', '| 项 目 | 2019年决算数 | 2020年预算数 | 2020年决算数 |', '|---|---|---|---|', ...rows, ''].join('\n'));
    expect(r.facts.kind).not.toBe('government-final');
  });
});

describe('a government’s monthly budget execution', () => {
  it('("4月,一般公共预算收入累计完成…比上年减收…") is a government’s, not a department’s account', async () => {
    const text = ['一、一般公共预算收支完成情况', '(一)地方一般公共预算收入情况', '4月,一般公共预算收入累计完成24000万元,完成年初预算数60000万元的40.0%,比上年减收1000万元,下降4.0%。其中:税收收入8000万元,比上年增收1200万元,增长17.6%。', '(二)地方一般公共预算支出情况', '4月,一般公共预算支出累计完成107000万元,完成预算数257000万元的41.6%。', ''].join('\n');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('government-final');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
  });
});

describe('the items of one section published under their own title', () => {
  it('("…2022年度一般公共预算财政拨款支出决算具体情况") are a part of an account, checked for their figures only', async () => {
    const text = ['某县某局2022年度一般公共预算财政拨款支出决算具体情况', '一般公共服务支出(类)人大事务(款)行政运行(项):支出决算为100.00万元,完成预算100%,决算数与预算数持平。', '社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项):支出决算为12.00万元,完成预算100%。', ''].join('\n');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.rule.startsWith('completeness.') && f.severity !== 'info')).toEqual([]);
  });
});

describe('a tables workbook published on its own', () => {
  it('("…2021年部门决算公开表.xls") is a part of an account: no glossary or sections asked of it', async () => {
    const text = ['某县某镇中心卫生院2021年部门决算公开表.xls', '', '收入支出决算总表 公开01表 金额单位:元', '| 项目 | 行次 | 金额 |', '| 一、一般公共预算财政拨款收入 | 1 | 11,122,315.04 |', '| 本年收入合计 | 27 | 11,122,315.04 |', ''].join('\n');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.rule === 'glossary.present' || f.rule.startsWith('completeness.section-'))).toEqual([]);
  });
});

describe('a self-evaluation report titled "…绩效评价自评报告"', () => {
  it('is a part of an account, not a whole one asked for its tables and glossary', async () => {
    const text = ['某市某中心2018年度部门整体支出绩效评价自评报告', '部门(单位)名称:某市某中心', '评价方式:部门(单位)绩效自评', '一、部门(单位)基本概况', '年度部门(单位)总体运行情况及取得的成绩', '我中心的数字城管二期建设项目已于2018年验收运行。', ''].join('\n');
    const r = await checkText(text);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a township government’s own account, titled "…乡人民政府决算公开"', () => {
  const title = '2023年度某某县某某乡人民政府决算公开\n目 录\n';
  it('is a department’s account when its parts are a department’s (部门(单位)概况, 部门(单位)决算情况说明)', async () => {
    const r = await checkText(`${title}第一部分 部门(单位)概况\n一、主要职能、职责\n第二部分 部门(单位)决算情况说明\n一、收入支出决算总体情况说明\n`);
    expect(r.facts.kind).toBe('final');
  });

  it('is the government’s own when its parts are a government’s (决算报告, 决算报表)', async () => {
    const r = await checkText(`${title}第一部分 决算报告\n第二部分 决算报表\n1、2023年度某某乡一般公共预算收入表\n`);
    expect(r.facts.kind).toBe('government-final');
  });
});

describe('a short table on its own that never says 决算 (a yearbook’s, a table pasted alone)', () => {
  const rows = ['| 15-2 群众艺术馆、文化馆站业务活动及经费情况 (2009年) |', '| 单位数(个) | 1447 | 117 | 1330 |', '| 总支出(万元) | 57413 | 22197 | 35215 |'];
  it('is checked for its figures only: neither tables, glossary nor year asked of it', async () => {
    const r = await checkText(`${rows.join('\n')}\n`);
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });

  it('is an account’s table when a cell says 决算', async () => {
    const r = await checkText(`${[...rows.slice(0, 1), '| 项目 | 决算数 | 预算数 | 上年 |', ...rows.slice(1)].join('\n')}\n`);
    expect(r.facts.kind).toBe('final');
  });
});

describe('pages about accounts that are no department’s 部门决算公开', () => {
  it('a 协会’s financial report ("…协会2024年财务决算及2025年财务预算的报告", 民间非营利组织会计制度) is a social organisation’s', async () => {
    const r = await checkText('某某省某某行业协会2024年财务决算及2025年财务预算的报告\n某某省某某行业协会财务工作严格执行《民间非营利组织会计制度》和协会章程。\n一、2024年财务决算情况\n2024年总收入2,285,633.03元，其中会费收入1,541,750.00元。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
    expect(r.findings[0]?.message).toContain('社会组织');
  });

  it('a portal’s reprint of news about the accounts ("本文版权归原作者所有，转载文章仅为传播…") is news', async () => {
    const r = await checkText('某某教育网您的位置:首页 >动态 > 教育动态 >\n75所高校公布2018年度部门决算\n近日，75所直属高校均在各自的信息公开网站公布了2018年度部门决算信息。某某大学2018年度决算经费最高，为276.44亿元。\n郑重声明:本文版权归原作者所有,转载文章仅为传播更多信息之目的。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a hospital’s sector forms ("医疗卫生计生机构收支决算总表", 国卫财01-1表) are its ministry’s, not a disclosure', async () => {
    const r = await checkText('某某市中医院医改信息公开\n2017年医疗卫生计生机构收支决算总表(按功能分类) |\n国卫财01-1表 |\n金额单位:元 |\n| 项目 | 上年结转和结余 | 本年收入 | 本年支出 |\n| 合计 | 62,011,988.25 | 70,496,088.25 | 70,496,088.25 |\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a listed company’s 财务决算报告 (证券代码, 公告编号) is a company’s', async () => {
    const r = await checkText('证券代码:000000  证券简称:某某股份  公告编号:2025-019\n某某集团股份有限公司\n2024年度财务决算报告\n一、2024年度财务报表的审计情况\n2024年度财务报表已经某某会计师事务所审计。\n二、主要会计数据及财务指标\n营业总收入3,000,642,713.61元,较上年下降19.26%。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.map((f) => f.rule)).toEqual(['completeness.document-kind']);
    expect(r.findings[0]?.message).toContain('公司');
  });

  it('a construction project’s 竣工财务决算报表 is a project’s, even with its forms listed', async () => {
    const r = await checkText('项目竣工财务决算报表\n表一:\n基本建设项目竣工财务决算审批表\n表二:\n大、中型基本建设项目概况表\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a department whose duties review completion accounts stays an account (财政投资评审中心)', async () => {
    const r = await checkText('某某县财政投资评审中心2024年度部门决算\n一、部门职责\n负责政府投资项目竣工财务决算报告的评审。\n二、收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n');
    expect(r.facts.kind).toBe('final');
  });

  it('a letter sending the accounts to the finance bureau ("关于报送…部门决算的函", "省财政厅:") publishes nothing', async () => {
    const r = await checkText('某省某局关于报送2015年度部门决算的函\n省财政厅:\n我局及所属事业单位2015年度部门决算报表已完成编制汇总,现将部门决算报表、填报说明和财务分析报告一并随函报送,请审核。\n附件:2015年度部门决算报表\n某省某局\n2016年2月15日\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // The forms it sends are no disclosure's tables left unprinted.
    expect(r.coverage.tablesReferenced).toEqual([]);
  });

  it('a department that names its 部门决算 stays an account though it is a 协会 (科学技术协会)', async () => {
    const r = await checkText('某某市科学技术协会2024年度部门决算\n目 录\n第一部分 部门概况\n一、部门职责\n第二部分 2024年度部门决算情况说明\n');
    expect(r.facts.kind).toBe('final');
  });
});

describe('a 民政局 whose duties name the registration of social organisations', () => {
  it('is a department, its account checked', async () => {
    const r = await checkText('某某县民政局2024年度决算公开说明\n一、基本情况\n（一）主要职责\n负责社会团体、民办非企业单位和基金会登记管理工作，依法对社会组织进行监督管理。\n二、决算情况说明\n（一）收入支出决算总体情况说明\n2024年度收、支总计238.67万元。\n');
    expect(r.facts.kind).toBe('final');
  });
});

describe('look-alikes of the thirteenth set of unseen pages', () => {
  it('an audit office’s short notice of its findings ("现将审计结果公告如下", headed "一、基本情况") is an audit, not an account', async () => {
    const r = await checkText('某县审计局组成审计组,对县环卫队2021至2022年度财政财务收支情况进行审计。现将审计结果公告如下:\n一、基本情况\n县环卫队为公益一类事业单位,财政全额拨款。\n二、审计发现的主要问题\n支出原始凭证不完整21,358.50元。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a manual for the work ("2022年度部门决算工作手册(预算单位版)") is instructions, not an account', async () => {
    const r = await checkText('2022年度部门决算工作手册(预算单位版)\n第一章 工作流程\n一、部门决算编报\n(一)前期准备及编报\n(二)上报前自查\n二、部门决算公开\n(一)决算公开时限\n(二)决算公开内容\n');
    expect(r.facts.kind).toBe('other');
  });

  it('an outline for writing the analysis ("部门决算分析报告撰写提纲") is instructions too', async () => {
    const r = await checkText('部门决算分析报告撰写提纲(部门参考使用)\n三、重点经济分类支出执行情况\n(1)“三公”经费支出情况:可进行上下年对比、预决算对比,人均支出情况分析(可做表、柱图、折线图)。\n(2)会议费支出情况:可进行上下年对比、预决算对比。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a government’s report under a portal’s bulleted fields ("- [ 索引号 ]" / "- 2023-09-12") keeps its title: the date runs into nothing', async () => {
    const fields = ['- [ 索引号 ]', '- 11500113009307279X/2023-00122', '- [ 发文字号 ]', '- 某府函〔2023〕299号', '- [ 主题分类 ]', '- 财政', '- [ 体裁分类 ]', '- 财政预算、决算', '- [ 发布机构 ]', '- 某区财政局', '- [ 有效性 ]', '- [ 成文日期 ]', '- 2023-08-28', '- [ 发布日期 ]', '- 2023-09-12'];
    const r = await checkText(`${fields.join('\n')}\n某区人民政府关于2022年决算(草案)的报告\n区人大常委会:\n受区政府委托,重点报告以下情况:\n一、全区收支决算情况\n(一)一般公共预算\n2022年一般公共预算收入403948万元。\n`);
    expect(r.facts.kind).toBe('government-final');
  });
});

describe('look-alikes of the fourteenth set of unseen pages', () => {
  it('a company group’s news of its annual accounts ("集团2019年年报决算审计…国资合并报表的企业") is no department’s account', async () => {
    const r = await checkText('目前,集团2019年年报决算审计工作已基本完成,本次纳入国资合并报表的企业共34户。\n');
    expect(r.facts.kind).toBe('other');
  });

  it('an audit office’s result on a department ("…财政收支情况审计结果", "审计署对…进行了审计") is an audit', async () => {
    const r = await checkText('海关总署2009年度预算执行情况和其他财政收支情况审计结果\n审计署对海关总署2009年度预算执行情况进行了审计。海关总署决算反映的当年预算执行数为986752.25万元。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('an article comparing many universities’ accounts ("82所高校2021年决算数据") is no one department’s', async () => {
    const r = await checkText('当前位置:首页 > 高考\n部属高校预决算对比\n近日青塔数据公布了82所高校2021年决算数据。清华大学决算总收入374.53亿元,北京大学249.82亿元。\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('look-alikes of the fifteenth set of unseen pages', () => {
  it('one part of an account published part by part ("…单位决算之第三部分 情况说明") is not asked for the other parts', async () => {
    const body = '一、收入支出决算总体情况说明\n2022年度收入总计6503.68万元、支出总计6503.68万元。\n二、收入决算情况说明\n2022年度收入合计6503.68万元,其中:财政拨款收入5939.19万元,占91.3%;事业收入564.49万元,占8.7%。\n';
    const part = await checkText(`某县某中学2022年度单位决算之第三部分 情况说明\n${body}`);
    expect(part.facts.kind).toBe('final-part');
    expect(part.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const whole = await checkText(`某县某中学2022年度单位决算\n${body}`);
    expect(whole.facts.kind).toBe('final');
    expect(whole.findings.map((f) => f.rule)).toContain('completeness.tables-printed');
  });

  it('a government’s note on its transfers to the governments below it is no department’s account', async () => {
    const r = await checkText('某区关于2016年度区级对下转移支付情况的说明\n2016年,区级结合上级补助共安排对乡镇(街道)转移支付资金60115万元。\n一、一般性转移支付\n2016年一般性转移支付决算数为32976万元。\n二、专项转移支付\n2016年,区级对下专项转移支付决算数为27139万元。\n');
    expect(r.facts.kind).toBe('government-final');
    expect(r.findings).toHaveLength(1);
  });

  it('a budget’s pages that say no 决算 but in their glossary ("年末结转和结余：指…") are a budget’s', async () => {
    const glossary = ['五、名词解释', '1.财政拨款收入:指区级财政当年拨付的资金。', '2.年末结转和结余:指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施,需延迟到以后年度按有关规定继续使用的资金。', '3.基本支出:指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。', '4.项目支出:指在基本支出之外为完成行政任务和事业发展目标所发生的支出。', '5.“三公”经费:纳入区级财政预决算管理的“三公”经费,是指部门用财政拨款安排的因公出国(境)费、公务用车购置及运行费和公务接待费。'];
    const text = ['一、绩效目标设置情况', '绩效目标是预算编制的前提和基础,按照“费随事定”的原则,2018年政务中心专项资金192万元,均按要求实行绩效目标。', '二、政府采购情况说明', '2018年预算没有安排政府采购资金', '三、国有资本经营预算支出情况说明', '2018年没有安排国有资本经营预算', '四、国有资产占有情况', '截止2017年底,政务中心共有固定资产211.79万元', ...glossary].join('\n');
    const r = await checkText(`${text}\n`);
    expect(r.facts.kind).toBe('budget');
    expect(r.findings).toHaveLength(1);
  });
});

describe('a news article about the accounts, told by its source or its copyright notice', () => {
  it('"来源:政府采购信息报" and "本网拥有此文版权" mark a trade paper’s article, whatever amounts it quotes', async () => {
    const text = '政采资讯-政府采购信息网\n中央部门晒决算 政采支出首公开\n作者: 发布于:2015-07-29 10:41:47 来源:政府采购信息报\n近日,2014年度中央部门决算正式向社会公开。\n财政部数据显示,2014年,中央部门“三公”经费支出合计58.8亿元,比上年减少11.35亿元,下降16.2%。\n国有资产占用情况,包括部级领导干部用车、一般公务用车等车辆,以及价值200亿元以上的大型设备。\n';
    const r = await checkText(text);
    expect(r.facts.kind).toBe('other');
    expect(r.findings).toHaveLength(1);
    const copyright = await checkText(`${text.replace('来源:政府采购信息报', '')}本网拥有此文版权,若需转载或复制,请注明来源于政府采购信息网。\n`);
    expect(copyright.facts.kind).toBe('other');
  });
});

describe('look-alikes of the sixteenth set of unseen pages', () => {
  it('a budget adjusted "由年初预算34.22亿元调整为31.95亿元" says nothing of a final account', async () => {
    const r = await checkText('支出由年初预算34.22亿元调整为31.95亿元。\n');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a project’s 竣工决算审计 is no department’s account', async () => {
    const r = await checkText('完成竣工决算审计69项,核减金额0.60亿元。\n');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a year’s budget compared with the year before’s 年初预算 is a budget', async () => {
    const r = await checkText('深圳市某区民政局2026年“三公”经费财政拨款预算情况\n2026年财政拨款“三公”经费预算5.30万元,较2025年年初预算减少21.04万元。\n');
    expect(r.facts.kind).toBe('budget');
  });

  it('a self-evaluation report with a heading "（一）部门决算情况" is the self-evaluation, not a whole account', async () => {
    const r = await checkText('2024年度某某社区卫生服务中心预算执行情况绩效自评报告\n一、基本情况\n某某社区卫生服务中心主要负责辖区内居民的基本医疗及公共卫生工作。\n二、自评结果分析\n(一)部门决算情况\n2024年度,全年预算数为768.83万元,其中基本支出329.95万元,项目支出438.88万元。\n');
    expect(r.facts.kind).toBe('final-part');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('look-alikes of the seventeenth set of unseen pages', () => {
  it('a government’s budget adjusted ("现将小榄镇2021年预算调整情况报告如下") is a budget, whatever 年初预算 it compares with', async () => {
    const r = await checkText('我镇本年度财政收支较年初预算发生了重大变化。现将小榄镇2021年预算调整情况报告如下:\n一、一般公共预算调整情况\n一般公共预算总支出由年初预算34.22亿元调整为31.95亿元,调减2.27亿元。\n');
    expect(r.facts.kind).toBe('budget');
    expect(r.findings).toHaveLength(1);
  });

  it('a hospital’s own financial notice ("大洼区中医院财务信息公示") is no department’s account', async () => {
    const r = await checkText('大洼区中医院财务信息公示\n盘锦市大洼区中医院\n财务信息 | |\n2017年较2016年增幅 | |\n收入 | 11.52%% |\n支出 | 17.92%% |\n');
    expect(r.facts.kind).toBe('other');
    expect(r.findings).toHaveLength(1);
  });
});
