import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock, TableBlock } from '../../model/layout.js';
import { checkBytes } from '../../check.js';
import { readDocxLayout } from './read-docx.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const enc = (s: string) => new TextEncoder().encode(s);

function docx(body: string, styles?: string, numbering?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = enc(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  if (styles) files['word/styles.xml'] = enc(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  return zipSync(files);
}
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;

describe('readDocxLayout', () => {
  it('reads heading levels from localized style ids, basedOn, outline levels and style names', () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="我的标题"/><w:basedOn w:val="1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="决算小标题"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`;
    const body = [
      p('第一部分 部门概况', '<w:pStyle w:val="1"/>'),
      p('一、部门职责', '<w:pStyle w:val="a5"/>'),
      p('（一）主要职能', '<w:pStyle w:val="Custom"/>'),
      p('二、机构设置', '<w:outlineLvl w:val="1"/>'),
      p('正文', '<w:pStyle w:val="Normal"/><w:outlineLvl w:val="9"/>'),
      p('英文样式', '<w:pStyle w:val="Heading3"/>'),
    ].join('');
    const layout = readDocxLayout(docx(body, styles), 'a.docx');
    expect(layout.blocks.map((b) => (b as ParagraphBlock).heading)).toEqual([1, 1, 3, 2, null, 3]);
    // Without styles.xml the style id itself is enough for Heading1..9.
    expect((readDocxLayout(docx(p('标题', '<w:pStyle w:val="Heading2"/>')), 'b.docx').blocks[0] as ParagraphBlock).heading).toBe(2);
  });

  it('reads runs: tabs, line breaks, tracked changes, text boxes once, paragraph ordinals', () => {
    const body = [
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>收入</w:t><w:tab/><w:t>100.00</w:t><w:br/><w:t>万元</w:t><w:br w:type="page"/></w:r></w:p>',
      '<w:p/>',
      '<w:p><w:r><w:t>支出</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins><w:r><w:t>合计</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>',
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    ].join('');
    const layout = readDocxLayout(docx(body), 'runs.docx');
    expect(layout.blocks.map((b) => [(b as ParagraphBlock).text, b.location.line])).toEqual([
      ['收入\t100.00\n万元', 1],
      ['支出合计', 3],
      ['文本框', 4],
    ]);
    expect(layout.notes.join('')).toContain('图片');
  });

  it('resolves gridSpan, vMerge, gridBefore and flattens nested tables', () => {
    const nested = `<w:tbl><w:tr>${tc('甲')}${tc('乙')}</w:tr><w:tr>${tc('丙')}${tc('丁')}</w:tr></w:tbl>`;
    const body = [
      p('表前'),
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>',
      `<w:tr>${tc('项目', '<w:vMerge w:val="restart"/>')}${tc('金额', '<w:gridSpan w:val="2"/>')}</w:tr>`,
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('上年')}${tc('本年')}</w:tr>`,
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('1.00')}<w:tc>${p('嵌套')}${nested}</w:tc></w:tr>`,
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('2.00')}${tc('')}</w:tr>`,
      '</w:tbl>',
      p('表后'),
    ].join('');
    const layout = readDocxLayout(docx(body), 't.docx');
    expect(layout.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = layout.blocks[1] as TableBlock;
    expect(t.rows.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan, c.location.cell?.col]))).toEqual([
      [['项目', 1, 3, 1], ['金额', 2, 1, 2]],
      [['上年', 1, 1, 2], ['本年', 1, 1, 3]],
      [['1.00', 1, 1, 2], ['嵌套\n甲\t乙\n丙\t丁', 1, 1, 3]],
      [['2.00', 1, 1, 2], ['', 1, 1, 3]],
    ]);
    expect(t.location.line).toBe(2);
    expect(t.rows[3]?.[0]?.location).toMatchObject({ line: 5, cell: { table: 1, row: 4, col: 2 } });
    expect(layout.blocks[2]?.location.line).toBe(6);
  });

  it('renders automatic numbering (一、 （一） 1.) in document order', () => {
    const numbering = `
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="列表标题"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const num = (id: number, lvl: number) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    const body = [
      p('收入决算情况', '<w:pStyle w:val="a1"/>'),
      p('财政拨款收入', num(1, 1)),
      p('', num(1, 1)),
      p('其他收入', num(1, 1)),
      p('支出决算情况', num(1, 0)),
      p('基本支出', num(1, 1)),
      p('第一条', num(2, 0)),
      p('要点', num(3, 0)),
    ].join('');
    const layout = readDocxLayout(docx(body, styles, numbering), 'n.docx');
    expect(layout.blocks.map((b) => (b as ParagraphBlock).text)).toEqual([
      '一、收入决算情况',
      '（一）财政拨款收入',
      '（二）', // an empty numbered paragraph still prints its number
      '（三）其他收入',
      '二、支出决算情况',
      '（一）基本支出',
      '1.第一条',
      '要点',
    ]);
  });

  it('refuses a ZIP without word/document.xml, naming what it is', () => {
    const xlsx = zipSync({ 'xl/workbook.xml': enc('<workbook/>') });
    expect(() => readDocxLayout(xlsx, 'book.docx')).toThrow(/Excel/);
  });
});

