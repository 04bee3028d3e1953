/*
 * The style a converted page places its text by: class rules from its style sheets, applied in the sheets'
 * order as a browser does, and the boxes that absolutely placed elements are placed in. pdftohtml writes each
 * piece's top/left inline; pdf2htmlEX writes them as classes (".x1f{left:…}" ".y2a{bottom:…}") on text lines
 * that may stand in a clip box placed the same way, with their type enlarged and scaled back by a transform
 * (".fs0{font-size:64px}" ".m0{transform:matrix(0.25,0,0,0.25,0,0)}"), and repeats its classes for print.
 */

export type Decls = Map<string, string>;

/** A rule of the page's style sheets for one class (".ft10{font-size:41px;…}"), where its sheet stands, and its order. */
export interface ClassRule {
  at: number;
  order: number;
  cls: string;
  decls: Decls;
}

/** A class's declarations, its rules merged in order, and the order of its first rule (for the cascade). */
export interface ClassStyle {
  order: number;
  decls: Decls;
}

/**
 * The class rules of the page's style sheets that apply on a screen: rules inside an `@media` block for print
 * are left out (pdf2htmlEX repeats its placing there in points scaled otherwise), and other at-rules' blocks
 * (fonts) are skipped whole.
 */
export function styleRules(html: string): ClassRule[] {
  const out: ClassRule[] = [];
  // Each sheet's end found with indexOf, not a lazy pattern: a page of unclosed <style> elements costs its length once.
  const lower = html.toLowerCase();
  for (let at = lower.indexOf('<style'); at >= 0; ) {
    const from = lower.indexOf('>', at) + 1;
    const to = from > 0 ? lower.indexOf('</style', from) : -1;
    if (to < 0) break;
    sheetRules(html.slice(from, to), at, out);
    at = lower.indexOf('<style', to);
  }
  return out;
}

/** The class rules of one sheet, appended to `out`. */
function sheetRules(sheet: string, at: number, out: ClassRule[]): void {
  const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
  // Per open block of an at-rule: are the rules inside it left out.
  const blocks: boolean[] = [];
  let from = 0;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '}') {
      blocks.pop();
      from = i + 1;
      continue;
    }
    if (ch !== '{') continue;
    const prelude = css.slice(from, i).replace(/^\s*(?:<!--)?/, '').trim();
    const skipped = blocks.some(Boolean);
    if (/^@media\b/i.test(prelude)) {
      blocks.push(skipped || (/\bprint\b/i.test(prelude) && !/\b(?:screen|all)\b/i.test(prelude)));
      from = i + 1;
      continue;
    }
    if (/^@(?:supports|document|-moz-document)\b/i.test(prelude)) {
      blocks.push(skipped);
      from = i + 1;
      continue;
    }
    // A style rule, or another at-rule's block (@font-face, @keyframes): to its closing brace, nested braces counted.
    let depth = 1;
    let j = i + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    if (!skipped && !prelude.startsWith('@')) {
      const decls = parseDecls(css.slice(i + 1, j - 1));
      for (const sel of prelude.split(',')) {
        const cls = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(sel)?.[1];
        if (cls) out.push({ at, order: out.length, cls, decls });
      }
    }
    i = j - 1;
    from = j;
  }
}

/** Each class's declarations, its rules merged in order. */
export function cssClasses(rules: readonly ClassRule[]): Map<string, ClassStyle> {
  const out = new Map<string, ClassStyle>();
  for (const r of rules) {
    const had = out.get(r.cls);
    out.set(r.cls, { order: had?.order ?? r.order, decls: new Map([...(had?.decls ?? []), ...r.decls]) });
  }
  return out;
}

export function parseDecls(text: string): Decls {
  const out: Decls = new Map();
  for (const d of text.split(';')) {
    const k = d.indexOf(':');
    if (k > 0) out.set(d.slice(0, k).trim().toLowerCase(), d.slice(k + 1).trim());
  }
  return out;
}

/**
 * An element's style: its classes' rules in the sheets' order, whatever order the element names them in (a
 * class no sheet defines as `undefinedClass` reads it, after them), then its own style attribute.
 */
