import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../check.js';
import { readTextLayout } from './read-text.js';

const ROWS = [
  '收入 支出',
  '项目 决算数 项目 决算数',
  '一、一般公共预算财政拨款收入 238.67 一、卫生健康支出 238.67',
  '本年收入合计 238.67 本年支出合计 238.67',
  '总计 238.67 总计 238.67',
];

const shapes = (text: string) =>
  readTextLayout(text, 'x.txt', 'text').blocks.map((b) => (b.kind === 'table' ? `table:${b.shape}:${b.rows[0]?.map((c) => c.text).join('|')}` : b.text));

describe('a table copied without its layout, under its unit line', () => {
  it('starts below the caption lines printed under the unit line (the title, 表一, 编制单位：…), which stay paragraphs', () => {
    expect(shapes(['表一', '单位：万元', '收入支出决算总表', '编制单位：某某局', ...ROWS].join('\n'))).toEqual([
      '表一',
      '单位：万元',
      '收入支出决算总表',
      '编制单位：某某局',
      'table:spaced:收入 支出',
    ]);
    expect(shapes(['收入支出决算总表', '单位：万元', '编制单位：某某局', ...ROWS].join('\n'))).toEqual([
      '收入支出决算总表',
      '单位：万元',
      '编制单位：某某局',
      'table:spaced:收入 支出',
    ]);
  });

  it('reads the table, its unit and its reporting unit whichever way its caption lines are ordered', async () => {
    for (const caption of [
      ['单位：万元', '收入支出决算总表', '编制单位：某某局'],
      ['收入支出决算总表', '单位：万元', '编制单位：某某局'],
      ['收入支出决算总表', '编制单位：某某局', '单位：万元'],
    ]) {
      const doc = await extractBytes('x.txt', new TextEncoder().encode([...caption, ...ROWS].join('\n')));
      const t = doc.tables.find((x) => x.id === '01');
      expect(doc.coverage.unread).toEqual([]);
      expect(t?.unit).toBe('万元');
      expect(t?.entity).toBe('某某局');
      expect(t?.rows.find((r) => r.key === 'exp.class:210')?.cells.amount?.value).toBe('238.67');
    }
  });

  it('does not take the next table\'s title for a caption when that table has a unit line of its own', () => {
    const text = ['单位：万元', '政府性基金预算财政拨款收入支出决算表', '单位：万元', ...ROWS].join('\n');
    expect(shapes(text)).toEqual(['单位：万元', '政府性基金预算财政拨款收入支出决算表', '单位：万元', 'table:spaced:收入 支出']);
  });
});
