import { existsSync, readFileSync, statSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { compose } from '../src/compose/compose.js';
import type { ChartBlock, ComposedDocument } from '../src/compose/document.js';
import { parseComposeInput } from '../src/compose/input.js';
import { loadTemplate } from '../src/compose/template.js';
import { readHtmlString } from '../src/extract/html/read-html.js';
import { chartLabel, chartOption, chartPng, chartPngs, chartSvg } from '../src/render/charts/index.js';
import { cjkFont, NO_CJK_FONT_NOTE, resetCjkFont } from '../src/render/charts/font.js';
import { faceFile } from '../src/render/charts/sfnt.js';
import { clearSubsetFiles, subsetFace, subsetFaceFile, svgCharacters } from '../src/render/charts/subset.js';
import { renderFormat } from '../src/render/index.js';

const load = (name: string) => parseComposeInput(readFileSync(`examples/${name}.yaml`, 'utf8'), name);
const chartsOf = (doc: ComposedDocument) => doc.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
const FONT = cjkFont();

describe('composed charts', () => {
  const doc = compose(load('health-commission-2024'));
  const charts = chartsOf(doc);

  it('draws the six charts of the richer example, numbered in reading order, from the figures the text states', () => {
    expect(charts.map((c) => c.id)).toEqual(['total', 'income', 'expense', 'fiscal', 'general', 'threePublic']);
    expect(charts.map((c) => c.caption.split(' ')[0])).toEqual(['图1', '图2', '图3', '图4', '图5', '图6']);
    expect(charts[0]?.items).toEqual([
      { label: '2023年度', value: '580.00' },
      { label: '2024年度', value: '624.10' },
    ]);
    // Each chart sits right after the paragraph whose figures it draws; the shares are the text's.
    const text = doc.blocks.map((b) => (b.kind === 'para' ? b.text : '')).join('\n');
    for (const c of charts) {
      const i = doc.blocks.indexOf(c);
      expect(doc.blocks[i - 1]?.kind, c.id).toBe('para');
      // Slices as the structure sentence prints them; of the bars the current year (the prior one is
      // the input's, which the text states as the change).
      const stated = c.type === 'pie' ? c.items : c.items.slice(-1);
      for (const it of stated) expect(text).toContain(it.share != null ? `${it.value}万元，占${it.share}%` : `${it.value}万元`);
    }
    expect(charts[1]?.items.map((it) => it.share)).toEqual(['96.73', '3.27']);
  });

  it('draws with numbers but labels with the exact strings the document prints', () => {
    for (const c of charts) {
      const option = chartOption(c) as { series: { data: ({ value: number } | number)[] }[] };
      expect(option.series[0]?.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual(c.items.map((it) => Number(it.value)));
      const svg = chartSvg(c);
      expect(svg.startsWith('<svg ')).toBe(true);
      c.items.forEach((it, i) => {
        expect(svg, c.id).toContain(`>${it.label}<`);
        expect(svg, c.id).toContain(`>${chartLabel(c, i)}<`);
      });
      expect(svg).toContain("font-family:'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimHei, sans-serif");
    }
    expect(chartSvg(charts[1] as ChartBlock)).toContain('>592.10万元，占96.73%<');
    expect(chartSvg(charts[5] as ChartBlock)).toContain('>公务用车购置及运行维护费<');
  });

  it('gives the same bytes for the same chart, whatever was drawn before it', async () => {
    const first = charts.map((c, i) => chartSvg(c, `chart${i + 1}`));
    const again = [...charts].reverse().map((c, i) => chartSvg(c, `chart${charts.length - i}`)).reverse();
    expect(again).toEqual(first);
    // No counters left: no ECharts class or hover style sheet, ids only under the given prefix.
    for (const svg of first) {
      expect(svg).not.toMatch(/zr\d|<style|class="/);
    }
    const html = new TextDecoder().decode(await renderFormat(doc, 'html'));
    expect(new TextDecoder().decode(await renderFormat(compose(load('health-commission-2024')), 'html'))).toBe(html);
    if (FONT) expect(chartPng(first[0] as string, FONT)).toEqual(chartPng(chartSvg(charts[0] as ChartBlock, 'chart1'), FONT));
  });

  it('inlines each chart in the HTML as SVG with its caption, which the HTML reader does not read as text', async () => {
    const html = new TextDecoder().decode(await renderFormat(doc, 'html'));
    expect(html.match(/<figure class="chart">\n<svg role="img" aria-label="图\d /g)).toHaveLength(6);
    expect(html).toContain('<figcaption>图2 收入结构</figcaption>');
    const plain = new TextDecoder().decode(await renderFormat(compose(load('health-commission-2024'), { charts: false }), 'html'));
    expect(plain).not.toContain('<svg');
    // What the reader finds is the page without charts plus the six captions: no label of a chart.
    const texts = (h: string) => readHtmlString(h, 'x.html').blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[table ${b.rows.length}]`));
    const withCharts = texts(html);
    expect(withCharts.filter((t) => !/^图\d /.test(t))).toEqual(texts(plain));
    expect(withCharts.filter((t) => /^图\d /.test(t))).toEqual(charts.map((c) => c.caption));
  });

  it.skipIf(!FONT)('puts six PNG charts, 1200 pixels wide, with their captions in the DOCX', async () => {
    const notes: string[] = [];
    const files = unzipSync(await renderFormat(doc, 'docx', { notes }));
    expect(notes).toEqual([]);
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/')).sort();
    expect(media).toHaveLength(6);
    for (const m of media) {
      const png = files[m] as Uint8Array;
      expect(m).toMatch(/\.png$/);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(strFromU8(png.subarray(12, 16))).toBe('IHDR');
      expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(1200);
    }
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(6);
    for (const c of charts) expect(xml).toContain(`<w:t xml:space="preserve">${c.caption}</w:t>`);
  });

  it('leaves out a chart with nothing to draw, and numbers the others on', () => {
    const input = load('health-commission-2024');
    delete input.prior.total;
    input.tables['09'] = { rows: [] };
    const left = chartsOf(compose(input));
    expect(left.map((c) => c.id)).toEqual(['income', 'expense', 'fiscal', 'general']);
    expect(left.map((c) => c.caption.split(' ')[0])).toEqual(['图1', '图2', '图3', '图4']);
    // A prior year of zero and a current of zero: no bars.
    const none = load('health-commission-2024');
    none.prior = {};
    expect(chartsOf(compose(none)).map((c) => c.id)).toEqual(['income', 'expense', 'general', 'threePublic']);
    // Slices of zero are not drawn: rongcheng's “三公” is all 公务接待费.
    const rc = chartsOf(compose(load('rongcheng-2024'))).find((c) => c.id === 'threePublic');
    expect(rc?.items).toEqual([{ label: '公务接待费', value: '0.94', share: '100.00' }]);
  });

  it('draws the charts the template names, and none when asked', () => {
    const template = { ...loadTemplate('sichuan'), charts: ['income' as const] };
    expect(chartsOf(compose(load('health-commission-2024'), { template })).map((c) => c.id)).toEqual(['income']);
    expect(chartsOf(compose(load('health-commission-2024'), { template: { ...template, charts: [] } }))).toEqual([]);
    expect(chartsOf(compose(load('health-commission-2024'), { charts: false }))).toEqual([]);
  });
});

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

describe.skipIf(!existsSync(NOTO))('the CJK face for resvg', () => {
  it('is copied out of the collection once, as the fallback when it cannot be cut', () => {
    const file = faceFile(NOTO, 'Noto Sans CJK SC');
    expect(file).toMatch(/NotoSansCJK-Regular-Noto_Sans_CJK_SC-\d+-\d+\.otf$/);
    expect(faceFile(NOTO, 'Noto Sans CJK SC')).toBe(file);
    expect(readFileSync(file).toString('latin1', 0, 4)).toBe('OTTO');
    expect(faceFile(NOTO, 'No Such Family')).toBe(NOTO);
  });

  it('is cut to the characters of the charts and draws the same pixels as the whole collection', () => {
    const charts = chartsOf(compose(load('health-commission-2024')));
    const svgs = charts.map((c, i) => chartSvg(c, `chart${i + 1}`));
    const font = { file: NOTO, family: 'Noto Sans CJK SC' };
    const text = svgCharacters(svgs.join(''));
    for (const ch of '公务用车购置及运行维护费万元占%，') expect(text).toContain(ch);
    for (const ch of '一二&') expect(svgCharacters('<text>&#x4e00;&#20108;&amp;</text>')).toContain(ch);
    const cut = subsetFaceFile(NOTO, 'Noto Sans CJK SC', text) as string;
    expect(cut).toMatch(/subset-[0-9a-f]{32}\.otf$/);
    expect(statSync(cut).size).toBeLessThan(200_000); // the face is 16 MB
    expect(subsetFaceFile(NOTO, 'Noto Sans CJK SC', text)).toBe(cut);
    clearSubsetFiles(); // a new process finds the same cut in the temporary directory
    expect(subsetFaceFile(NOTO, 'Noto Sans CJK SC', text)).toBe(cut);
    expect(subsetFaceFile(NOTO, 'Noto Sans CJK SC', `${text}丁`)).not.toBe(cut);
    expect(subsetFace(NOTO, 'No Such Family', text)).toBeNull();
    const svg = svgs[5] as string;
    // One cut for the document or one for the chart alone: the same PNG.
    const viaFace = chartPngs(svgs, font)[5] as Uint8Array;
    expect(chartPng(svg, font)).toEqual(viaFace);
    const viaCollection = new Uint8Array(
      new Resvg(svg, {
        font: { fontFiles: [NOTO], loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
        fitTo: { mode: 'width', value: 1200 },
        background: '#ffffff',
      })
        .render()
        .asPng(),
    );
    expect(viaFace).toEqual(viaCollection);
  });
});

describe('charts without a CJK font', () => {
  afterEach(() => {
    delete process.env.JUESUAN_CJK_FONT;
    resetCjkFont();
  });

  it('leaves the charts out of the DOCX and says so; the HTML keeps them', async () => {
    process.env.JUESUAN_CJK_FONT = 'none';
    resetCjkFont();
    expect(cjkFont()).toBeNull();
    const doc = compose(load('health-commission-2024'));
    const notes: string[] = [];
    const files = unzipSync(await renderFormat(doc, 'docx', { notes }));
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(notes).toEqual([NO_CJK_FONT_NOTE]);
    expect(NO_CJK_FONT_NOTE).toContain('未找到中文字体');
    expect(new TextDecoder().decode(await renderFormat(doc, 'html', { notes }))).toContain('<svg');
    expect(notes).toHaveLength(1);
  });
});
