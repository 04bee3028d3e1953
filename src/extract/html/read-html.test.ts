import { describe, expect, it } from 'vitest';
import type { ParagraphBlock, TableBlock } from '../../model/layout.js';
import { readHtmlLayout, readHtmlString } from './read-html.js';

const page = `<!DOCTYPE html>
<html><head><title>不要读标题</title>
<style>p { color: red }</style>
<script>var x = "<p>不要读脚本</p>";</script>
</head>
<body>
<h1>某某局2024年度<b>部门决算</b></h1>
<p>收入&nbsp;合计&lt;100&gt;&#19975;元<br>第二行
  换行继续</p>
<div>一、部门职责<ul><li>第一项</li><li>第二项</li></ul></div>
<table>
<caption>表1 收入支出决算总表</caption>
<tr><th rowspan="2">项目</th><th colspan="2">金额</th><th>备注</th></tr>
<tr><td>上年</td><td>本年</td><td></td></tr>
<tr><td>合计</td><td>1.00<br>（万元）</td><td><table><tr><td>甲</td><td>乙</td></tr></table></td><td>无</td></tr>
</table>
<pre>第一行
第二行</pre>
<p style="white-space:pre-wrap">保留	制表符</p>
</body></html>`;

describe('readHtmlString', () => {
  const layout = readHtmlString(page, 'p.html');
  const paras = layout.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');

  it('reads headings and paragraphs, skipping head, script and style, with source lines', () => {
    expect(paras.map((b) => [b.text, b.heading, b.location.line])).toEqual([
      ['某某局2024年度部门决算', 1, 7],
      ['收入 合计<100>万元', null, 8],
      ['第二行 换行继续', null, 8],
      ['一、部门职责', null, 10],
      ['第一项', null, 10],
      ['第二项', null, 10],
      ['表1 收入支出决算总表', null, 12],
      ['第一行', null, 17],
      ['第二行', null, 18],
      ['保留\t制表符', null, 19],
    ]);
  });

  it('reads tables with spans, grid columns and nested tables flattened', () => {
    const t = layout.blocks.find((b): b is TableBlock => b.kind === 'table') as TableBlock;
    expect(t.rows.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan, c.location.cell?.col]))).toEqual([
      [['项目', 1, 2, 1], ['金额', 2, 1, 2], ['备注', 1, 1, 4]],
      [['上年', 1, 1, 2], ['本年', 1, 1, 3], ['', 1, 1, 4]],
      [['合计', 1, 1, 1], ['1.00\n（万元）', 1, 1, 2], ['甲\t乙', 1, 1, 3], ['无', 1, 1, 4]],
    ]);
    expect(t.location.line).toBe(13);
    expect(t.rows[2]?.[3]?.location).toMatchObject({ line: 15, cell: { table: 1, row: 3, col: 4 } });
  });

  it('bounds hostile spans and refuses absurd nesting', () => {
    const rows = '<tr><td rowspan="65534" colspan="1000">x</td><td>y</td></tr>'.repeat(20_000);
    const l = readHtmlString(`<table>${rows}</table>${'<div>'.repeat(500)}深${'</div>'.repeat(500)}`, 'h.html');
    const t = l.blocks[0] as TableBlock;
    expect(t.rows[0]?.[0]).toMatchObject({ colSpan: 1000, rowSpan: 20_000 });
    expect(l.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '深' });
    expect(() => readHtmlString(`${'<div>'.repeat(100_000)}深`, 'deep.html')).toThrow(/deep\.html.*嵌套/);
  });
});

describe('readHtmlLayout encodings', () => {
  // "决算" in GBK: BE F6 CB E3.
  const gbk = (meta: string) =>
    new Uint8Array([...new TextEncoder().encode(`<html><head>${meta}</head><body><p>`), 0xbe, 0xf6, 0xcb, 0xe3, ...new TextEncoder().encode('</p></body></html>')]);

  it('decodes pages declared GB2312/GBK as GB18030', () => {
    for (const meta of ['<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=GBK">', '']) {
      expect((readHtmlLayout(gbk(meta), 'g.html').blocks[0] as ParagraphBlock).text).toBe('决算');
    }
  });

  it('refuses binary data', () => {
    expect(() => readHtmlLayout(new Uint8Array([0x3c, 0x70, 0x3e, 0, 1, 2]), 'bin.html')).toThrow(/bin\.html.*二进制/);
  });
});

describe('pictures of the site’s frame', () => {
  const images = (body: string) => readHtmlString(`<html><body>${body}<p>正文</p></body></html>`, 'i.html').images;

  it('a logo in the link to the home page, or named as one, is not a picture of the document', () => {
    expect(images('<a href="/"><img src="/images/head.png" alt="某市人民政府"></a>')).toBe(0);
    expect(images('<img src="/images/site-logo.png">')).toBe(0);
    expect(images('<img src="/img/qrcode.jpg" alt="扫一扫">')).toBe(0);
  });

  it('a picture in the article still is', () => {
    expect(images('<img src="/uploadfiles/2025/09/W0202509150009.png" width="640">')).toBe(1);
  });
});

