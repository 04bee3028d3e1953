import {
  Document,
  type ISectionPropertiesOptions,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, LayoutDocument, TableBlock } from '../../src/model/layout.js';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Runs for one line of text: tabs become real Word tabs (w:tab). */
function runs(line: string, breakBefore: boolean): TextRun[] {
  const children = line.split('\t').flatMap((part, k) => (k === 0 ? [part] : [new Tab(), part]));
  return [new TextRun({ children, ...(breakBefore ? { break: 1 } : {}) })];
}

/** A paragraph; embedded newlines become line breaks (w:br) inside it. */
function paragraph(text: string, heading: number | null): Paragraph {
  const children = text.split('\n').flatMap((line, i) => runs(line, i > 0));
  const level = heading != null ? HEADINGS[Math.min(Math.max(heading, 1), 6) - 1] : undefined;
  return new Paragraph({ children, ...(level ? { heading: level } : {}) });
}

function table(t: TableBlock): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (c) =>
              new TableCell({
                // One paragraph per line of the cell; an empty cell stays an empty cell (one empty paragraph).
                children: c.text.split('\n').map((l) => paragraph(l, null)),
                ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
                ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
              }),
          ),
        }),
    ),
  });
}

/**
 * How the DOCX is set up, where a caller wants other than docx's defaults (A4 portrait, 1-inch margins,
 * the default run size): the same document laid out otherwise, as a Word user would re-lay it out by
 * changing the page setup and the Normal font size (bench/metamorphic.ts). Sizes as docx takes them:
 * page and margins in twips (a landscape page is given with its portrait width and height), the
 * default font size in half-points.
 */
export interface DocxSetup {
  page?: ISectionPropertiesOptions['page'];
  fontSize?: number;
}

/**
 * Writes a layout as a real DOCX: paragraphs with Word's built-in heading styles, tables as Word tables
 * with the same cells (spans as gridSpan/vMerge). Tables read from text flattened one cell per line
 * become Word tables too. Adjacent tables get an empty paragraph between them so Word keeps them apart.
 */
export async function toDocx(layout: LayoutDocument, setup: DocxSetup = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let prev: Block | undefined;
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') children.push(paragraph(b.text, b.heading));
    else {
      if (prev?.kind === 'table') children.push(new Paragraph({ children: [] }));
      children.push(table(b));
    }
    prev = b;
  }
  // Word requires a paragraph after a final table.
  if (prev?.kind === 'table') children.push(new Paragraph({ children: [] }));
  // Only what is asked is set, so that the document made without a setup stays as it always was.
  const doc = new Document({
    ...(setup.fontSize ? { styles: { default: { document: { run: { size: setup.fontSize } } } } } : {}),
    sections: [{ ...(setup.page ? { properties: { page: setup.page } } : {}), children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
