import { Parser } from 'htmlparser2';
import { JuesuanError, LIMITS } from '../../errors.js';
import { type Block, type LayoutDocument, rowText, type TableCell } from '../../model/layout.js';
import { loc } from '../../model/location.js';
import { badBytesNote, type DecodedText, decodeText, linesOfMarks } from '../text/decode.js';
import { frameCell, isPageFrame, MAX_FRAME_CELLS, MAX_FRAME_ROWS } from '../page-frame.js';
import { HOME_LINK, isSitePicture } from '../site-picture.js';
import { joinPlacedRuns } from './placed-runs.js';
import { readTabRows } from '../text/tab-rows.js';

/*
 * HTML reader (htmlparser2, a streaming tokenizer: no DOM, no recursion, so deep nesting is harmless).
 *
 * Locations: `line` is the 1-based source line of a paragraph's first visible character (the line of
 * its <p>, <h2>, <li> when the text starts there; for text after a <br>, or on the line after its
 * <div>, the line of the text itself), of a table's first <tr>, of a cell's <td>. `cell` is {table: ordinal of the
 * top-level table, row: 1-based <tr> ordinal, col: 1-based grid column where the cell starts,
 * counting columns taken by colspan/rowspan from earlier cells}.
 *
 * Layout tables: old portals (TRS and many county sites) put the whole article in a cell of a table
 * that only frames the page. Every table is therefore read twice as it streams: as a grid of cell
 * texts (a data table) and as the flow of its cells' blocks (paragraphs, headings, nested tables).
 * When it closes, `isLayoutTable` decides which reading stands: a small table with no figures grid
 * whose cell holds block content (a heading, a nested table beside text, or most of the table's text
 * in many paragraphs) is a layout table and its cells are read as the page's flow, in order; any
 * other table (including a data table with a nested table in a header cell) stays a data table.
 */

const SKIP = new Set(['script', 'style', 'title', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'select', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main',
  'blockquote', 'pre', 'hr', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'center', 'caption', 'body', 'html',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'legend', 'details', 'summary',
]);
/**
 * Open elements at once. Real pages nest a few dozen deep; htmlparser2's element stack costs O(depth)
 * per tag, so a page nested deeper than this is refused rather than parsed in quadratic time.
 */
const MAX_DEPTH = 1000;
/** Rows ahead that a rowspan may reserve, tracked per table (bounds work on hostile spans). */
const MAX_ACTIVE_SPANS = 256;

/**
 * Decodes the page: a BOM first, then the declared <meta charset> (GB2312/GBK read as GB18030), then
 * what the bytes look like (UTF-16/UTF-32, UTF-8, GB18030 or Big5; see text/decode.ts). Bytes that
 * do not decode are marked and counted, as in a text file.
 */
export function decodeHtml(bytes: Uint8Array, file: string): DecodedText {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  const label = declared && /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312|gb_2312-80)$/.test(declared) ? 'gb18030' : declared;
  if (!bom && label && label !== 'utf-8' && label !== 'utf8' && !/^utf-?(16|32)/.test(label)) {
    let text: string | null = null;
    try {
      text = new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: the bytes decide.
    }
    if (text != null && !text.includes('\u0000')) {
      const invalid = (text.match(/\ufffd+/g) ?? []).length;
      return { text, encoding: label, invalid, invalidLines: invalid ? linesOfMarks(text) : [] };
    }
  }
  try {
    return decodeText(bytes, file);
  } catch (e) {
    if (e instanceof JuesuanError && e.code === 'BINARY_GARBAGE') {
      throw new JuesuanError(
        'BINARY_GARBAGE',
        `文件 ${file} 的扩展名或开头像 HTML，但内容是二进制数据，无法按网页读取。请确认文件类型和扩展名是否一致。`,
      );
    }
    throw e;
  }
}

/** Paragraphs, and the tables among them, being collected in one container: the page, or one table cell. */
interface Flow {
  items: FlowItem[];
  buf: string[];
  bufStart: number | null;
  pendingStart: number | null;
  heading: number | null;
}
/** A paragraph; a table still to be numbered and built; or the flow of a layout table, by reference (no copying per level). */
type FlowItem = Block | { kind: 'data-table'; table: TableState } | { kind: 'flow'; items: FlowItem[] };

interface CellState {
  parts: string[];
  colSpan: number;
  rowSpan: number;
  start: number;
  /** Null once the table is too big to be a layout table: its cells are then read only as data. */
  flow: Flow | null;
}
interface RowState {
  cells: CellState[];
  start: number;
}
interface TableState {
  rows: RowState[];
  start: number;
  cells: number;
}

