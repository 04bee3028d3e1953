/**
 * Tesseract's TSV output (`tesseract IMG stdout tsv`): one row per page, block, paragraph, line and
 * word, with a pixel box and, for words, a confidence 0..100. Only the words are kept, grouped by
 * the line tesseract put them on.
 */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
}

/** The words of one recognised line, left to right. */
export interface OcrLine {
  words: OcrWord[];
}

const WORD_LEVEL = '5';

/** Parses TSV text into lines of non-empty words; rows that are not well-formed are skipped. */
export function parseTsv(tsv: string): OcrLine[] {
  const byLine = new Map<string, OcrWord[]>();
  const rows = tsv.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const f = (rows[i] as string).split('\t');
    // level page block par line word left top width height conf text
    if (f.length < 12 || f[0] !== WORD_LEVEL) continue;
    const text = f.slice(11).join('\t').trim();
    if (text === '') continue;
    const [left, top, width, height, conf] = [6, 7, 8, 9, 10].map((k) => Number(f[k]));
    if (![left, top, width, height, conf].every(Number.isFinite)) continue;
    const key = `${f[1]}/${f[2]}/${f[3]}/${f[4]}`;
    let words = byLine.get(key);
    if (!words) byLine.set(key, (words = []));
    words.push({ text, left: left!, top: top!, width: Math.max(0, width!), height: Math.max(0, height!), conf: conf! });
  }
  return [...byLine.values()].map((words) => ({ words: words.sort((a, b) => a.left - b.left) }));
}
