/**
 * The composed document, independent of output format: a title, headings, paragraphs and tables in
 * reading order. Every renderer (HTML, DOCX, XLSX, PDF) prints this and nothing else, so all formats
 * say the same thing.
 */

export interface HeadCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface BodyRow {
  cells: string[];
  /** A 合计/总计 row, printed bold. */
  total?: boolean;
  /** Per cell: the model row key and column key the figure stands for (XLSX formulas use them). */
  refs?: ({ row: string; column: string } | null)[];
}

export interface TableBlock {
  kind: 'table';
  id: string;
  /** 公开01表 */
  code: string;
  title: string;
  entity: string;
  unit: string;
  head: HeadCell[][];
  body: BodyRow[];
  /** Column alignment: text columns left, figures right. */
  align: ('left' | 'right' | 'center')[];
  /** Relative column widths (the renderers scale them to the page). */
  widths: number[];
  note: string | null;
}

/** The charts compose can draw, each beside the explanation of its topic. */
export const CHART_KINDS = ['total', 'income', 'expense', 'fiscal', 'general', 'threePublic'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** One bar or one slice: its label, the figure exactly as the document prints it, and its share. */
export interface ChartItem {
  label: string;
  /** The amount as printed ("592.10"), in the chart's unit. */
  value: string;
  /** Share of the whole in percent as the text prints it ("94.87"); slices only. */
  share?: string;
}

/**
 * A chart of figures the text beside it states: bars for a year-on-year change (prior year first),
 * a ring for a structure. Renderers draw it (SVG in HTML, PNG in DOCX) or leave it out (XLSX).
 */
export interface ChartBlock {
  kind: 'chart';
  id: ChartKind;
  type: 'bar' | 'pie';
  /** "图1 收入结构": numbered in reading order. */
  caption: string;
  unit: string;
  items: ChartItem[];
}

export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'contents' }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; text: string }
  | TableBlock
  | ChartBlock
  | { kind: 'pageBreak' };

/** A gap the officer must fill: what is missing and where it is marked 【待填写】. */
export interface Gap {
  key: string;
  where: string;
  what: string;
}

export interface ComposedDocument {
  title: string;
  department: string;
  year: number;
  template: string;
  blocks: Block[];
  gaps: Gap[];
}

export const GAP_MARK = '【待填写】';
