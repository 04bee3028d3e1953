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
});
