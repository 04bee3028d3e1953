import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';

/**
 * 持平 written beside a change of the same item ("持平、下降14%", or paired by 分别 with a rate) says two
 * things at once; 基本持平 beside a small change does not.
 */
const doc = (para: string) => `# 某州某局2024年度部门决算\n\n## 一、收入支出决算总体情况说明\n\n${para}\n`;
const flats = async (para: string) => (await checkText(doc(para), { file: 'a.md' })).findings.filter((f) => f.rule === 'arithmetic.flat-with-change');

describe('持平 said beside a change', () => {
  it('持平、下降 in one clause', async () => {
    const found = await flats('2024年度收入总计860.00万元，支出总计860.00万元。收支较上年决算数持平、下降9%，主要原因是项目结束。');
    expect(found.map((f) => [f.severity, f.actual])).toEqual([['error', '9%']]);
  });

  it('持平 and an amount in one clause', async () => {
    const found = await flats('2024年度支出合计730.00万元，较上年决算数持平、减少45.00万元。');
    expect(found.map((f) => f.actual)).toEqual(['45.00万元']);
  });

  it('基本持平 beside a small rate is no contradiction', async () => {
    expect(await flats('2024年度支出合计730.00万元，较上年决算数基本持平、增长0.4%。')).toEqual([]);
  });

  it('持平 paired by 分别 with a rate', async () => {
    const found = await flats('2024年度收入总计512.30万元、支出总计498.40万元。与2023年相比，收入总计减少61.20万元、支出总计持平，分别下降10.68%、7.5%。');
    expect(found.map((f) => f.actual)).toEqual(['7.5%']);
  });

  it('a 持平 item paired with a rate of 0 is consistent', async () => {
    expect(await flats('2024年度收入总计512.30万元、支出总计498.40万元。与2023年相比，收入总计减少61.20万元、支出总计持平，分别下降10.68%、0%。')).toEqual([]);
  });
});
