import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import { checkDisclosure, checkText } from '../../check.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { Block, LayoutDocument, TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { T01, T02, T03, T05, docOf, swap } from '../../rules/table/fragments.js';
import { interpret } from '../index.js';

const F = 'cut.pdf';

/**
 * 公开01表 as a workbook printed with narrow 项目 columns gives it: every label cut to its first
 * nine characters ("一、一般公共预算财"), and the reporting unit's line parted over the cells drawn under
 * it ("编制单位：荣成市医" | "疗保障局（本级）" | … | "单位：万元"), all in one grid.
 */
function cutLayout(width = 9): LayoutDocument {
  const body = T01.split('\n').filter((l) => l.includes('\t') && !/^(收入|项目|栏次)\t/.test(l));
  let line = 0;
  const row = (texts: string[]): TableCell[] => {
    line++;
    return texts.map((text, col) => ({ text, colSpan: 1, rowSpan: 1, location: loc(F, text, { page: 1, line, cell: { table: 1, row: line, col } }) }));
  };
  const strip = (t: string) => t.replace(/<\/?b>/g, '');
  const rows = [
    row(['收入支出决算总表', '', '', '', '', '']),
    row(['', '', '', '', '', '公开01表']),
    row(['编制单位：荣成市医', '疗保障局（本级）', '', '', '', '单位：万元']),
    row(['收入', '', '', '支出', '', '']),
    row(['项目', '行次', '金额', '项目', '行次', '金额']),
    row(['栏次', '', '1', '栏次', '', '2']),
    ...body.map((l) => row(l.split('\t').map(strip).map((t, c) => (c === 0 || c === 3 ? t.slice(0, width) : t)))),
  ];
  const blocks: Block[] = [{ kind: 'table', rows, shape: 'grid', location: loc(F, '收入支出决算总表', { page: 1, line: 1 }) }];
  return { file: F, format: 'pdf', blocks, notes: [] };
}

function read(width?: number): Disclosure {
  return interpret(cutLayout(width), defaultCatalog(), { validate: true });
}

describe('labels of 01 and 04 cut short by a narrow column', () => {
  it('names each row whose cut label begins one label only', () => {
    const t = read().tables[0];
    const key = (name: string) => t?.rows.find((r) => r.name === name)?.key;
    expect(key('一、一般公共预算财')).toBe('inc.general');
    expect(key('三、国有资本经营预')).toBe('inc.capital');
    expect(key('七、附属单位上缴收')).toBe('inc.affiliated');
    expect(key('十四、资源勘探工业')).toBe('exp.class:215');
    expect(key('十八、自然资源海洋')).toBe('exp.class:220');
  });

  it('leaves a label cut too short to tell unnamed', () => {
    // "一、一般" begins no label alone of four characters or more: not taken for 一般公共预算.
    const t = read(4).tables[0];
    expect(t?.rows.find((r) => r.name === '一、一般')?.key).toBe('inc.name:一般');
  });

  it('reads the unit from the reporting unit’s line parted over cells', () => {
    const t = read().tables[0];
    expect(t?.unit).toBe('万元');
    expect(t?.entity).toBeTruthy();
  });

  it('gives no false error between 01 and the other tables', () => {
    const report = checkDisclosure(read());
    expect(report.findings.filter((f) => f.severity === 'error' && /^(cross-table|table)\./.test(f.rule))).toEqual([]);
  });
});

describe('a 科目 name cut short', () => {
  it('is one warning for one cut printed alike in several tables, not an error for each', async () => {
    const cut = (t: string) => swap(t, '20805\t行政事业单位养老支出', '20805\t行政事业单位养老支');
    const report = await checkText(docOf(cut(T02), cut(T03), cut(T05)));
    const found = report.findings.filter((f) => f.rule === 'classification.code-name' && f.actual === '行政事业单位养老支');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.locations).toHaveLength(3);
  });
});
