import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../catalog/catalog.js';
import type { Disclosure } from '../../model/disclosure.js';
import { readLayout } from '../../extract/index.js';
import '../../extract/register.js';
import { interpret } from '../index.js';

async function read(lines: string[], file = 'empty.txt'): Promise<Disclosure> {
  const layout = await readLayout(file, new TextEncoder().encode(lines.join('\n')));
  return interpret(layout, defaultCatalog(), { validate: true });
}

const REASON = '本单位无政府性基金预算财政拨款收入，也没有使用政府性基金安排的支出，故本表无数据。';

describe('a table printed empty, with the sentence saying why', () => {
  it('is read as printed and empty under a header parted by runs of spaces, the unit line above its title', async () => {
    const doc = await read(['某某局2024年度部门决算', '', '编制单位：某某局    金额单位：元', '2024年度政府性基金预算财政拨款收入支出决算表', '项目    年初结转和结余    本年收入    本年支出    年末结转和结余', REASON]);
    const t = doc.tables.find((x) => x.id === '07');
    expect(t).toMatchObject({ rows: [], emptyStatement: REASON, unit: '元', entity: '某某局' });
    expect(doc.coverage.tablesUnread).toEqual([]);
  });

  it('is read as printed and empty with the form\'s year on a line of its own between the reporting unit and the unit (a copy of a spreadsheet\'s print)', async () => {
    const doc = await read(['某某局2024年度部门决算', '', '附表7：政府性基金预算财政拨款收入支出决算表', '编制单位：某某局（本级）', '2024年度', '', '金额单位：元', '', '功能分类科目编码 科目名称 年初结转和结余 本年收入 本年支出合计 基本支出 项目支出 年末结转和结余', '', REASON]);
    expect(doc.tables.find((x) => x.id === '07')).toMatchObject({ rows: [], emptyStatement: REASON, unit: '元', entity: '某某局（本级）' });
  });

  it('is read as printed and empty with no header at all, only its unit line', async () => {
    const doc = await read(['某某局2024年度部门决算', '', '政府性基金预算财政拨款收入支出决算表', '金额单位：元', `注：${REASON}`]);
    expect(doc.tables.find((x) => x.id === '07')).toMatchObject({ rows: [], emptyStatement: `注：${REASON}` });
  });

  it('is not reported unread when its tab-separated header stands over the sentence', async () => {
    const doc = await read(['某某局2024年度部门决算', '', '公开07表 政府性基金预算财政拨款收入支出决算表', '单位：万元', '', '科目编码\t科目名称\t年初结转和结余\t本年收入\t本年支出合计\t基本支出\t项目支出\t年末结转和结余', REASON]);
    expect(doc.tables.find((x) => x.id === '07')).toMatchObject({ rows: [], emptyStatement: REASON });
    expect(doc.coverage.unread.filter((n) => /只有表头/.test(n))).toEqual([]);
  });

  it('is read as printed and empty under a header run together and a total row of zeros (a borderless print)', async () => {
    const said = '本单位无国有资本经营预算财政拨款支出，故本表无数据。';
    const doc = await read(['某某局2024年度部门决算', '', '表八 国有资本经营预算财政拨款支出决算表', '单位：万元', '科目编码科目名称本年支出合计基本支出项目支出', '合计 0.00 0.00 0.00', said]);
    expect(doc.tables.find((x) => x.id === '08')).toMatchObject({ rows: [], emptyStatement: said });
  });

  it('is read as printed and empty where the form\'s note on the table stands between its header and the sentence', async () => {
    const said = '说明：某某局本年度没有国有资本经营预算财政拨款支出，故本表无数据。';
    const note = '注：本表反映单位本年度国有资本经营预算财政拨款支出情况。';
    const doc = await read(['某某局2024年度部门决算', '', '附表8：国有资本经营预算财政拨款支出决算表', '编制单位：某某局　2024年度　金额单位：元', '功能分类科目编码科目名称合计基本支出项目支出', note, said]);
    expect(doc.tables.find((x) => x.id === '08')).toMatchObject({ rows: [], emptyStatement: said });
    // The note alone says nothing of the table having no data.
    const none = await read(['某某局2024年度部门决算', '', '附表8：国有资本经营预算财政拨款支出决算表', '编制单位：某某局　2024年度　金额单位：元', '功能分类科目编码科目名称合计基本支出项目支出', note, '二、收入支出决算总体情况说明']);
    expect(none.tables.find((x) => x.id === '08' && x.emptyStatement)).toBeUndefined();
  });

  it('is not read as empty where the row under the header holds figures other than zeros', async () => {
    const said = '本单位无国有资本经营预算财政拨款支出，故本表无数据。';
    const doc = await read(['某某局2024年度部门决算', '', '表八 国有资本经营预算财政拨款支出决算表', '单位：万元', '科目编码科目名称本年支出合计基本支出项目支出', '合计 12.00 12.00 0.00', said]);
    expect(doc.tables.find((x) => x.id === '08' && x.emptyStatement)).toBeUndefined();
  });

  it('is not found in a title without a frame (a list of the tables, then prose)', async () => {
    const doc = await read(['某某局2024年度部门决算', '', '七、政府性基金预算财政拨款收入支出决算表', REASON]);
    expect(doc.tables.find((x) => x.id === '07')).toBeUndefined();
  });

  it('is read as printed and empty from a PDF, its sentence wrapped over lines and a header cell wrapped onto a line of its own', async () => {
    // 07 and 08 printed empty and 09 with its rows, LibreOffice's print of the Word file (test/fixtures/pdf/README).
    const file = fileURLToPath(new URL('../../../test/fixtures/pdf/lo-07-08-printed-empty.pdf', import.meta.url));
    const layout = await readLayout(file, new Uint8Array(await readFile(file)));
    const doc = interpret(layout, defaultCatalog(), { validate: true });
    expect(doc.tables.find((x) => x.id === '07')).toMatchObject({ rows: [], emptyStatement: REASON, unit: '元' });
    expect(doc.tables.find((x) => x.id === '08')).toMatchObject({ rows: [], emptyStatement: expect.stringMatching(/^本单位无国有资本经营.*故本表无数据。$/) });
  });

  it('takes a short sentence without a stop after its header for the sentence, not for a wrapped header cell', async () => {
    const doc = await read(['某某局2024年度部门决算', '', '编制单位：某某局    金额单位：元', '2024年度国有资本经营预算财政拨款支出决算表', '项目    合计    基本支出    项目支出', '本表无数据']);
    expect(doc.tables.find((x) => x.id === '08')).toMatchObject({ rows: [], emptyStatement: '本表无数据' });
  });
});
