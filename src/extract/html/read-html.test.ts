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
