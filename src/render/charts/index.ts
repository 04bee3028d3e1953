import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { type BarSeriesOption, BarChart, type PieSeriesOption, PieChart } from 'echarts/charts';
import { type GridComponentOption, GridComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartBlock } from '../../compose/document.js';
import { type CjkFont, cjkFont } from './font.js';
import { faceFile } from './sfnt.js';
import { clearSubsetFiles, subsetFaceFile, svgCharacters } from './subset.js';

/**
 * The composed document's charts drawn on the server with ECharts (SSR, SVG renderer): bars for a
 * year-on-year change, a ring for a structure. The figures are the document's exact decimal strings:
 * they become numbers only to size the bars and slices, and every label prints the string itself
 * ("592.10万元，占94.87%", as the text beside the chart says it). No animation, no hover state, no
 * counters in ids or classes: the same chart gives the same bytes. HTML inlines the SVG; DOCX embeds
 * a PNG rasterised by resvg with a CJK font (font.ts) cut to the characters drawn (subset.ts).
 */

use([BarChart, PieChart, GridComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption>;

export const CHART_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimHei, sans-serif";
/** Drawing size in CSS pixels; the DOCX prints it 15 cm wide. */
export const CHART_WIDTH = 800;
export const chartHeight = (chart: ChartBlock) => (chart.type === 'bar' ? 400 : 450);

const PALETTE = ['#2f5597', '#c55a11', '#548235', '#bf9000', '#7030a0', '#1f7f8c', '#843c0c', '#7f7f7f', '#203864', '#385723'];
const TEXT = '#262626';

/** What a bar or slice says: the amount as printed, and for a slice its share as the text prints it. */
export function chartLabel(chart: ChartBlock, i: number): string {
  const item = chart.items[i];
  if (!item) return '';
  return item.share != null ? `${item.value}${chart.unit}，占${item.share}%` : `${item.value}${chart.unit}`;
}

/** The ECharts option of a chart. */
export function chartOption(chart: ChartBlock): Option {
  const base = {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 16, color: TEXT },
  };
  if (chart.type === 'bar') {
    return {
      ...base,
      // No value axis: each bar is labelled with its figure, and every line of text costs resvg a
      // shaping run of the CJK font (about 30 ms each), so the PNG carries only what is read.
      grid: { left: 40, right: 40, top: 50, bottom: 50 },
      xAxis: { type: 'category', data: chart.items.map((it) => it.label), axisTick: { show: false }, axisLabel: { fontSize: 16, color: TEXT } },
      yAxis: { type: 'value', show: false },
      series: [
        {
          type: 'bar',
          barWidth: '36%',
          silent: true,
          data: chart.items.map((it, i) => ({ value: Number(it.value), itemStyle: { color: i === chart.items.length - 1 ? PALETTE[0] : '#9dc3e6' } })),
          label: { show: true, position: 'top', fontSize: 16, color: TEXT, formatter: (p: { dataIndex: number }) => chartLabel(chart, p.dataIndex) },
        },
      ],
    };
  }
  return {
    ...base,
    series: [
      {
        type: 'pie',
        radius: ['34%', '58%'],
        center: ['50%', '52%'],
        silent: true,
        startAngle: 90,
        avoidLabelOverlap: true,
        data: chart.items.map((it) => ({ name: it.label, value: Number(it.value) })),
        label: { show: true, fontSize: 15, color: TEXT, lineHeight: 22, formatter: (p: { dataIndex: number }) => `${chart.items[p.dataIndex]?.label ?? ''}\n${chartLabel(chart, p.dataIndex)}` },
        labelLine: { length: 16, length2: 20 },
      },
    ],
  };
}

/**
 * The chart as a standalone SVG string. ECharts numbers its classes by a counter shared by every
 * chart drawn in the process, for hover styles a printed chart has no use for: the style sheet and
 * the classes go, and what ids remain take `idPrefix`, so several charts can sit in one page.
 */
export function chartSvg(chart: ChartBlock, idPrefix = 'chart'): string {
  const ec = init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: chartHeight(chart) });
  try {
    ec.setOption(chartOption(chart));
    return ec
      .renderToSVGString()
      .replace(/<style[^>]*>[\s\S]*?<\/style>\s*/g, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '')
      .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
      .replace(/\bzr\d+-/g, `${idPrefix}-`);
  } finally {
    ec.dispose();
  }
}

const faceFiles = new Map<string, string>();

/** The font file resvg draws `text` with: the face cut to its characters, or else the whole face. */
function fontFileFor(font: CjkFont, text: string): string {
  const subset = subsetFaceFile(font.file, font.family, text);
  if (subset) return subset;
  const key = `${font.file}\u0000${font.family}`;
  let file = faceFiles.get(key);
  if (file == null) faceFiles.set(key, (file = faceFile(font.file, font.family)));
  return file;
}

function resvgOptions(font: CjkFont, text: string): ResvgRenderOptions {
  return {
    font: { fontFiles: [fontFileFor(font, text)], loadSystemFonts: false, defaultFontFamily: font.family, sansSerifFamily: font.family },
    fitTo: { mode: 'width', value: 1200 },
    background: '#ffffff',
    logLevel: 'off',
  };
}

/**
 * The chart rasterised to PNG (1200 px wide) with the given CJK font. `text` holds at least the
 * characters of the SVG (by default exactly those): the charts of one document share one cut of the
 * face by passing all their characters.
 */
export function chartPng(svg: string, font: CjkFont, text = svgCharacters(svg)): Uint8Array {
  return new Uint8Array(new Resvg(svg, resvgOptions(font, text)).render().asPng());
}

/**
 * The same, remembered by SVG (the same SVG always gives the same PNG, whatever cut of the face
 * drew it), so `--format docx,pdf` draws each chart once. Drawn one after the other on purpose:
 * side by side on the thread pool (renderAsync) they took no less time, as the PNG is encoded on
 * this thread anyway (and with the whole face, twice the CPU time in page faults).
 */
export function chartPngCached(svg: string, font: CjkFont, text?: string): Uint8Array {
  const key = `${font.file}\u0000${svg}`;
  let png = pngCache.get(key);
  if (!png) {
    png = chartPng(svg, font, text);
    pngCache.set(key, png);
    while (pngCache.size > PNG_CACHE_SIZE) pngCache.delete(pngCache.keys().next().value as string);
  }
  return png;
}

/** The PNGs of one document's charts, drawn with one cut of the face holding all their characters. */
export function chartPngs(svgs: string[], font: CjkFont): Uint8Array[] {
  const text = svgCharacters(svgs.join(''));
  return svgs.map((svg) => chartPngCached(svg, font, text));
}

const PNG_CACHE_SIZE = 48;
const pngCache = new Map<string, Uint8Array>();

/** Forgets the PNGs drawn and the cuts of the face (the render benchmark times a first render). */
export function clearChartCache(): void {
  pngCache.clear();
  clearSubsetFiles();
}

export { cjkFont };