describe('a Word file with tracked changes not accepted', () => {
  // A heading whose "××部门" was deleted and its name inserted, a paragraph moved: the final text is read.
  const body = [
    '<w:p><w:r><w:t xml:space="preserve">第三部分 </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>××部门</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>某某中心</w:t></w:r></w:ins><w:r><w:t>2024年度部门决算情况说明</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>一、收入支出决算总体情况说明</w:t></w:r></w:p>',
    '<w:p><w:moveFrom w:id="3" w:author="a"><w:r><w:t>2024年度收、支总计××万元。</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="a"><w:r><w:t>2024年度收、支总计238.67万元。</w:t></w:r></w:moveTo></w:p>',
  ].join('');

  it('reads the final text (deletions and moved-from runs skipped, insertions and moved-to runs read) and counts the changes', () => {
    const layout = readDocxLayout(docx(body), 'revised.docx');
    expect(layout.blocks.map((b) => (b as ParagraphBlock).text)).toEqual(['第三部分 某某中心2024年度部门决算情况说明', '一、收入支出决算总体情况说明', '2024年度收、支总计238.67万元。']);
    expect(layout.revisions).toBe(4);
  });

  it('reports no placeholder from a deleted run, and once that revisions show', async () => {
    const r = await checkBytes('revised.docx', docx(body));
    expect(r.findings.filter((f) => f.rule === 'template.placeholder')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'template.revisions').map((f) => f.actual)).toEqual(['未接受的修订4处']);
  });
});

describe('a web page framed by a table, opened in Word or LibreOffice', () => {
  it('reads the frame as the flow of the page, its paragraphs counted as lines and its data tables numbered in order', () => {
    const nine = `<w:tbl><w:tr>${tc('合计')}${tc('公务接待费')}</w:tr><w:tr>${tc('0.94')}${tc('0.94')}</w:tr><w:tr>${tc('0.50')}${tc('0.50')}</w:tr></w:tbl>`;
    const body = [
      p('页首'),
      `<w:tbl><w:tr>${tc('部门预算')}<w:tc>${p('某局2024年度部门决算', '<w:pStyle w:val="Heading1"/>')}${p('公开09表')}${nine}${p('九、“三公”经费说明')}</w:tc></w:tr></w:tbl>`,
      p('页尾'),
    ].join('');
    const layout = readDocxLayout(docx(body), 'frame.docx');
    expect(layout.blocks.map((b) => `${b.kind === 'table' ? 't' : (b as ParagraphBlock).text}@${b.location.line}`)).toEqual([
      '页首@1',
      '部门预算@2',
      '某局2024年度部门决算@3',
      '公开09表@4',
      't@5',
      '九、“三公”经费说明@8',
      '页尾@9',
    ]);
    expect(layout.blocks[2]).toMatchObject({ heading: 1 });
    expect((layout.blocks[4] as TableBlock).rows[1]?.[1]?.location).toMatchObject({ line: 6, cell: { table: 1, row: 2, col: 2 } });
  });
});

describe('a PDF turned into Word: every run of text in a positioned text box of its own', () => {
  // A line's words and its figures in separate boxes, as LibreOffice's PDF import saves them.
  const box = (text: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p(text)}</w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent></w:r>`;
  const pieces = [
    '上海市某某局', '年度部门决算', '2024', '一、收入支出决算总体情况说明', '上海市某某局', '年度收入支出总计', '万元。与', '2995.39',
    '年度相比，收入支出总计减少', '万元，下降', '56.95', '1.87%', '二、收入决算情况说明', '本年收入合计', '万元，其中：财政拨款收入', '2946.25', '2940.05',
  ];
  const boxed = `<w:p>${[...pieces, ...pieces, ...pieces].map(box).join('')}</w:p>`;

  it('marks the layout as read from text boxes when many boxes hold most of the text, and not for a few boxes beside the body', () => {
    expect(readDocxLayout(docx(boxed), 'boxed.docx').boxedText).toBe(true);
    const body = [p('一、收入支出决算总体情况说明'), p('本部门2024年度收入支出总计2995.39万元，比上年减少56.95万元，下降1.87%。'), `<w:p>${box('图1')}${box('图2')}</w:p>`].join('');
    expect(readDocxLayout(docx(body), 'plain.docx').boxedText).toBeUndefined();
  });

  it('says a line without its figure once, as a warning that the figure may be in another box, never as an error', async () => {
    const r = await checkBytes('boxed.docx', docx(boxed));
    const blanks = r.findings.filter((f) => f.rule === 'template.missing-figure');
    expect(blanks).toHaveLength(1);
    expect(blanks[0]).toMatchObject({ severity: 'warning' });
    expect(blanks[0]?.message).toContain('文本框');
    expect(blanks[0]?.locations.length).toBeGreaterThan(1);
    // The same words in ordinary paragraphs are blanks left in a template: errors.
    const plain = await checkBytes('plain.docx', docx(pieces.map((t) => p(t)).join('')));
    expect(plain.findings.filter((f) => f.rule === 'template.missing-figure' && f.severity === 'error').length).toBeGreaterThan(0);
  });
});
