import { describe, expect, it } from 'vitest';
import { checkText } from '../check.js';
import { SITE_FURNITURE } from './site-furniture.js';

describe('a hosting site\'s notice that it hides text until one logs in', () => {
  it('is the site\'s furniture ("查看隐藏内容(*)需先登录", "登录后查看全文"), not a sentence', () => {
    expect(SITE_FURNITURE.test('查看隐藏内容(*)需先登录')).toBe(true);
    expect(SITE_FURNITURE.test('登录后查看全文')).toBe(true);
    expect(SITE_FURNITURE.test('本单位需先登录国库支付系统，再办理支付。')).toBe(false);
  });

  it('the title above it stays a line of its own: its year is the account\'s, whatever the masked copy below says', async () => {
    const text = ['某某市第四人民医院2020年度单位决算', '查看隐藏内容(*)需先登录', '某某市第四人民医院****年度单位决算 目', '录 第一部分单位概况 一、单位职责 二、单位决算构成 第二部分 ****年度单位决算报表 一、收入支出决算总表 二、收入决算表 第三部分 ****年度单位决算情况说明 一、收入支出决算总体情况说明 第四部分 名词解释 某某市第四人民医院****年度单位决算情况 第一部分单位概况 一、单位职责 某某市第四人民医院是一所三级甲等专科医院,建院于****年,承担全省精神、心理疾病的预防、治疗、康复等工作。'].join('\n');
    const r = await checkText(text, { file: 'page.txt' });
    expect(r.facts.title).toBe('某某市第四人民医院2020年度单位决算');
    expect(r.facts.fiscalYear).toBe(2020);
    expect(r.findings.filter((f) => f.rule === 'year-unit.fiscal-year')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'template.placeholder').map((f) => f.severity)).toEqual(['info']);
  });
});
