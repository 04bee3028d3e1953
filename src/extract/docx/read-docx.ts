import type { SaxesTagNS } from 'saxes';
import { JuesuanError } from '../../errors.js';
import { type Block, type LayoutDocument, rowText, type TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { NumberingCounter, type NumberingDefs, readNumbering } from './numbering.js';
import { headingFromName, outlineToLevel, readStyles, type StyleMaps } from './styles.js';
import { decodeXml, MC_NS, parseXml, wAttr, wName } from './xml.js';
import { extractEntry, newBudget, readZipDirectory } from './zip.js';
import { frameCell, isPageFrame, MAX_FRAME_CELLS, MAX_FRAME_ROWS } from '../page-frame.js';
import { HOME_LINK, isSitePicture } from '../site-picture.js';
import { readTabRows } from '../text/tab-rows.js';

/*
 * DOCX reader. Not mammoth: it drops the gridSpan/vMerge information that tables need and has no
 * bound on what it decompresses. Here only word/document.xml, word/styles.xml and word/numbering.xml
 * are inflated (bounded, see zip.ts) and streamed through saxes.
 *
 * Locations: `line` is the 1-based ordinal of the paragraph or table row in the document body
 * (every body paragraph counts, empty ones included; each row of a top-level table counts once;
 * paragraphs inside cells or text boxes do not). `cell` is {table: ordinal of the top-level table, row: 1-based
 * row, col: 1-based grid column where the cell starts — merged cells shift later cells' columns}.
 *
 * Layout tables: a web page framed by a table (old portals put the article in a cell) keeps that table
 * when Word or LibreOffice opens it. As in the HTML reader, each table is also collected as the flow
 * of its cells' paragraphs and nested tables; a table that `isLayoutTable` finds to be a frame is
 * replaced by that flow, its paragraphs counted in `line` as body paragraphs. Lines are therefore
 * numbered when the body is complete, in document order.
 */

/** Content that is not (or no longer) part of the document: deletions and the former properties of tracked changes. */
const SKIPPED = new Set(['del', 'moveFrom', 'pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange', 'numberingChange']);

/** Cells parted by tabs: words or figures on both sides of a tab. */
const TAB_CELLS = /\S\t+\S/;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function readDocxLayout(bytes: Uint8Array, file: string): LayoutDocument {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw oleError(bytes, file);
  const entries = readZipDirectory(bytes, file);
  const docEntry = entries.get('word/document.xml') ?? [...entries.values()].find((e) => /^word\/document\d*\.xml$/i.test(e.name));
  if (!docEntry) {
    const what = entries.has('xl/workbook.xml')
      ? '这是一个 Excel 工作簿（.xlsx），请把扩展名改为 .xlsx'
      : entries.has('ppt/presentation.xml')
        ? '这是一个 PowerPoint 演示文稿'
        : '压缩包里没有 Word 正文（word/document.xml）';
    throw new JuesuanError(
      'CORRUPT_FILE',
      `文件 ${file} 是 ZIP 压缩包，但不是 Word 文档：${what}。请确认选择的是决算公开的 .docx 文件。`,
    );
  }
  const budget = newBudget();
  const notes: string[] = [];
  const optional = <T>(name: string, read: (xml: string) => T, what: string): T | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    try {
      return read(decodeXml(extractEntry(bytes, entry, file, budget)));
    } catch (e) {
      if (e instanceof JuesuanError && e.code === 'LIMIT_EXCEEDED') throw e;
      notes.push(`${file}：${name} 无法读取，${what}。`);
      return null;
    }
  };
  const styles = optional('word/styles.xml', (x) => readStyles(x, file), '标题级别只按样式名称判断') ?? {
    headings: new Map(),
    numbering: new Map(),
  };
  const numbering = optional('word/numbering.xml', (x) => readNumbering(x, file), '自动编号（如“一、”“（二）”）未能还原');
  const xml = decodeXml(extractEntry(bytes, docEntry, file, budget));
  const counts = { pictures: 0, revisions: 0, imageLines: [] as number[], boxed: { boxes: 0, chars: 0, all: 0 } };
  // Where pictures and links point: a picture's file name and its link tell a site's logo.
  const rels = optional('word/_rels/document.xml.rels', (x) => readRelationships(x, file), '图片的文件名与链接未能读取') ?? new Map<string, string>();
  const blocks = readTabRows(readDocumentXml(xml, file, styles, numbering, notes, counts, rels), file);
  // Page headers and footers: a wrong year or another department's name left there is template
  // residue too. They are read apart so that they never enter the body's sections and sentences.
  const furniture: NonNullable<LayoutDocument['furniture']> = [];
  for (const name of [...entries.keys()].filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort()) {
    const kind = name.includes('header') ? 'header' : 'footer';
    const parts = optional(name, (x) => readDocumentXml(x, file, styles, null, notes), '页眉页脚未检查') ?? [];
    for (const b of parts) {
      const text = b.kind === 'paragraph' ? b.text.trim() : '';
      if (text && !furniture.some((f) => f.text === text)) {
        furniture.push({ kind, text, location: { file, page: null, line: null, cell: null, text: `【${kind === 'header' ? '页眉' : '页脚'}】${text}` } });
      }
    }
  }
  return {
    file,
    format: 'docx',
    blocks,
    notes,
    furniture,
    images: counts.pictures,
    ...(counts.imageLines.length ? { imageLines: counts.imageLines } : {}),
    ...(counts.revisions ? { revisions: counts.revisions } : {}),
    ...(boxedText(counts.boxed) ? { boxedText: true } : {}),
  };
}

