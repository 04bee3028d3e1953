import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, ChartBlock, ComposedDocument, TableBlock } from '../../compose/document.js';
import { CHART_WIDTH, chartHeight, chartPngs, chartSvg } from '../charts/index.js';
import { cjkFont, NO_CJK_FONT_NOTE } from '../charts/font.js';

/**
 * The DOCX an office publishes: A4, title in 方正小标宋, headings in 黑体, body in 仿宋_GB2312 (each
 * with a fallback the reader's machine is likely to have), a contents list, page numbers in the
 * footer, bordered tables whose header rows repeat on every page.
 */

const FONT = {
  title: { ascii: 'Times New Roman', eastAsia: '方正小标宋简体', hAnsi: 'Times New Roman' },
  heading: { ascii: 'Times New Roman', eastAsia: '黑体', hAnsi: 'Times New Roman' },
  sub: { ascii: 'Times New Roman', eastAsia: '楷体_GB2312', hAnsi: 'Times New Roman' },
  body: { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' },
  table: { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' },
};
/** Sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt. */
const SIZE = { title: 44, heading: 32, body: 32, table: 21, small: 21, caption: 24 };

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** The table's own borders and cell margins: every cell takes them, none repeats them (an 800-cell document wrote 800 copies). */
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cellMargins = { left: 60, right: 60 };

function run(text: string, font: (typeof FONT)[keyof typeof FONT], size: number, bold = false): TextRun {
  return new TextRun({ text, font, size, bold, color: '000000', highlight: text === '【待填写】' ? 'yellow' : undefined });
}

/**
 * A table cell's run: bold only for headers and totals, and no “not bold” on the others (their plain
 * paragraph is not bold; a heading's style may be, so `run` says it) — two elements fewer per cell.
 */
function cellRun(text: string, bold: boolean): TextRun {
  return new TextRun({ text, font: FONT.table, size: SIZE.table, bold: bold || undefined, color: '000000', highlight: text === '【待填写】' ? 'yellow' : undefined });
}

/** Splits a paragraph so 【待填写】 marks stand out. */
function runs(text: string, font = FONT.body, size = SIZE.body): TextRun[] {
  return text.split(/(【待填写】)/).filter(Boolean).map((t) => run(t, font, size));
}

function para(text: string): Paragraph {
  return new Paragraph({ children: runs(text), indent: { firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED });
}

function heading(b: Extract<Block, { kind: 'heading' }>): Paragraph {
  const level = b.level === 1 ? HeadingLevel.HEADING_1 : b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({
    heading: level,
    alignment: b.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: b.level === 1 ? undefined : { firstLine: 640 },
    // Room above and below a heading keeps a PDF reader from running it into the paragraph below.
    spacing: { before: b.level === 1 ? 360 : 240, after: 240 },
    keepNext: true,
    // Sub-headings bold, as offices print them; it also sets them apart from the paragraph below.
    children: [run(b.text, b.level === 3 ? FONT.sub : FONT.heading, SIZE.heading, b.level === 3)],
  });
}

function small(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ alignment, children: [run(text, FONT.table, SIZE.small)] });
}

function cell(text: string, opts: { head?: boolean; align: string; colSpan?: number; rowSpan?: number; bold?: boolean }): TableCell {
  const alignment = opts.head || opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    columnSpan: opts.colSpan,
    rowSpan: opts.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment, children: [cellRun(text, opts.head === true || opts.bold === true)] })],
  });
}

/** Text width of the A4 page between the margins, in twentieths of a point. */
const PAGE_TEXT_WIDTH = 11906 - 1588 - 1474;

function table(t: TableBlock): (Paragraph | Table)[] {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const columnWidths = t.widths.map((w) => Math.floor((w / sum) * PAGE_TEXT_WIDTH));
  const headRows = t.head.map(
    (r) => new TableRow({ tableHeader: true, cantSplit: true, children: r.map((c) => cell(c.text, { head: true, align: 'center', colSpan: c.colSpan, rowSpan: c.rowSpan })) }),
  );
  const bodyRows = t.body.map(
    (r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, { align: t.align[i] ?? 'left', bold: r.total })) }),
  );
  return [
    small(t.code, AlignmentType.RIGHT),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(t.title, FONT.heading, SIZE.heading)] }),
    small(`单位：${t.entity}`, AlignmentType.LEFT),
    small(`金额单位：${t.unit}`, AlignmentType.RIGHT),
    new Table({ width: { size: PAGE_TEXT_WIDTH, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, borders, margins: cellMargins, rows: [...headRows, ...bodyRows] }),
    ...(t.note ? [small(t.note, AlignmentType.LEFT)] : []),
  ];
}

/** Printed width of a chart: 15 cm, in the 96-per-inch pixels docx sizes images in. */
const CHART_PRINT_WIDTH = Math.round((15 / 2.54) * 96);

/** A chart as a PNG (rasterised with the CJK font) centred on the page, its caption below it. */
function chart(c: ChartBlock, n: number, png: Uint8Array): Paragraph[] {
  const height = Math.round((CHART_PRINT_WIDTH * chartHeight(c)) / CHART_WIDTH);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: CHART_PRINT_WIDTH, height },
          altText: { name: `chart${n}`, title: c.caption, description: c.caption },
        }),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(c.caption, FONT.heading, SIZE.caption)] }),
  ];
}

function contents(doc: ComposedDocument): Paragraph[] {
  const items = doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level <= 2);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run('目 录', FONT.heading, SIZE.heading)] }),
    ...items.map((h) => new Paragraph({ indent: { left: h.level === 2 ? 640 : 0 }, children: [run(h.text, FONT.body, SIZE.body)] })),
  ];
}

/**
 * Renders the composed document as DOCX bytes. Charts go in as PNG drawn with a CJK font; without
 * one they are left out and `notes` says so.
 */
export async function renderDocx(doc: ComposedDocument, options: { notes?: string[] } = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const font = doc.blocks.some((b) => b.kind === 'chart') ? cjkFont() : null;
  if (!font && doc.blocks.some((b) => b.kind === 'chart') && !options.notes?.includes(NO_CJK_FONT_NOTE)) options.notes?.push(NO_CJK_FONT_NOTE);
  const chartBlocks = doc.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
  const pngs = font ? chartPngs(chartBlocks.map((c, i) => chartSvg(c, `chart${i + 1}`)), font) : [];
  let charts = 0;
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'title':
        children.push(
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 480 }, children: [run(b.text, FONT.title, SIZE.title)] }),
        );
        if (b.subtitle) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.subtitle, FONT.body, SIZE.body)] }));
        break;
      case 'contents':
        children.push(new Paragraph({ children: [new PageBreak()] }), ...contents(doc));
        break;
      case 'heading':
        children.push(heading(b));
        break;
      case 'para':
        children.push(para(b.text));
        break;
      case 'table':
        children.push(...table(b));
        break;
      case 'chart': {
        const png = pngs[charts++];
        if (png) children.push(...chart(b, charts, png));
        break;
      }
      case 'pageBreak':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  const document = new Document({
    creator: 'juesuan',
    title: doc.title,
    styles: {
      default: { document: { run: { font: FONT.body, size: SIZE.body } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
