import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { JuesuanError, LIMITS } from '../../errors.js';
import type { ParagraphBlock, TableBlock } from '../../model/layout.js';
import { detectFormat, readLayout } from '../index.js';
import { readXlsxLayout } from './read-xlsx.js';
import '../register.js';

const enc = new TextEncoder();
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A package from its parts; the workbook and its relationships are made for the sheets given. */
function pkg(sheets: { name: string; xml: string; state?: string }[], parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': enc.encode(
      `<workbook ${NS}>${parts.workbookPr ?? ''}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': enc.encode(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc.encode(`<worksheet ${NS}>${s.xml}</worksheet>`);
  });
  for (const [k, v] of Object.entries(parts)) if (k.includes('/')) files[k] = enc.encode(v);
  return zipSync(files);
}

const STYLES = `<styleSheet ${NS.split(' ')[0]}><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00_ "/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

function texts(blocks: ReturnType<typeof readXlsxLayout>['blocks']): string[] {
  return blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[table ${b.rows.length}×${b.rows[0]?.length}]`));
}

describe('XLSX reader', () => {
  it('shows numbers as their number format does, from the stored string', () => {
    const sheet = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c><c r="C1" t="inlineStr"><is><t>占比</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>合计</t></is></c><c r="B2" s="1"><v>2940.0499999999997</v></c><c r="C2" s="3"><v>0.71653</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>其中</t></is></c><c r="B3" s="2"><v>1.0049999999999999</v></c><c r="C3"><v>238.67000000000002</v></c></row></sheetData>`;
    const layout = readXlsxLayout(pkg([{ name: '表', xml: sheet }], { 'xl/styles.xml': STYLES }), 'a.xlsx');
    const t = layout.blocks[0] as TableBlock;
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '金额', '占比'],
      ['合计', '2,940.05 ', '71.65%'],
      ['其中', '1.01', '238.67'],
    ]);
    expect(t.rows[1]?.[1]?.location).toMatchObject({ sheet: '表', ref: 'B2', line: 2, cell: { table: 1, row: 2, col: 2 } });
  });

  it('reads shared strings: rich text runs joined, phonetic runs left out, _xHHHH_ escapes undone', () => {
    const sst = `<sst ${NS.split(' ')[0]}><si><t>收入决算表</t></si><si><r><rPr><b/></rPr><t>本年</t></r><r><t xml:space="preserve">收入合计</t></r><rPh sb="0" eb="2"><t>ほんねん</t></rPh></si><si><t>甲_x000D_乙</t></si></sst>`;
    const sheet = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3"><v>5</v></c></row></sheetData>`;
    const layout = readXlsxLayout(pkg([{ name: 'S', xml: sheet }], { 'xl/sharedStrings.xml': sst }), 'b.xlsx');
    expect((layout.blocks[0] as ParagraphBlock).text).toBe('收入决算表');
    expect((layout.blocks[0] as ParagraphBlock).heading).toBe(1);
    expect((layout.blocks[1] as TableBlock).rows[0]?.map((c) => c.text)).toEqual(['本年收入合计', '甲\r乙', '5']);
  });

  it('finds the shared strings and styles through the workbook relationships', () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings/shared.xml"/></Relationships>`;
    const sheet = `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>`;
    const bytes = pkg([{ name: 'S', xml: sheet }], {
      'xl/_rels/workbook.xml.rels': rels,
      'xl/strings/shared.xml': `<sst ${NS.split(' ')[0]}><si><t>项目</t></si><si><t>决算数</t></si></sst>`,
    });
    expect((readXlsxLayout(bytes, 'c.xlsx').blocks[0] as TableBlock).rows[0]?.map((c) => c.text)).toEqual(['项目', '决算数']);
  });

  it('turns merged ranges into spans, and title, label, unit and note rows into paragraphs', () => {
    const s = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const n = (r: string, v: string) => `<c r="${r}" s="2"><v>${v}</v></c>`;
    const sheet = `<sheetData>
<row r="1">${s('A1', '一般公共预算财政拨款支出决算表')}</row>
<row r="2">${s('E2', '公开05表')}</row>
<row r="3">${s('A3', '编制单位：某局')}${s('E3', '单位：万元')}</row>
<row r="4">${s('A4', '项目')}${s('C4', '本年支出')}</row>
<row r="5">${s('A5', '科目代码')}${s('B5', '科目名称')}${s('C5', '小计')}${s('D5', '基本支出')}${s('E5', '项目支出')}</row>
<row r="6">${s('A6', '合计')}${n('C6', '10')}${n('D6', '6')}${n('E6', '4')}</row>
<row r="7">${s('A7', '注：本表反映一般公共预算财政拨款支出情况。')}</row>
<row r="9">${s('A9', '财政拨款“三公”经费支出决算表')}</row>
<row r="10">${s('A10', '合计')}${s('B10', '公务接待费')}</row>
<row r="11">${n('A11', '1')}${n('B11', '1')}</row>
</sheetData><mergeCells count="5"><mergeCell ref="A1:E1"/><mergeCell ref="A4:B4"/><mergeCell ref="C4:E4"/><mergeCell ref="A6:B6"/><mergeCell ref="A7:E7"/></mergeCells>`;
    const layout = readXlsxLayout(pkg([{ name: '公开05表', xml: sheet }], { 'xl/styles.xml': STYLES }), 'd.xlsx');
    expect(texts(layout.blocks)).toEqual([
      '一般公共预算财政拨款支出决算表',
      '公开05表',
      '编制单位：某局\t单位：万元',
      '[table 3×2]',
      '注：本表反映一般公共预算财政拨款支出情况。',
      '财政拨款“三公”经费支出决算表',
      '[table 2×2]',
    ]);
    const t = layout.blocks[3] as TableBlock;
    expect(t.rows[0]?.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['项目', 2, 1],
      ['本年支出', 3, 1],
    ]);
    expect(t.rows[2]?.map((c) => [c.text, c.colSpan])).toEqual([
      ['合计', 2],
      ['10.00', 1],
      ['6.00', 1],
      ['4.00', 1],
    ]);
    expect(t.rows[2]?.[1]?.location).toMatchObject({ ref: 'C6', cell: { table: 1, row: 3, col: 3 } });
  });

  it('leaves dates as the text the sheet shows, never as amounts', () => {
    const sheet = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>截至</t></is></c><c r="B1" s="4"><v>45657</v></c><c r="C1" s="5"><v>45657</v></c><c r="D1" t="d"><v>2024-12-31T00:00:00</v></c><c r="E1" t="inlineStr"><is><t>2024-12-31</t></is></c></row></sheetData>`;
    const layout = readXlsxLayout(pkg([{ name: 'S', xml: sheet }], { 'xl/styles.xml': STYLES }), 'e.xlsx');
    expect((layout.blocks[0] as TableBlock).rows[0]?.map((c) => c.text)).toEqual(['截至', '2024/12/31', '2024年12月31日', '2024-12-31', '2024-12-31']);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const sheet = `<sheetData><row r="1"><c r="A1" s="4"><v>44196</v></c><c r="B1" t="inlineStr"><is><t>日期</t></is></c></row></sheetData>`;
    const layout = readXlsxLayout(pkg([{ name: 'S', xml: sheet }], { 'xl/styles.xml': STYLES, workbookPr: '<workbookPr date1904="1"/>' }), 'f.xlsx');
    expect((layout.blocks[0] as TableBlock).rows[0]?.[0]?.text).toBe('2025/1/1');
  });

  it('shows booleans, errors and formula results; notes formulas saved without a result', () => {
    const sheet = `<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c r="D1"><f>SUM(1,2)</f><v>3</v></c><c r="E1"><f>SUM(1,2)</f></c></row></sheetData>`;
    const layout = readXlsxLayout(pkg([{ name: 'S', xml: sheet }]), 'g.xlsx');
    const row = (layout.blocks[0] as TableBlock).rows[0];
    expect(row?.map((c) => c.text)).toEqual(['TRUE', '#DIV/0!', 'TRUEx', '3', '']);
    // The formula without its result is kept as a cell whose value was not read: unknown, not blank.
    expect(row?.map((c) => c.unread ?? false)).toEqual([false, false, false, false, true]);
    expect(row?.[4]?.location.ref).toBe('E1');
    expect(layout.notes.join()).toMatch(/1 个公式单元格没有保存计算结果/);
  });

  it('skips hidden sheets and says so; cells without references follow on', () => {
    const sheet = `<sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c t="inlineStr"><is><t>乙</t></is></c></row><row><c r="B2"><v>1</v></c></row></sheetData>`;
    const layout = readXlsxLayout(pkg([{ name: '参数', xml: '<sheetData/>', state: 'hidden' }, { name: 'S', xml: sheet }]), 'h.xlsx');
    expect(layout.notes).toEqual(['工作表「参数」是隐藏工作表，未读取']);
    expect((layout.blocks[0] as TableBlock).rows.map((r) => r.map((c) => c.text))).toEqual([
      ['甲', '乙'],
      ['', '1'],
    ]);
  });

  it('refuses a merge or a cell far outside any real table without laying out the sheet', () => {
    const sheet = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells>`;
    const layout = readXlsxLayout(pkg([{ name: 'S', xml: sheet }]), 'i.xlsx');
    expect((layout.blocks[0] as TableBlock).rows).toHaveLength(1);
  });
});