/**
 * Whether the body stands in positioned text boxes (a PDF turned into Word keeps each run of text in a
 * box of its own, a line's words in one box and its figures in another, and every page's boxes anchored
 * together): many boxes holding most of the text. Its lines are then pieces, not the sentences printed.
 */
function boxedText(b: { boxes: number; chars: number; all: number }): boolean {
  return b.boxes >= BOXED_MIN && b.chars >= b.all * BOXED_SHARE;
}
const BOXED_MIN = 30;
const BOXED_SHARE = 0.6;

function oleError(bytes: Uint8Array, file: string): JuesuanError {
  // Encrypted OOXML is an OLE compound file with an "EncryptedPackage" stream (names are UTF-16LE).
  const needle = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  if (indexOf(bytes, needle) >= 0) {
    return new JuesuanError(
      'CORRUPT_FILE',
      `文件已加密：${file} 设置了打开密码或权限保护，无法读取内容。请在 Word 中输入密码打开，取消加密（文件 → 信息 → 保护文档）后另存为 .docx 再检查。`,
    );
  }
  return new JuesuanError(
    'UNSUPPORTED_FORMAT',
    `文件 ${file} 的扩展名是 .docx，但内容是 OLE 复合文档（既不是 DOCX，也不是带正文的旧版 Word 文档），无法读取。请用 Word 打开确认后另存为 .docx 再检查。`,
  );
}

