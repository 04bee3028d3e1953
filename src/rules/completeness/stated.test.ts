import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

const rules = async (text: string) => (await checkText(text)).findings.map((f) => f.rule);

describe('the overview said without its headings', () => {
  it('a sentence saying what duties the unit performs (依法履行…等职责) is its duties', async () => {
    const text = [
      '某某区人民检察院2016年度部门决算',
      '一、部门基本情况',
      '(一)某某区人民检察院是国家法律监督机关，在辖区内依法履行审查批准逮捕、提起公诉、开展诉讼监督等职责。',
      '(二)设立有侦查监督科、公诉科、办公室等13个内设机构。',
      '二、部门决算情况说明',
      '(一)收入支出决算总体情况说明',
      '本部门2016年度收入总计6955.73万元，支出总计6955.73万元。',
    ].join('\n');
    expect(await rules(text)).not.toContain('completeness.section-duties');
    // Without it, the duties are missing.
    expect(await rules(text.replace(/，在辖区内依法履行[^。]*/, ''))).toContain('completeness.section-duties');
  });

  it('a duties heading run into its text on a flattened line is the duties; a flattened contents list is not', async () => {
    const explain = '二、部门决算情况说明\n(一)收入支出决算总体情况说明\n本部门2017年度收入总计100.00万元，支出总计100.00万元。';
    const flat = '某某职业技术学院2017年度部门决算 第一部分 单位概况 一、部门职责 某某职业技术学院是隶属于自治区人民政府的一所职业院校。';
    expect(await rules(`${flat}\n${explain}\n`)).not.toContain('completeness.section-duties');
    const contents = '某某职业技术学院2017年度部门决算 目录 第一部分 单位概况 一、部门职责 二、机构设置 第二部分 部门决算表';
    expect(await rules(`${contents}\n${explain}\n`)).toContain('completeness.section-duties');
  });
});

describe('the organisation said as Sichuan’s 2017 template says it', () => {
  it('"独立编制机构数 1个,独立核算机构数1个" under 部门概况 is the organisation', async () => {
    const text = '某市人民检察院2017年度部门决算编制说明\n一、基本职能及主要工作\n(一)主要职能。\n某市人民检察院是国家的法律监督机关,主要职责是依法行使检察权。\n二、部门概况\n某市人民检察院为政法机关,独立编制机构数 1个,独立核算机构数1个。\n三、收支决算总体情况说明\n2017年本年收入合计3595万元。\n';
    expect(await rules(text)).not.toContain('completeness.section-organization');
  });
});

describe('the organisation named in the overview, as Beijing’s compact template does', () => {
  it('"本中心下设业务办、办公室、财务办、安全办" under 一、单位基本情况 is the organisation; without it, it is missing', async () => {
    const text = '北京市某某管理中心2024年度部门决算\n第二部分 2024年度部门决算说明\n一、单位基本情况\n本中心下设业务办、办公室、财务办、安全办。主要职责是:负责指导本区公园管理服务工作。\n二、收入支出决算总体情况说明\n2024年度收、支总计160.00万元,比上年增加10.00万元,增长6.67%。\n';
    expect(await rules(text)).not.toContain('completeness.section-organization');
    expect(await rules(text.replace('本中心下设业务办、办公室、财务办、安全办。', ''))).toContain('completeness.section-organization');
  });

  it('"内设机构分别是:办公室、统计科、信访科" under 一、基本情况 is the organisation too', async () => {
    const text = '某省卫生政务服务中心2017年部门决算\n第一部分 某省卫生政务服务中心概况\n一、基本情况\n某省卫生政务服务中心为公益一类事业单位,内设机构分别是:办公室、统计科、信访科。\n二、主要职责\n承担行政许可的受理、发证工作。\n第二部分 2017年部门决算情况说明\n一、收入支出决算总体情况说明\n2017年度收、支总计1440.84万元。\n';
    expect(await rules(text)).not.toContain('completeness.section-organization');
  });
});