describe('broken, encrypted and mislabelled workbooks', () => {
  const corpus = new Uint8Array(readFileSync('test/corpus/xlsx/rongcheng-city-2024.xlsx'));

  it('a truncated XLSX', () => {
    expect(() => readXlsxLayout(corpus.subarray(0, corpus.length >> 1), 'cut.xlsx')).toThrow(/cut\.xlsx 不是完整有效的 XLSX（ZIP）文件.*截断/);
  });

  it('a sheet that is not XML', () => {
    expect(() => readXlsxLayout(pkg([{ name: 'S', xml: '<sheetData><row>' }]), 'bad.xlsx')).toThrow(/不是格式正确的 XML.*Excel 或 WPS 表格/);
  });

  it('an .xlsx that is a Word document', () => {
    const docx = zipSync({ 'word/document.xml': enc.encode('<w:document/>') });
    expect(() => readXlsxLayout(docx, 'report.xlsx')).toThrow(/不是 Excel 工作簿：这是一个 Word 文档（\.docx）/);
  });

  it('a zip bomb (a sheet that inflates past the limit)', () => {
    const base = pkg([{ name: 'S', xml: '' }]);
    const parts: Record<string, Uint8Array> = { 'xl/worksheets/sheet1.xml': new Uint8Array(LIMITS.maxDocxUncompressed + 1024).fill(0x61) };
    for (const name of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) parts[name] = unzipSync(base)[name] as Uint8Array;
    const bomb = zipSync(parts, { level: 9 });
    const err = (() => {
      try {
        readXlsxLayout(bomb, 'bomb.xlsx');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(JuesuanError);
    expect((err as JuesuanError).code).toBe('LIMIT_EXCEEDED');
    expect((err as JuesuanError).message).toMatch(/压缩炸弹.*XLSX/);
  });

  it('detectFormat: ZIPs by content and extension, OLE files as XLS, HTML and text saved as .xls', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(detectFormat('a.xlsx', corpus)).toBe('xlsx');
    expect(detectFormat('a.xls', corpus)).toBe('xlsx');
    expect(detectFormat('a', corpus)).toBe('xlsx');
    expect(detectFormat('a.xls', ole)).toBe('xls');
    expect(detectFormat('a.xlsx', ole)).toBe('xls');
    expect(detectFormat('a.xls', enc.encode('<html><body><table><tr><td>1</td></tr></table></body></html>'))).toBe('html');
    expect(detectFormat('a.xls', enc.encode('项目\t金额\n合计\t1.00\n'))).toBe('text');
    expect(() => detectFormat('a.xls', enc.encode('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook/>'))).toThrow(/Excel 2003 XML/);
  });

  it('an encrypted workbook (OLE container with EncryptedPackage), named .xlsx or .xls', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]), 0x400);
    for (const name of ['secret.xlsx', 'secret.xls']) {
      await expect(readLayout(name, ole)).rejects.toThrow(/文件已加密：secret\.xlsx? 设置了打开密码/);
    }
  });

  it('a password-protected XLS (FILEPASS record), in the worker', async () => {
    // LibreOffice's own XLS with its WRITEACCESS record turned into an XOR-obfuscation FILEPASS record.
    const xls = new Uint8Array(readFileSync('test/corpus/xlsx/rongcheng-city-2024.xls'));
    let at = -1;
    for (let i = 512; i < xls.length - 4 && at < 0; i++) if (xls[i] === 0x5c && xls[i + 1] === 0 && xls[i + 2] === 0x70 && xls[i + 3] === 0) at = i;
    xls[at] = 0x2f;
    xls.fill(0, at + 4, at + 10);
    const err = await readLayout('protected.xls', xls).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JuesuanError);
    expect((err as JuesuanError).code).toBe('CORRUPT_FILE');
    expect((err as JuesuanError).message).toMatch(/文件已加密：protected\.xls 设置了打开密码/);
  });

  // A real Word .doc named .xls is read as a Word document: test/libreoffice.test.ts.
  it('OLE garbage named .xls', async () => {
    const junk = new Uint8Array(4096).fill(7);
    junk.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await readLayout('junk.xls', junk).catch((e: unknown) => e);
    expect((err as JuesuanError).code).toBe('CORRUPT_FILE');
    expect((err as JuesuanError).message).toMatch(/junk\.xls/);
  });
});
