/**
 * Sentence and clause splitting for the explanation. Chinese prose separates sentences with 。！？,
 * items of a list with ；, and clauses with ， (or an ASCII comma, which must not be confused with
 * a thousands separator such as "1,239.70").
 */

/** Leading list markers: "1、" "1." "（2）" "(3)" "一、" "（一）" "9、 ". */
export const LIST_MARKER = /^\s*(?:\d{1,2}\s*[、.．](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])\s*/;

export function stripListMarker(text: string): { text: string; listed: boolean } {
  const m = LIST_MARKER.exec(text);
  if (!m) return { text, listed: false };
  return { text: text.slice(m[0].length), listed: true };
}

/** Removes spaces inside the text (converters insert them at line breaks), keeps everything else. */
export function normalizeSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/(?<=[\u4e00-\u9fa5（）()“”：:，,；;。%])\s+|\s+(?=[\u4e00-\u9fa5（）()“”：:，,；;。%])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a paragraph into sentences at 。！？ (keeping the terminator). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of text) {
    cur += ch;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && (ch === '。' || ch === '！' || ch === '？')) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** A clause of a sentence and whether a ；(list item break) precedes it. */
export interface Clause {
  text: string;
  /** A ； separated this clause from the previous one. */
  afterSemicolon: boolean;
}

/** Splits a sentence into clauses at ，/,/；/; (commas between digits are thousands separators). */
export function splitClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let cur = '';
  let semi = false;
  let depth = 0;
  const chars = [...sentence];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    const isComma = ch === '，' || (ch === ',' && !(/\d/.test(chars[i - 1] ?? '') && /\d{3}/.test(chars.slice(i + 1, i + 4).join(''))));
    const isSemi = ch === '；' || ch === ';';
    // "货物支出10万元、服务支出60.24万元": an enumeration comma after a figure separates statements.
    const isEnum = ch === '、' && /(?:万元|元|%|％|批次|人次|个|辆|次|项)$/.test(cur) && /[\u4e00-\u9fa5\d]/.test(chars[i + 1] ?? '');
    if (isEnum && depth === 0) {
      if (cur.trim()) out.push({ text: cur.trim(), afterSemicolon: semi });
      cur = '';
      semi = false;
      continue;
    }
    if ((isComma || isSemi) && depth === 0) {
      if (cur.trim()) out.push({ text: cur.trim(), afterSemicolon: semi });
      cur = '';
      semi = isSemi;
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push({ text: cur.trim().replace(/[。！？]$/, ''), afterSemicolon: semi });
  return out;
}

/**
 * Cuts reasons and descriptions out of a sentence: "主要原因是：…" runs to the end of the sentence or list item
 * (its figures are about other things); "主要用于…/主要包括…/开支内容包括…" runs to the end of its clause.
 * "主要用于以下方面：" is kept: it introduces the parts of a whole.
 */
export function dropReasons(sentence: string): string {
  let s = sentence.replace(/[，,；;]?\s*(?:主要(?:变动)?原因(?:是|为|：|:)|原因(?:是|为)[:：]?|主要是)[^。；;]*/g, '');
  s = s.replace(/(?:主要用于|主要包括|开支内容包括|主要内容包括|具体包括)(?!以下方面)[^，,；;。]*/g, '');
  return s;
}