const WS = /[ \t\n\r\f]+/g;
/*
 * Whitespace that the page asks to keep (<pre>, style="white-space: pre|pre-wrap|break-spaces") is
 * swapped for private-use sentinels as it arrives, so collapsing ordinary whitespace leaves it alone.
 */
const KEEP_TAB = '\ue009';
const KEEP_SPACE = '\ue020';
const KEEP_LINE = '\ue00a';
const SENTINELS = /[\ue009\ue00a\ue020]/g;
const keep = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\t/g, KEEP_TAB).replace(/ /g, KEEP_SPACE).replace(/\n/g, KEEP_LINE);
const clean = (s: string) =>
  s.replace(WS, ' ').replace(/\u00a0/g, ' ').trim().replace(/\ue009/g, '\t').replace(/\ue020/g, ' ');
const PRESERVING = /white-space\s*:\s*(pre|pre-wrap|break-spaces)\b/i;
/** Inside a table, these only group rows: no paragraph of the flow starts at them. */
const ROW_GROUPS = new Set(['tbody', 'thead', 'tfoot', 'colgroup', 'col']);
const NOT_SPACE = /[^\s\u3000]/g;

const newFlow = (): Flow => ({ items: [], buf: [], bufStart: null, pendingStart: null, heading: null });

export function readHtmlLayout(bytes: Uint8Array, file: string): LayoutDocument {
  // No encoding takes more than 4 bytes per character: past that the page is too long without decoding it.
  const decoded = bytes.length > LIMITS.maxTextChars * 4 ? null : decodeHtml(bytes, file);
  const html = decoded?.text;
  if (decoded == null || html == null || html.length > LIMITS.maxTextChars) {
    throw new JuesuanError(
      'LIMIT_EXCEEDED',
      `文件 ${file} 的网页源码超过 ${LIMITS.maxTextChars / 1024 / 1024}M 字符，远超任何一份决算公开页面，已拒绝处理。请确认选择的文件是否正确。`,
    );
  }
  const layout = readHtmlString(html, file);
  const note = badBytesNote(file, decoded);
  return note ? { ...layout, notes: [note, ...layout.notes] } : layout;
}