function indexOf(hay: Uint8Array, needle: number[]): number {
  const first = needle[0] as number;
  outer: for (let i = hay.indexOf(first); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

interface ParaState {
  parts: string[];
  style: string | null;
  outline: number | null;
  numId: string | null;
  ilvl: number | null;
  /** Pictures counted in it (not a site's logo). */
  pictures?: number;
}
/** A paragraph (a text-box paragraph shares the line of the paragraph after it, which holds it); a table; a frame's flow. */
type FlowItem =
  | { kind: 'paragraph'; text: string; heading: number | null; textBox: boolean; pictures?: number }
  | { kind: 'data-table'; table: TableState }
  | { kind: 'flow'; items: FlowItem[] };

interface CellState {
  paras: string[];
  /** Null once the table is too big to be a layout table. */
  flow: FlowItem[] | null;
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  hMerge: 'restart' | 'continue' | null;
}
interface RowState {
  cells: CellState[];
  gridBefore: number;
  line: number;
}
interface TableState {
  rows: RowState[];
  cells: number;
}

/** Streams document.xml into blocks in document order. */
export function readDocumentXml(
  xml: string,
  file: string,
  styles: StyleMaps,
  numberingDefs: NumberingDefs | null,
  notes: string[],
  counts: { pictures: number; revisions?: number; imageLines?: number[]; boxed?: { boxes: number; chars: number; all: number } } = { pictures: 0 },
  rels: ReadonlyMap<string, string> = new Map(),
): Block[] {
  const headingStyles = styles.headings;
  const counter = numberingDefs ? new NumberingCounter(numberingDefs) : null;
  const blocks: Block[] = [];
  const body: FlowItem[] = [];
  const stack: string[] = []; // local names of open W elements ('' for other namespaces)
  const paras: ParaState[] = [];
  const tables: TableState[] = [];
  let tableNo = 0;
  let skipDepth = 0; // inside mc:Fallback (duplicate of mc:Choice), deletions, former properties
  let inText = false;
  let inPPr = 0;
  let graphics = 0;
  // The drawing (w:drawing, w:pict) being read: its pictures, and what names, sizes and links them.
  let drawing: { pictures: number; names: string[]; width: number | null; height: number | null; homeLink: boolean; linked: boolean } | null = null;
  let drawings = 0; // drawings open (one in another's text box is part of it)
  // Targets of the hyperlinks (w:hyperlink) open around the text being read.
  const hyperlinks: string[] = [];
  const target = (tag: SaxesTagNS, ...locals: string[]): string | null => {
    for (const l of locals) {
      const id = anyAttr(tag, l);
      if (id != null) return rels.get(id) ?? null;
    }
    return null;
  };

  const levelOf = (p: ParaState): number | null => {
    if (p.outline != null) return p.outline;
    if (p.style == null) return null;
    return headingStyles.get(p.style) ?? headingFromName(p.style.replace(/^heading/i, 'heading '));
  };
  const labelOf = (p: ParaState): string | null => {
    const byStyle = p.style != null ? styles.numbering.get(p.style) : undefined;
    const numId = p.numId ?? byStyle?.numId;
    if (numId == null || numId === '0' || !counter) return null;
    return counter.next(numId, Math.min(8, p.ilvl ?? byStyle?.ilvl ?? 0));
  };
  const curCell = (): CellState | null => {
    const t = tables[tables.length - 1];
    const r = t?.rows[t.rows.length - 1];
    return r?.cells[r.cells.length - 1] ?? null;
  };
  const append = (s: string) => {
    const p = paras[paras.length - 1];
    if (p) p.parts.push(s);
  };

  parseXml(xml, file, 'word/document.xml', {
    open(tag: SaxesTagNS) {
      const n = wName(tag);
      stack.push(n ?? '');
      // A tracked change (a run inserted, deleted or moved): the final text is read, the change counted.
      if (n === 'ins' || n === 'del' || n === 'moveFrom' || n === 'moveTo') counts.revisions = (counts.revisions ?? 0) + 1;
      if (skipDepth > 0 || (tag.uri === MC_NS && tag.local === 'Fallback') || (n != null && SKIPPED.has(n))) {
        skipDepth++;
        return;
      }
      // Pictures (pic:pic, VML imagedata), not charts or shapes: a table may be pasted as one.
      if (tag.local === 'pic' || tag.local === 'imagedata') {
        if (drawing) drawing.pictures++;
        else counts.pictures++;
      }
      if (n == null) {
        if (drawing) notePicture(drawing, tag);
        return;
      }
      const parent = stack[stack.length - 2];
      switch (n) {
        case 'p':
          paras.push({ parts: [], style: null, outline: null, numId: null, ilvl: null });
          break;
        case 'pPr':
          inPPr++;
          break;
        case 'pStyle':
          if (inPPr && paras.length) (paras[paras.length - 1] as ParaState).style = wAttr(tag, 'val');
          break;
        case 'outlineLvl':
          if (inPPr && paras.length) (paras[paras.length - 1] as ParaState).outline = outlineToLevel(wAttr(tag, 'val'));
          break;
        case 'numId':
          if (inPPr && paras.length) (paras[paras.length - 1] as ParaState).numId = wAttr(tag, 'val');
          break;
        case 'ilvl':
          if (inPPr && paras.length) (paras[paras.length - 1] as ParaState).ilvl = Number(wAttr(tag, 'val') ?? 0) || 0;
          break;
        case 't':
          inText = true;
          break;
        case 'tab':
          if (parent === 'r') append('\t');
          break;
        case 'br':
          // Line breaks only: a page or column break inside a paragraph is not a break in the text.
          if (parent === 'r' && (wAttr(tag, 'type') ?? 'textWrapping') === 'textWrapping') append('\n');
          break;
        case 'cr':
          if (parent === 'r') append('\n');
          break;
        case 'noBreakHyphen':
          append('-');
          break;
        case 'drawing':
        case 'pict':
          // Counted when it closes, unless it is a picture of a web site's frame (a logo).
          if (drawings++ === 0) drawing = { pictures: 0, names: [], width: null, height: null, homeLink: hyperlinks.some((h) => HOME_LINK.test(h)), linked: false };
          break;
        case 'hyperlink':
          hyperlinks.push(target(tag, 'id') ?? '');
          break;
        case 'object':
          graphics++;
          break;
        case 'tbl':
          tables.push({ rows: [], cells: 0 });
          break;
        case 'tr': {
          const t = tables[tables.length - 1];
          t?.rows.push({ cells: [], gridBefore: 0, line: 0 });
          if (t?.rows.length === MAX_FRAME_ROWS + 1) dropFlows(t);
          break;
        }
        case 'gridBefore': {
          const t = tables[tables.length - 1];
          const r = t?.rows[t.rows.length - 1];
          if (r) r.gridBefore = positiveInt(wAttr(tag, 'val'), 0);
          break;
        }
        case 'tc': {
          const t = tables[tables.length - 1];
          const r = t?.rows[t.rows.length - 1];
          if (!t || !r) break;
          r.cells.push({ paras: [], flow: ++t.cells > MAX_FRAME_CELLS || t.rows.length > MAX_FRAME_ROWS ? null : [], gridSpan: 1, vMerge: null, hMerge: null });
          if (t.cells === MAX_FRAME_CELLS + 1) dropFlows(t);
          break;
        }
        case 'gridSpan': {
          const c = curCell();
          if (c && parent === 'tcPr') c.gridSpan = positiveInt(wAttr(tag, 'val'), 1);
          break;
        }
        case 'vMerge': {
          const c = curCell();
          if (c && parent === 'tcPr') c.vMerge = wAttr(tag, 'val') === 'restart' ? 'restart' : 'continue';
          break;
        }
        case 'hMerge': {
          const c = curCell();
          if (c && parent === 'tcPr') c.hMerge = wAttr(tag, 'val') === 'restart' ? 'restart' : 'continue';
          break;
        }
      }
    },
    close(tag: SaxesTagNS) {
      const n = stack.pop();
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (n) {
        case 't':
          inText = false;
          break;
        case 'drawing':
        case 'pict':
          if (--drawings > 0) break;
          // The size of a picture only linked, not held in the file, is the converter's guess (LibreOffice
          // draws a picture it could not load 0.38 inches tall): it tells nothing.
          if (drawing && !(drawing.pictures > 0 && isSitePicture(drawing.linked ? { ...drawing, width: null, height: null } : drawing))) {
            counts.pictures += drawing.pictures;
            graphics++;
            const p = paras[paras.length - 1];
            if (p && drawing.pictures) p.pictures = (p.pictures ?? 0) + drawing.pictures;
          }
          drawing = null;
          break;
        case 'hyperlink':
          hyperlinks.pop();
          break;
        case 'pPr':
          inPPr--;
          break;
        case 'p': {
          const p = paras.pop();
          if (!p) break;
          const text = (counter ? (labelOf(p) ?? '') : '') + p.parts.join('');
          const cell = curCell();
          // A paragraph inside another (a text box) shares the line of the paragraph holding it.
          // A row of cells parted by tabs keeps its leading tabs: they are its empty first cells (tab-rows.ts).
          const kept = TAB_CELLS.test(text) ? text.replace(/^[ \u3000\r\n]+/, '').trimEnd() : text.trim();
          const item: FlowItem = { kind: 'paragraph', text: kept, heading: levelOf(p), textBox: paras.length > 0, ...(p.pictures ? { pictures: p.pictures } : {}) };
          if (tables.length && cell) {
            cell.paras.push(text);
            cell.flow?.push(item);
          } else if (!tables.length) body.push(item);
          break;
        }
        case 'tbl': {
          const t = tables.pop();
          if (!t) break;
          const item: FlowItem = isLayoutTable(t)
            ? { kind: 'flow', items: t.rows.flatMap((r) => r.cells.map((c): FlowItem => ({ kind: 'flow', items: c.flow ?? [] }))) }
            : { kind: 'data-table', table: t };
          if (item.kind === 'data-table') dropFlows(t);
          if (tables.length === 0) {
            body.push(item);
          } else {
            // A table nested in a cell: flattened into that cell's text, cells by tab, rows by line (for
            // when the enclosing table is a data table).
            const cell = curCell();
            if (cell) for (const r of t.rows) cell.paras.push(r.cells.map((c) => cellText(c)).join('\t'));
            cell?.flow?.push(item);
          }
          break;
        }
      }
      void tag;
    },
    text(t: string) {
      if (inText && skipDepth === 0) append(t);
    },
  });
  // Lines, in document order: every body paragraph (empty ones included) and every paragraph of a
  // frame's cells counts one, every row of a data table one. A frame is opened by an explicit stack.
  let ordinal = 0;
  const open: [FlowItem[], number][] = [[body, 0]];
  while (open.length) {
    const top = open[open.length - 1] as [FlowItem[], number];
    const item = top[0][top[1]++];
    if (!item) {
      open.pop();
      continue;
    }
    if (item.kind === 'flow') open.push([item.items, 0]);
    else if (item.kind === 'data-table') {
      for (const r of item.table.rows) r.line = ++ordinal;
      blocks.push(buildTable(item.table, file, ++tableNo));
    } else {
      const line = item.textBox ? ordinal + 1 : ++ordinal;
      if (item.pictures) counts.imageLines?.push(line);
      if (counts.boxed && item.text.trim()) {
        counts.boxed.all += item.text.length;
        if (item.textBox) {
          counts.boxed.boxes++;
          counts.boxed.chars += item.text.length;
        }
      }
      if (item.text) blocks.push({ kind: 'paragraph', text: item.text, heading: item.heading, location: loc(file, item.text, { line }) });
    }
  }
  if (graphics) notes.push(`${file}：跳过了 ${graphics} 个图片、图形或嵌入对象（其中的文字无法检查）。`);
  return blocks;

  /** What a tag inside a drawing tells of its picture: its size, names, file and link. */
  function notePicture(d: NonNullable<typeof drawing>, tag: SaxesTagNS): void {
    switch (tag.local) {
      case 'extent': {
        // DrawingML sizes in EMU: 9525 to a CSS pixel.
        const cx = Number(anyAttr(tag, 'cx'));
        const cy = Number(anyAttr(tag, 'cy'));
        if (d.width == null && cx > 0) d.width = cx / 9525;
        if (d.height == null && cy > 0) d.height = cy / 9525;
        break;
      }
      case 'docPr':
      case 'cNvPr':
        d.names.push(anyAttr(tag, 'name') ?? '', anyAttr(tag, 'descr') ?? '', anyAttr(tag, 'title') ?? '');
        break;
      case 'hlinkClick':
        if (HOME_LINK.test(target(tag, 'id') ?? '')) d.homeLink = true;
        break;
      case 'blip':
        d.names.push(target(tag, 'embed', 'link') ?? '');
        if (anyAttr(tag, 'embed') == null && anyAttr(tag, 'link') != null) d.linked = true;
        break;
      case 'imagedata':
        d.names.push(target(tag, 'id', 'href') ?? '', anyAttr(tag, 'title') ?? '');
        break;
      case 'shape': {
        // VML sizes in points: 0.75 to a CSS pixel.
        const style = anyAttr(tag, 'style') ?? '';
        const w = /(?:^|;)\s*width:\s*([\d.]+)pt/.exec(style);
        const h = /(?:^|;)\s*height:\s*([\d.]+)pt/.exec(style);
        if (w && d.width == null) d.width = Number(w[1]) / 0.75;
        if (h && d.height == null) d.height = Number(h[1]) / 0.75;
        break;
      }
    }
  }
}

/** An attribute by its local name, in whatever namespace. */
function anyAttr(tag: SaxesTagNS, local: string): string | null {
  for (const a of Object.values(tag.attributes)) if (a.local === local) return a.value;
  return null;
}

/** The targets of a part's relationships by their ids (word/_rels/document.xml.rels). */
function readRelationships(xml: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  parseXml(xml, file, 'word/_rels/document.xml.rels', {
    open(tag) {
      if (tag.local !== 'Relationship') return;
      const id = anyAttr(tag, 'Id');
      const to = anyAttr(tag, 'Target');
      if (id && to != null) out.set(id, to);
    },
    close() {},
    text() {},
  });
  return out;
}

/** A data table's cells are read as a grid only: what they collected as flow is let go. */
function dropFlows(t: TableState): void {
  for (const r of t.rows) for (const c of r.cells) c.flow = null;
}

/** Whether the table frames the page (page-frame.ts), from what its cells hold. */
function isLayoutTable(t: TableState): boolean {
  return isPageFrame(t.rows.map((r) => r.cells.map((c) => frameCell(cellText(c), c.flow ?? []))));
}

function positiveInt(v: string | null, dflt: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 1000 ? n : dflt;
}

function cellText(c: CellState): string {
  return c.paras.join('\n').trim();
}

/** Resolves gridSpan/vMerge/hMerge into cells that appear once with their spans. */
function buildTable(t: TableState, file: string, tableNo: number): Block {
  const rows: TableCell[][] = [];
  let open = new Map<number, TableCell>(); // grid column → cell whose vertical merge is still open
  t.rows.forEach((r, ri) => {
    const out: TableCell[] = [];
    const next = new Map<number, TableCell>();
    let col = r.gridBefore;
    for (const c of r.cells) {
      const span = Math.max(1, c.gridSpan);
      const prev = out[out.length - 1];
      if (c.hMerge === 'continue' && prev) {
        prev.colSpan += span;
        col += span;
        continue;
      }
      if (c.vMerge === 'continue') {
        const above = open.get(col);
        if (above) {
          above.rowSpan++;
          next.set(col, above);
          col += span;
          continue;
        }
      }
      const text = cellText(c);
      const cell: TableCell = {
        text,
        colSpan: span,
        rowSpan: 1,
        location: loc(file, text, { line: r.line, cell: { table: tableNo, row: ri + 1, col: col + 1 } }),
      };
      out.push(cell);
      if (c.vMerge != null) next.set(col, cell);
      col += span;
    }
    open = next;
    rows.push(out);
  });
  const first = rows.find((r) => r.length) ?? [];
  return {
    kind: 'table',
    rows,
    shape: 'grid',
    location: loc(file, rowText(first), { line: t.rows[0]?.line ?? null }),
  };
}
