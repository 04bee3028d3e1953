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

export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'contents' }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; text: string }
  | TableBlock
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