export function declsOf(attrs: string, classes: Map<string, ClassStyle>, undefinedClass: (cls: string) => Decls | undefined): Decls {
  const cls = /\bclass\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1] ?? '';
  const styles: ClassStyle[] = [];
  for (const c of cls.split(/\s+/)) {
    const known = classes.get(c);
    const other = known ? undefined : undefinedClass(c);
    if (known) styles.push(known);
    else if (other) styles.push({ order: Number.MAX_SAFE_INTEGER, decls: other });
  }
  styles.sort((a, b) => a.order - b.order);
  const out: Decls = new Map();
  for (const s of styles) for (const [k, v] of s.decls) out.set(k, v);
  for (const [k, v] of parseDecls(/\bstyle\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? /\bstyle\s*=\s*'([^']*)'/i.exec(attrs)?.[1] ?? '')) out.set(k, v);
  return out;
}

/** A length in px (a number alone read as px, pt converted); null for anything else (percentages, auto). */
export function px(v: string | undefined): number | null {
  const m = v == null ? null : /^(-?[\d.]+)\s*(px|pt)?$/i.exec(v);
  const n = m ? Number(m[1]) : Number.NaN;
  if (!m || !Number.isFinite(n)) return null;
  return m[2]?.toLowerCase() === 'pt' ? n / 0.75 : n;
}

/**
 * How much an element's transform scales its type: 1 without one; null when it turns the text (a rotated
 * label is no piece of a line). pdf2htmlEX sets type four times larger and scales it back by a quarter.
 */
export function transformScale(decls: Decls): number | null {
  const t = decls.get('transform') ?? decls.get('-webkit-transform') ?? decls.get('-ms-transform');
  if (t == null || /^\s*none\s*$/i.test(t)) return 1;
  const matrix = /^\s*matrix\(\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,\s*([-\d.e]+)\s*,/i.exec(t);
  if (matrix) {
    const [a, b, c, d] = matrix.slice(1, 5).map(Number) as [number, number, number, number];
    if (![a, b, c, d].every(Number.isFinite) || Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d <= 0) return null;
    return Math.sqrt(a * d);
  }
  const scale = /^\s*scale\(\s*([\d.e]+)\s*(?:,\s*([\d.e]+)\s*)?\)\s*$/i.exec(t);
  if (scale) {
    const [x, y] = [Number(scale[1]), Number(scale[2] ?? scale[1])];
    return Number.isFinite(x) && Number.isFinite(y) && x > 0 && y > 0 ? Math.sqrt(x * y) : null;
  }
  return null;
}

/** A box absolutely placed elements are placed in: its left edge, top edge and height (null when not given). */
export interface Box {
  x: number;
  top: number;
  height: number | null;
}

const ROOT: Box = { x: 0, top: 0, height: null };

/**
 * Where an element placed by `decls` in `box` starts: its left edge and top edge. An element placed by its
 * bottom (pdf2htmlEX) stands its own height (`ownHeight`) above that distance from the box's bottom, a box
 * of no given height ending where it starts (so the pieces of one box keep their order and spacing).
 */
export function placeIn(box: Box, decls: Decls, ownHeight: number | null): { x: number; top: number } | null {
  const left = px(decls.get('left'));
  const top = px(decls.get('top'));
  const bottom = px(decls.get('bottom'));
  if (left == null || (top == null && bottom == null)) return null;
  if (top != null) return { x: box.x + left, top: box.top + top };
  return { x: box.x + left, top: box.top + (box.height ?? 0) - (bottom ?? 0) - (ownHeight ?? 0) };
}

/**
 * The box in force after each <div> tag of the page, in order: a div placed absolutely or relatively is the
 * box of what it holds (pdf2htmlEX's page frame, page content and clip boxes), any other passes its own on.
 */
export function divBoxes(html: string, style: (attrs: string, at: number) => Decls): { at: number; box: Box }[] {
  const out: { at: number; box: Box }[] = [];
  const stack: Box[] = [];
  for (const m of html.matchAll(/<(\/?)div\b([^>]*)>/gi)) {
    const at = m.index ?? 0;
    if (m[1]) stack.pop();
    else if (!/\/\s*$/.test(m[2] ?? '')) {
      const outer = stack[stack.length - 1] ?? ROOT;
      const decls = style(m[2] ?? '', at);
      const height = px(decls.get('height'));
      let box = outer;
      if (/^(?:absolute|relative|fixed)$/i.test((decls.get('position') ?? '').trim())) {
        const placed = placeIn(outer, decls, height) ?? { x: outer.x + (px(decls.get('left')) ?? 0), top: outer.top + (px(decls.get('top')) ?? 0) };
        box = { x: placed.x, top: placed.top, height };
      }
      stack.push(box);
    }
    out.push({ at, box: stack[stack.length - 1] ?? ROOT });
  }
  return out;
}

export { ROOT as PAGE_ROOT };
