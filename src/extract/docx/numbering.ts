import { parseXml, wAttr, wName } from './xml.js';

/*
 * Automatic list numbering (word/numbering.xml). Word does not store "一、" or "（二）" of an
 * auto-numbered heading in the text; without it the paragraph reads differently than the printed
 * document (and than a text export). The counters are replayed in document order.
 */

interface Level {
  fmt: string;
  text: string;
  start: number;
  suff: string;
}
interface NumDef {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export interface NumberingDefs {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, NumDef>;
}

export function readNumbering(xml: string, file: string): NumberingDefs {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, NumDef>();
  let abs: Map<number, Level> | null = null;
  let lvl: Level | null = null;
  let num: NumDef | null = null;
  let overrideLvl: number | null = null;
  parseXml(xml, file, 'word/numbering.xml', {
    open(tag) {
      switch (wName(tag)) {
        case 'abstractNum':
          abs = new Map();
          abstracts.set(wAttr(tag, 'abstractNumId') ?? '', abs);
          break;
        case 'lvl':
          if (abs && !num) {
            lvl = { fmt: 'decimal', text: '', start: 1, suff: 'tab' };
            abs.set(Number(wAttr(tag, 'ilvl') ?? 0), lvl);
          }
          break;
        case 'start':
          if (lvl) lvl.start = Number(wAttr(tag, 'val') ?? 1) || 0;
          break;
        case 'numFmt':
          if (lvl) lvl.fmt = wAttr(tag, 'val') ?? 'decimal';
          break;
        case 'lvlText':
          if (lvl) lvl.text = wAttr(tag, 'val') ?? '';
          break;
        case 'suff':
          if (lvl) lvl.suff = wAttr(tag, 'val') ?? 'tab';
          break;
        case 'num':
          num = { abstractId: '', startOverrides: new Map() };
          nums.set(wAttr(tag, 'numId') ?? '', num);
          break;
        case 'abstractNumId':
          if (num) num.abstractId = wAttr(tag, 'val') ?? '';
          break;
        case 'lvlOverride':
          overrideLvl = Number(wAttr(tag, 'ilvl') ?? 0);
          break;
        case 'startOverride':
          if (num && overrideLvl != null) num.startOverrides.set(overrideLvl, Number(wAttr(tag, 'val') ?? 1));
          break;
      }
    },
    close(tag) {
      switch (wName(tag)) {
        case 'abstractNum':
          abs = null;
          break;
        case 'lvl':
          lvl = null;
          break;
        case 'num':
          num = null;
          break;
        case 'lvlOverride':
          overrideLvl = null;
          break;
      }
    },
    text() {},
  });
  return { abstracts, nums };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

function chinese(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CN[tens]}十`}${CN[ones]}`;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of parts) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chinese(n);
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return ZODIAC[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Replays list counters in document order and renders each numbered paragraph's label. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();
  constructor(private readonly defs: NumberingDefs) {}

  /** The label ("一、", "（二）", "1.") of the next paragraph of list numId at level ilvl; null for none or bullets. */
  next(numId: string, ilvl: number): string | null {
    const num = this.defs.nums.get(numId);
    if (!num || numId === '0') return null;
    const levels = this.defs.abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.fmt === 'bullet') return null;
    // Lists of the same abstract definition continue each other unless the instance restarts them.
    const key = num.startOverrides.size ? `num:${numId}` : `abs:${num.abstractId}`;
    let c = this.counters.get(key);
    if (!c || (num.startOverrides.size && !this.started.has(key))) {
      c = Array.from({ length: 9 }, (_, i) => (num.startOverrides.get(i) ?? levels.get(i)?.start ?? 1) - 1);
      this.counters.set(key, c);
      this.started.add(key);
    }
    c[ilvl] = (c[ilvl] as number) + 1;
    for (let i = ilvl + 1; i < 9; i++) c[i] = (num.startOverrides.get(i) ?? levels.get(i)?.start ?? 1) - 1;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(c?.[i] ?? 0, levels.get(i)?.fmt ?? 'decimal');
    });
    if (!label) return null;
    // Word puts a tab (or space) after the label; after Chinese punctuation a printed text has none.
    const gap = level.suff === 'nothing' || /[、.．:：)）]$/.test(label) ? '' : ' ';
    return label + gap;
  }
}