describe('layout tables (a table framing the page, the article in a cell)', () => {
  const kinds = (html: string) =>
    readHtmlString(html, 'l.html').blocks.map((b) =>
      b.kind === 'paragraph' ? `p:${b.text}@${b.location.line}` : `t${b.rows[0]?.[0]?.location.cell?.table ?? ''}:${b.rows.map((r) => r.map((c) => c.text).join('|')).join('/')}@${b.location.line}`,
    );
  const nine = '<table border="1"><tr><td>合计</td><td>因公出国（境）费</td><td>公务接待费</td></tr><tr><td>0.94</td><td>0.00</td><td>0.94</td></tr></table>';

  it('reads the cells of a page frame as the flow of the page: its paragraphs and its data tables as blocks, in order', () => {
    const html = `<body>
<table width="1000"><tr><td width="220"><ul><li>部门预算</li><li>部门决算</li></ul></td><td valign="top">
<h1>某局2024年度部门决算</h1>
<p>公开09表　金额单位：万元</p>
${nine}
<p>九、“三公”经费说明</p>
</td></tr></table>
<p>页脚</p></body>`;
    const blocks = readHtmlString(html, 'l.html').blocks;
    expect(kinds(html)).toEqual([
      'p:部门预算@2',
      'p:部门决算@2',
      'p:某局2024年度部门决算@3',
      'p:公开09表　金额单位：万元@4',
      't1:合计|因公出国（境）费|公务接待费/0.94|0.00|0.94@5',
      'p:九、“三公”经费说明@6',
      'p:页脚@8',
    ]);
    expect(blocks[2]).toMatchObject({ heading: 1 });
    expect((blocks[4] as TableBlock).rows[1]?.[2]?.location).toMatchObject({ line: 5, cell: { table: 1, row: 2, col: 3 } });
  });

  it('opens frames nested in frames, and numbers the data tables in page order', () => {
    const html = `<table><tr><td>
<table><tr><td><h2>标题</h2><p>正文一，部门决算情况说明。</p>${nine}</td></tr></table>
</td></tr><tr><td><p>附表</p>${nine}</td></tr></table>
${nine}`;
    expect(kinds(html).map((k) => k.replace(/:.*@/, '@'))).toEqual(['p@2', 'p@2', 't1@2', 'p@3', 't2@3', 't3@4']);
  });

  it('reads an article of many paragraphs in a one-column frame as paragraphs', () => {
    const ps = Array.from({ length: 8 }, (_, i) => `<p>第${i + 1}段，收入合计100.00万元。</p>`).join('\n');
    expect(kinds(`<table><tr><td>标题栏</td></tr><tr><td>\n${ps}\n</td></tr></table>`)).toEqual([
      'p:标题栏@1',
      ...Array.from({ length: 8 }, (_, i) => `p:第${i + 1}段，收入合计100.00万元。@${i + 2}`),
    ]);
  });

  it('keeps data tables as data tables: a nested table in a header cell, text cells, a grid of figures', () => {
    // Merged headers drawn as a table in a cell, with figures below.
    const header = `<table><tr><td>项目</td><td><table><tr><td colspan="2">决算数</td></tr><tr><td>基本支出</td><td>项目支出</td></tr></table></td></tr>
<tr><td>合计</td><td>1.00</td></tr><tr><td>行政运行</td><td>2.00</td></tr><tr><td>其他</td><td>3.00</td></tr></table>`;
    expect(kinds(header)).toEqual(['t1:项目|决算数\n基本支出\t项目支出/合计|1.00/行政运行|2.00/其他|3.00@1']);
    // An empty table (no figures) whose header is a nested table: that cell holds the table alone.
    expect(kinds('<table><tr><td>项目</td><td><table><tr><td>决算数</td></tr></table></td></tr><tr><td>合计</td><td></td></tr></table>')).toHaveLength(1);
    // A performance sheet of text cells, a paragraph or two in each (Word-made pages put <p>s in cells).
    const sheet = `<table><tr><td><p>年度目标</p></td><td><p>目标一。</p><p>目标二。</p></td></tr><tr><td><p>完成情况</p></td><td><p>已完成。</p></td></tr></table>`;
    expect(kinds(sheet)).toEqual(['t1:年度目标|目标一。\n目标二。/完成情况|已完成。@1']);
  });

  // (Its time is measured by bench/, not asserted here.)
  it('reads frames nested as deep as the nesting limit allows, each frame’s paragraph and the table inside', () => {
    const depth = 300;
    const html = `${'<table><tr><td><p>段落</p>'.repeat(depth)}${nine}${'</td></tr></table>'.repeat(depth)}`;
    const blocks = readHtmlString(html, 'deep.html').blocks;
    expect(blocks).toHaveLength(depth + 1);
    expect(blocks.at(-1)?.kind).toBe('table');
  });
});

describe('lines of text separated by <br>', () => {
  it('locates each line at its first visible character, not at the line break before it', () => {
    const html = `<div>
&nbsp;&nbsp;第一部分 部门概况<br>
　　一、收入支出决算总体情况说明<br>
&nbsp;&nbsp;收、支总计均为238.67万元。<br>
　　十三、预算绩效情况说明<br>
</div>`;
    const paras = readHtmlString(html, 'b.html').blocks as ParagraphBlock[];
    expect(paras.map((p) => p.location.line)).toEqual([2, 3, 4, 5]);
  });
});