export function readHtmlString(source: string, file: string): LayoutDocument {
  const html = joinPlacedRuns(source);
  const newlines: number[] = [];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (index: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const blocks: Block[] = [];
  const notes: string[] = [];
  const tables: TableState[] = [];
  let tableNo = 0;
  let skip = 0;
  let inHead = false;
  const preserving: string[] = []; // open elements that keep whitespace
  let depth = 0;
  let images = 0;
  const imageLines: number[] = [];
  // Inside a link to the site's home page (its logo, its banner): the page's, not the document's.
  let homeLinks = 0;
  // The link being read when it points at a file (附件): its text names the attachment.
  let link: { href: string; text: string[] } | null = null;
  const attachments: string[] = [];
  // The page's own flow (outside any table cell).
  const page = newFlow();

  const lastCell = (t: TableState | undefined): CellState | null => {
    const r = t?.rows[t.rows.length - 1];
    return r?.cells[r.cells.length - 1] ?? null;
  };
  const cell = (): CellState | null => lastCell(tables[tables.length - 1]);
  /** Where paragraphs go now: the innermost open cell (a table without a cell yet sits in its enclosing cell), or the page. */
  const flowHere = (): Flow => {
    for (let i = tables.length - 1; i >= 0; i--) {
      const c = lastCell(tables[i]);
      if (c) return c.flow ?? sink;
    }
    return page;
  };
  // Where the flow of a cell of a data table goes: nowhere.
  const sink = newFlow();
  const flush = (f: Flow) => {
    if (f === sink) {
      f.buf = [];
      f.bufStart = null;
      return;
    }
    const raw = f.buf.join('');
    const start = f.bufStart;
    f.buf = [];
    f.bufStart = null;
    if (start == null) return;
    // Kept line breaks (<pre>) separate paragraphs, as <br> does.
    raw.split(KEEP_LINE).forEach((l, k) => {
      const t = clean(l);
      if (t) f.items.push({ kind: 'paragraph', text: t, heading: f.heading, location: loc(file, t, { line: lineAt(start) + k }) });
    });
  };
  /** The last cell of a table is done when the next row or cell starts, or the table ends. */
  const endCell = (t: TableState | undefined) => {
    const c = lastCell(t);
    if (c?.flow) flush(c.flow);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const at = parser.startIndex;
        if (++depth > MAX_DEPTH) {
          throw new JuesuanError(
            'LIMIT_EXCEEDED',
            `文件 ${file} 的网页标签嵌套超过 ${MAX_DEPTH} 层（第 ${lineAt(at)} 行附近），不是正常的决算公开页面，已拒绝处理。请确认文件来源，或在浏览器中打开后另存为网页再检查。`,
          );
        }
        if (name === 'head') inHead = true;
        if (name === 'body') inHead = false;
        if (SKIP.has(name)) skip++;
        if (skip || inHead) return;
        if (name === 'a' && HOME_LINK.test((attribs.href ?? '').trim())) homeLinks++;
        if (
          name === 'img' &&
          !isSitePicture({
            names: [attribs.src, attribs.class, attribs.id, attribs.alt],
            width: Number.parseInt(attribs.width ?? '', 10),
            height: Number.parseInt(attribs.height ?? '', 10),
            homeLink: homeLinks > 0,
          })
        ) {
          images++;
          imageLines.push(lineAt(at));
        }
        if (name === 'a' && ATTACHMENT.test(attribs.href ?? '')) link = { href: attribs.href ?? '', text: [] };
        if (name === 'pre' || PRESERVING.test(attribs.style ?? '')) preserving.push(name);
        const c = cell();
        if (name === 'table') {
          if (c?.flow) flush(c.flow);
          else if (!tables.length) flush(page);
          tables.push({ rows: [], start: at, cells: 0 });
          return;
        }
        const t = tables[tables.length - 1];
        if (t && name === 'tr') {
          endCell(t);
          t.rows.push({ cells: [], start: at });
          if (t.rows.length === MAX_FRAME_ROWS + 1) dropFlows(t);
          return;
        }
        if (t && (name === 'td' || name === 'th')) {
          endCell(t);
          if (!t.rows.length) t.rows.push({ cells: [], start: at });
          (t.rows[t.rows.length - 1] as RowState).cells.push({
            parts: [],
            colSpan: span(attribs.colspan, 1000),
            rowSpan: span(attribs.rowspan, 65534),
            start: at,
            flow: ++t.cells > MAX_FRAME_CELLS || t.rows.length > MAX_FRAME_ROWS ? null : newFlow(),
          });
          if (t.cells === MAX_FRAME_CELLS + 1) dropFlows(t);
          return;
        }
        if (t && ROW_GROUPS.has(name)) return;
        if (c && (BLOCK.has(name) || name === 'br')) c.parts.push('\n');
        const f = flowHere();
        if (name === 'br') {
          flush(f);
          f.pendingStart = null;
          return;
        }
        if (BLOCK.has(name)) {
          flush(f);
          f.pendingStart = at;
          const h = /^h([1-6])$/.exec(name);
          if (h) f.heading = Number(h[1]);
        }
      },
      onclosetag(name) {
        depth--;
        if (name === 'a' && homeLinks > 0) homeLinks--;
        if (name === 'head') inHead = false;
        if (SKIP.has(name)) {
          if (skip > 0) skip--;
          return;
        }
        if (skip || inHead) return;
        if (name === 'a' && link) {
          const label = clean(link.text.join('')) || fileName(link.href);
          if (attachments.length < 50 && !attachments.includes(label)) attachments.push(label);
          link = null;
        }
        closeElement(name);
      },
      ontext(raw) {
        if (skip || inHead) return;
        if (link && link.text.length < 20) link.text.push(raw);
        const text = preserving.length ? keep(raw.replace(SENTINELS, '')) : raw.replace(SENTINELS, '');
        const c = cell();
        if (c) c.parts.push(text);
        const f = flowHere();
        if (f === sink) return;
        if (f.bufStart == null) {
          if (!text.trim()) return;
          // A paragraph is located at its first visible character: not at the line break that ends the
          // line before (text after a <br>, text on the line after its <div>).
          NOT_SPACE.lastIndex = parser.startIndex;
          const first = NOT_SPACE.exec(html)?.index;
          f.bufStart = first != null && first <= parser.endIndex ? first : (f.pendingStart ?? parser.startIndex);
        }
        f.buf.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );


  function closeElement(name: string): void {
    if (preserving[preserving.length - 1] === name) preserving.pop();
    const c = cell();
    if (name === 'table') {
      const t = tables.pop();
      if (!t) return;
      endCell(t);
      const item: FlowItem = isLayoutTable(t)
        ? { kind: 'flow', items: t.rows.flatMap((r) => r.cells.map((x): FlowItem => ({ kind: 'flow', items: x.flow?.items ?? [] }))) }
        : { kind: 'data-table', table: t };
      if (item.kind === 'data-table') dropFlows(t);
      // A table nested in a cell: also flattened into that cell's text (cells by tab, rows by line), for
      // when the enclosing table is a data table.
      const outer = cell();
      if (outer) for (const r of t.rows) outer.parts.push('\n', r.cells.map(cellText).map(keep).join(KEEP_TAB), '\n');
      const f = flowHere();
      if (f !== sink) f.items.push(item);
      return;
    }
    if (tables.length && (name === 'td' || name === 'th' || name === 'tr' || ROW_GROUPS.has(name))) return;
    if (c && BLOCK.has(name)) c.parts.push('\n');
    if (BLOCK.has(name)) {
      const f = flowHere();
      flush(f);
      f.pendingStart = null;
      if (/^h[1-6]$/.test(name)) f.heading = null;
    }
  }
  parser.write(html);
  parser.end();
  // Unclosed tables at the end of a truncated page are kept.
  while (tables.length) closeElement('table');
  flush(page);
  // The flow, layout tables opened in place (by an explicit stack: nesting is deep only on hostile pages).
  const stack: [FlowItem[], number][] = [[page.items, 0]];
  while (stack.length) {
    const top = stack[stack.length - 1] as [FlowItem[], number];
    const item = top[0][top[1]++];
    if (!item) {
      stack.pop();
      continue;
    }
    if (item.kind === 'flow') stack.push([item.items, 0]);
    else if (item.kind === 'data-table') blocks.push(buildTable(item.table, file, ++tableNo, lineAt));
    else blocks.push(item);
  }
  if (images) notes.push(`${file}：跳过了 ${images} 张图片（其中的文字无法检查）。`);
  if (attachments.length) notes.push(`${file}：网页链接了附件 ${attachments.join('、')}（附件未检查）。`);
  return { file, format: 'html', blocks: readTabRows(blocks, file), notes, images, ...(imageLines.length ? { imageLines } : {}), attachments };
}

/** A data table's cells are read as a grid only: what they collected as flow is let go. */
function dropFlows(t: TableState): void {
  for (const r of t.rows) for (const c of r.cells) c.flow = null;
}

/** Whether the table frames the page (page-frame.ts), from what its cells hold. */
function isLayoutTable(t: TableState): boolean {
  return isPageFrame(t.rows.map((r) => r.cells.map((c) => frameCell(cellText(c), c.flow?.items ?? []))));
}

/** A link to a file rather than a page: the attachments (附件) a disclosure page offers. */
const ATTACHMENT = /\.(?:xlsx?|et|pdf|docx?|wps|zip|rar|7z)(?:[?#]|$)/i;

/** The file name a link ends in, decoded when it can be. */
function fileName(href: string): string {
  const last = href.split(/[?#]/)[0]?.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last).slice(0, 80);
  } catch {
    return last.slice(0, 80);
  }
}


function span(v: string | undefined, max: number): number {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Cell text: lines from <br> and block elements, each with whitespace collapsed, empty lines dropped. */
function cellText(c: CellState): string {
  return c.parts
    .join('')
    .split(/[\n\ue00a]/)
    .map(clean)
    .filter((l) => l !== '')
    .join('\n');
}

function buildTable(t: TableState, file: string, tableNo: number, lineAt: (i: number) => number): Block {
  // Columns still covered by a rowspan from an earlier row: [firstCol, lastCol, lastRow].
  let active: [number, number, number][] = [];
  const rows: TableCell[][] = t.rows.map((r, ri) => {
    active = active.filter((a) => a[2] >= ri);
    const out: TableCell[] = [];
    let col = 0;
    for (const c of r.cells) {
      // `active` is sorted by first column, so one pass finds the first free column.
      for (const a of active) if (col >= a[0] && col <= a[1]) col = a[1] + 1;
      const rowSpan = Math.min(c.rowSpan, t.rows.length - ri);
      const text = cellText(c);
      out.push({
        text,
        colSpan: c.colSpan,
        rowSpan,
        location: loc(file, text, { line: lineAt(c.start), cell: { table: tableNo, row: ri + 1, col: col + 1 } }),
      });
      if (rowSpan > 1 && active.length < MAX_ACTIVE_SPANS) {
        const at = active.findIndex((a) => a[0] > col);
        active.splice(at < 0 ? active.length : at, 0, [col, col + c.colSpan - 1, ri + rowSpan - 1]);
      }
      col += c.colSpan;
    }
    return out;
  });
  const first = rows.find((r) => r.length) ?? [];
  return { kind: 'table', rows, shape: 'grid', location: loc(file, rowText(first), { line: lineAt(t.rows[0]?.start ?? t.start) }) };
}
