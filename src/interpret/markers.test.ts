import { describe, expect, it } from 'vitest';
import { writePdf } from '../../test/tools/simple-pdf.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { checkBytes } from '../check.js';
import { parsePdf } from '../extract/pdf/read-pdf.js';
import { readTextLayout } from '../extract/text/read-text.js';
import type { Disclosure } from '../model/disclosure.js';
import { interpret } from './index.js';
import { dropAllMarks, dropMarkers, dropRevisionMarks } from './markers.js';

/*
 * Converter markers left by a DOCX-to-text conversion are no text, whether the text is read as text or
 * from a PDF printed from it, at the start of a line or in the middle of one.
 */
const LINES = [
  '[bookmark: _Toc23736]第三部分 2024年度部门决算情况说明',
  '[bookmark: _Toc15377206][bookmark: _Toc7475]二、收入决算情况说明',
  '2024年度本年收入合计[bookmark: _Toc9]120.00万元，其中：财政拨款收入100.00万元，占83.33%。',
  '[image: 图1.png]',
  '三、支出决算情况说明[bookmark: _Toc13893]',
  '2024年度本年支出合计120.00万元，其中：基本支出90.00万元，占75.00%。',
];

function summary(doc: Disclosure) {
  return {
    sections: doc.sections.map((s) => [s.key, s.title]),
    claims: doc.claims.map((c) => [c.subject.key, c.amount?.value ?? null, c.section]),
    lines: doc.lines.map((l) => l.text),
  };
}

describe('converter markers', () => {
  it('are dropped alike from text and from a PDF printed from it, at the start and in the middle of a line', async () => {
    const pdf = writePdf([{ texts: LINES.map((text, k) => ({ x: 40, y: 60 + k * 30, text, size: 10 })) }]);
    const fromPdf = summary(interpret(await parsePdf(pdf, 'markers.pdf'), defaultCatalog()));
    const fromText = summary(interpret(readTextLayout(LINES.join('\n\n'), 'markers.txt', 'text'), defaultCatalog()));
    expect(fromPdf.lines.join('\n')).not.toMatch(/bookmark|image:/);
    expect(fromPdf.sections).toEqual([
      ['explain', '第三部分 2024年度部门决算情况说明'],
      ['explain.income', '二、收入决算情况说明'],
      ['explain.expense', '三、支出决算情况说明'],
    ]);
    expect(fromPdf.claims).toContainEqual(['income.total', '120.00', 'explain.income']);
    expect(fromPdf).toEqual(fromText);
  });
});

describe('Word field codes copied out with a contents list', () => {
  it('are no text: each contents entry names its section, and prose keeps its own words', () => {
    const text = [
      '某某医院2023年度单位决算',
      '目录',
      '第一部分 单位概况 PAGEREF _Toc25831 \\h 3',
      '一、收入支出决算总体情况说明 PAGEREF _Toc16112 h 4',
      '二、收入决算情况说明 PAGEREF _Toc21777 \\h 4',
      '三、支出决算情况说明 PAGEREF _Toc25704 \\h 5',
      '第一部分 单位概况',
      '本院的TOC管理办法与PAGEREF一词照印。',
    ].join('\n\n');
    const doc = interpret(readTextLayout(text, 'fields.txt', 'text'), defaultCatalog());
    expect(doc.facts.contents.map((c) => c.section)).toEqual(['overview', 'explain.total', 'explain.income', 'explain.expense']);
    expect(doc.lines.map((l) => l.text).join('\n')).not.toMatch(/_Toc/);
    expect(doc.lines.map((l) => l.text)).toContain('本院的TOC管理办法与PAGEREF一词照印。');
  });
});

describe('Word’s conditional comments a web page left as text', () => {
  it('are no part of a heading, nor is a note after its name ("一、<![endif]>部门职能(为机构改革后“三定方案”确定的职能)")', async () => {
    const html = '<html><body><p>某某县某某局2022年度部门决算</p><p>第一部分 部门概况</p><p>一、&lt;![endif]&gt;部门职能(为机构改革后“三定方案”确定的职能)</p><p>负责全县某某工作。</p><p>二、机构设置</p><p>内设机构3个。</p></body></html>';
    const r = await checkBytes('page.html', new TextEncoder().encode(html));
    expect(r.findings.filter((f) => f.rule === 'completeness.section-duties')).toEqual([]);
  });
});

describe('revision balloons a converter printed into the text', () => {
  const check = (text: string) => checkBytes('revised.txt', new TextEncoder().encode(text));
  const BODY = '一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。\n';

  it('a deleted run ("Deleted: ××单位", "删除的内容: ××") is no text: no placeholder, one finding that revisions show', async () => {
    const r = await check(`某某中心2024年度部门决算\n\n第三部分 Deleted: ××单位 2024年度部门决算情况说明\n\n${BODY}\n二、收入决算情况说明 删除的内容: ××\n\n2024年度本年收入合计238.67万元。\n`);
    expect(r.findings.filter((f) => f.rule === 'template.placeholder')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'template.revisions').map((f) => f.actual)).toEqual(['未接受的修订2处']);
    expect(r.coverage.sectionsFound).toContain('explain.income');
  });

  it('an inserted run is read, only its label cut', async () => {
    const r = await check(`某某中心2024年度部门决算\n\n第三部分 2024年度部门决算情况说明\n\n${BODY}\n二、收入决算情况说明\n\n2024年度本年收入合计 Inserted: 238.67万元。\n`);
    expect(r.findings.filter((f) => f.rule === 'template.revisions')).toHaveLength(1);
    expect(r.lines.some((l) => /本年收入合计\s*238\.67万元/.test(l.text))).toBe(true);
    expect(r.lines.some((l) => l.text.includes('Inserted'))).toBe(false);
  });

  it('the words 已删除 in a sentence of the text are its own, no balloon', async () => {
    const r = await check(`某某中心2024年度部门决算\n\n${BODY}\n本单位已删除:过期资产卡片3张。\n`);
    expect(r.findings.filter((f) => f.rule === 'template.revisions')).toEqual([]);
    expect(r.lines.some((l) => l.text.includes('已删除:过期资产卡片'))).toBe(true);
  });
});

describe('dropAllMarks', () => {
  it('gives what dropMarkers then dropRevisionMarks give: the same blocks, count and first place', () => {
    const text = [
      '某某中心2024年度部门决算',
      '第三部分 Deleted: ××单位 2024年度部门决算情况说明',
      '一、收入支出决算总体情况说明',
      '| 项目 | 金额[bookmark: _Toc1] |\n| --- | --- |\n| 本年收入 删除的内容: ×× | 238.67 |',
      '2024年度本年收入合计 Inserted: 238.67万元。[image: 图1.png]',
      '二、收入决算情况说明',
      '| 项目 | 金额 |\n| --- | --- |\n| 本年支出 | 238.67 |',
    ].join('\n\n');
    const blocks = readTextLayout(text, 'marks.md', 'markdown').blocks;
    const all = dropAllMarks(blocks);
    const both = dropRevisionMarks(dropMarkers(blocks));
    expect(all).toEqual(both);
    expect(all.count).toBeGreaterThan(1);
    // Nothing to drop: the same blocks, none counted.
    const plain = readTextLayout('一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。', 'plain.txt', 'text').blocks;
    expect(dropAllMarks(plain)).toEqual({ blocks: plain, count: 0, first: null });
  });
});
