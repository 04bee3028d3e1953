import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';

const kinds = (text: string) => readTextLayout(text, 'page.txt', 'text').blocks.map((b) => (b.kind === 'table' ? `table:${b.rows.length}` : 'p'));

describe('rows closed by pipes, as web pages copied to text give tables', () => {
  it('reads rows with figures as a table, its one-cell title and unit rows as paragraphs', () => {
    const text = ['“三公”经费决算数对比情况表 | ||||', '单位:万元 | |||||', '项 目 | 上年决算数 | 本年决算数 | 增减额 | 增减幅度 |', '合 计 | 31.66 | 13.49 | -18.17 | -57.39% | |', '1、因公出国(境)费 | 0 | 0 | 0 | 0 | |'].join('\n');
    expect(kinds(text)).toEqual(['p', 'p', 'table:3']);
  });

  it("leaves a web page's fields in rows (索引号, 发布机构) as paragraphs", () => {
    const text = ['索引号 | 620722057/2025-00180 | 发文字号 | |', '关键词 | 发布机构 | 民乐县交通运输局 | |', '生成日期 | 2025-09-17 15:24:59 | 是否有效 | 是 |'].join('\n');
    expect(kinds(text).every((k) => k === 'p')).toBe(true);
  });

  it('starts a new table at a one-cell row naming a table', () => {
    const text = ['基本支出 | 985.19 | 914.97 | 10 | 10 |', '项目支出 | 187.36 | 353.75 | 10 | 10 |', '部门预算项目支出绩效自评表(2023年度) | ||||', '项目名称 | 安可替代补助资金项目 | ||', '年度资金总额 | 30 | 30 | 10 | 10 |'].join('\n');
    expect(kinds(text)).toEqual(['table:2', 'p', 'table:2']);
  });
});
