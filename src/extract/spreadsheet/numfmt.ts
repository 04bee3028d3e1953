import { Decimal } from '../../model/decimal.js';

/*
 * What a spreadsheet shows for a numeric cell: its stored value formatted by the cell's number
 * format. Computed from the stored decimal string with decimal arithmetic, never by printing a
 * binary float: "2940.0499999999997" under "0.00" shows "2940.05", as Excel does, because Excel
 * first takes a stored double to 15 significant digits and then rounds half away from zero.
 *
 * Covered: General, digit placeholders 0 # ? with thousands separators, decimals, percent,
 * thousands scaling ("#,##0,"), scientific, up to four ;-sections, literals ("元", \x, _x, *x),
 * [Red]/[$¥-804] tags, text "@", and dates/times (yyyy m d h mm ss, 年月日, 上午/下午).
 * Fractions and conditional sections fall back to General: a disclosure never prints them.
 */

/** Excel keeps 15 significant digits of a double; what it shows is derived from those. */
const EXCEL_DIGITS = 15;

/** Built-in number formats by id (ECMA-376 §18.8.30, with the zh-CN locale's date formats). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"¥"#,##0;"¥"-#,##0',
  6: '"¥"#,##0;[Red]"¥"-#,##0',
  7: '"¥"#,##0.00;"¥"-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"-#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
  42: '_-"¥"* #,##0_-;-"¥"* #,##0_-;_-"¥"* "-"_-;_-@_-',
  43: '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-',
  44: '_-"¥"* #,##0.00_-;-"¥"* #,##0.00_-;_-"¥"* "-"??_-;_-@_-',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** One token of a format section: a literal to print or a code to interpret. */
type Tok = { lit: string } | { code: string };

/** Splits a format into its ;-sections (outside quotes and brackets). */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '\\' && !quoted) {
      cur += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** Tokenises one section: quoted text, escapes, padding (_x → a space), fill (*x, dropped), [..] tags. */
function tokens(section: string): { toks: Tok[]; condition: boolean } {
  const toks: Tok[] = [];
  let condition = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      toks.push({ lit: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      toks.push({ lit: section[i + 1] ?? '' });
      i++;
    } else if (ch === '_') {
      toks.push({ lit: ' ' });
      i++;
    } else if (ch === '*') {
      i++;
    } else if (/^(AM\/PM|A\/P)/i.test(section.slice(i, i + 5)) || section.startsWith('上午/下午', i)) {
      // The half-day marker is one code; its letters are not months or minutes.
      const m = /^(AM\/PM|A\/P|上午\/下午)/i.exec(section.slice(i)) as RegExpExecArray;
      toks.push({ code: (m[1] as string).toUpperCase() });
      i += (m[1] as string).length - 1;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      // [$¥-804]: a currency symbol and locale; [h], [mm]: elapsed time; [Red], [Color10]: colours.
      if (tag.startsWith('$')) toks.push({ lit: tag.slice(1).split('-')[0] ?? '' });
      else if (/^(h+|m+|s+)$/i.test(tag)) toks.push({ code: `[${tag.toLowerCase()}]` });
      else if (/^[<>=]/.test(tag)) condition = true;
      i = end < 0 ? section.length : end;
    } else {
      toks.push({ code: ch });
    }
  }
  return { toks, condition };
}

const DATE_CODE = /^[ymdhse]$/i;

function isDateSection(toks: readonly Tok[]): boolean {
  let date = false;
  for (const t of toks) {
    if (!('code' in t)) continue;
    if (/[0#?]/.test(t.code)) return false;
    if (DATE_CODE.test(t.code) || /^\[(h+|m+|s+)\]$/.test(t.code)) date = true;
  }
  return date;
}

/** General: up to 15 significant digits, no trailing zeros, plain notation below 10^15. */
export function formatGeneral(d: Decimal): string {
  if (d.isZero()) return '0';
  const r = d.toSignificantDigits(EXCEL_DIGITS, Decimal.ROUND_HALF_UP);
  const abs = r.abs();
  if (abs.gte('1e15') || abs.lt('1e-9')) {
    const [m = '0', e = '0'] = r.toExponential().split('e');
    const mant = new Decimal(m).toSignificantDigits(6, Decimal.ROUND_HALF_UP).toString();
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return r.toFixed();
}

/**
 * The text a spreadsheet shows for a stored numeric value (a decimal string as stored in the file)
 * under a number format. `date1904`: the workbook counts dates from 1904 (old Mac Excel).
 */
export function displayNumber(stored: string, format: string, date1904 = false): string {
  let d: Decimal;
  try {
    d = new Decimal(stored.trim());
  } catch {
    return stored;
  }
  if (!d.isFinite()) return stored;
  d = d.toSignificantDigits(EXCEL_DIGITS, Decimal.ROUND_HALF_UP);
  const secs = sections(format || 'General');
  let section = secs[0] as string;
  let value = d;
  let autoMinus = d.isNegative() && !d.isZero();
  if (secs.length >= 2 && d.isNegative() && !d.isZero()) {
    section = secs[1] as string;
    value = d.abs();
    autoMinus = false;
  } else if (secs.length >= 3 && d.isZero()) {
    section = secs[2] as string;
  }
  const { toks, condition } = tokens(section);
  if (condition) return formatGeneral(d);
  if (/^\s*general\s*$/i.test(section.replace(/\[[^\]]*\]/g, ''))) return (autoMinus ? '-' : '') + formatGeneral(value.abs());
  if (isDateSection(toks)) return formatDate(d, toks, date1904) ?? formatGeneral(d);
  const hasDigits = toks.some((t) => 'code' in t && /[0#?]/.test(t.code));
  if (!hasDigits) {
    // "@" or a format of literals only: the literals, with the General value where "@" stands.
    const text = toks.map((t) => ('lit' in t ? t.lit : t.code === '@' ? formatGeneral(value) : t.code)).join('');
    return (autoMinus ? '-' : '') + text;
  }
  if (toks.some((t) => 'code' in t && t.code === '/')) return formatGeneral(d);
  const out = formatDigits(value.abs(), toks);
  // A negative value that rounds to zero keeps its sign ("-0.00"), as Excel shows it.
  return out == null ? formatGeneral(d) : (autoMinus ? '-' : '') + out.text;
}

/** Formats |value| by a section's digit placeholders; null when the section is not understood. */
function formatDigits(value: Decimal, toks: readonly Tok[]): { text: string; digits: string } | null {
  // Locate the numeric run: from the first placeholder to the last, with , . E+ inside it.
  const codes = toks.map((t) => ('code' in t ? t.code : null));
  const first = codes.findIndex((c) => c != null && /[0#?]/.test(c));
  let last = -1;
  for (let i = codes.length - 1; i >= 0; i--) if (codes[i] != null && /[0#?]/.test(codes[i] as string)) { last = i; break; }
  // Thousands scaling commas directly after the last placeholder (before the decimal point or end).
  let scale = 0;
  let j = last + 1;
  while (codes[j] === ',') {
    scale++;
    j++;
  }
  const percent = codes.filter((c) => c === '%').length;
  let v = value;
  if (percent) v = v.times(new Decimal(100).pow(percent));
  if (scale) v = v.div(new Decimal(1000).pow(scale));

  const run = codes.slice(first, last + 1);
  const expAt = run.findIndex((c) => c === 'E' || c === 'e');
  if (expAt >= 0) return formatScientific(v, toks, first, last, expAt);
  const pointAt = run.indexOf('.');
  const intCodes = (pointAt < 0 ? run : run.slice(0, pointAt)).filter((c): c is string => c != null);
  const fracCodes = pointAt < 0 ? [] : run.slice(pointAt + 1).filter((c): c is string => c != null && /[0#?]/.test(c));
  const grouping = intCodes.includes(',');
  const intPlaces = intCodes.filter((c) => /[0#?]/.test(c));
  const minInt = intPlaces.filter((c) => c === '0').length;

  const rounded = v.toDecimalPlaces(fracCodes.length, Decimal.ROUND_HALF_UP);
  const [intRaw = '0', fracRaw = ''] = rounded.toFixed(fracCodes.length).split('.');
  let int = intRaw === '0' ? '' : intRaw;
  if (int.length < minInt) int = int.padStart(minInt, '0');
  // '?' integer places pad with spaces.
  const qInt = intPlaces.filter((c) => c === '?').length;
  if (int.length < minInt + qInt) int = int.padStart(minInt + qInt, ' ');
  if (grouping) int = group(int);
  let frac = '';
  for (let k = 0; k < fracCodes.length; k++) frac += fracRaw[k] ?? '0';
  // Trailing '#' places drop zeros, trailing '?' places turn them into spaces.
  let end = frac.length;
  while (end > 0 && frac[end - 1] === '0' && fracCodes[end - 1] !== '0') end--;
  frac = frac.slice(0, end) + fracCodes.slice(end).map((c) => (c === '?' ? ' ' : '')).join('');
  const number = pointAt < 0 ? int : `${int}.${frac}`;
  // Literals inside the run (e.g. "0.00 元" has none; "#,##0\"元\"" after it) keep their place.
  let text = '';
  for (let i = 0; i < toks.length; i++) {
    if (i === first) text += number;
    if (i >= first && i <= last + scale) continue;
    const t = toks[i] as Tok;
    text += 'lit' in t ? t.lit : t.code === '%' ? '%' : t.code;
  }
  return { text, digits: number };
}

function formatScientific(v: Decimal, toks: readonly Tok[], first: number, last: number, expAt: number): { text: string; digits: string } | null {
  const codes = toks.slice(first, last + 1).map((t) => ('code' in t ? t.code : ''));
  const mant = codes.slice(0, expAt);
  const point = mant.indexOf('.');
  const intPlaces = (point < 0 ? mant : mant.slice(0, point)).filter((c) => /[0#?]/.test(c)).length || 1;
  const fracPlaces = point < 0 ? 0 : mant.slice(point + 1).filter((c) => /[0#?]/.test(c)).length;
  const expPlaces = codes.slice(expAt + 1).filter((c) => /[0#?]/.test(c)).length || 1;
  const plus = codes[expAt + 1] === '+';
  if (v.isZero()) {
    const text = `${'0'.padStart(1)}${fracPlaces ? `.${'0'.repeat(fracPlaces)}` : ''}E${plus ? '+' : ''}${'0'.repeat(expPlaces)}`;
    return { text: wrap(toks, first, last, text), digits: text };
  }
  // Engineering-style formats (##0.0E+0) make the exponent a multiple of the integer places.
  let exp = v.abs().log(10).floor().toNumber();
  if (intPlaces > 1) exp = Math.floor(exp / intPlaces) * intPlaces;
  let m = v.div(new Decimal(10).pow(exp)).toDecimalPlaces(fracPlaces, Decimal.ROUND_HALF_UP);
  if (m.abs().gte(new Decimal(10).pow(intPlaces))) {
    exp += intPlaces;
    m = v.div(new Decimal(10).pow(exp)).toDecimalPlaces(fracPlaces, Decimal.ROUND_HALF_UP);
  }
  const sign = exp < 0 ? '-' : plus ? '+' : '';
  const text = `${m.toFixed(fracPlaces)}E${sign}${String(Math.abs(exp)).padStart(expPlaces, '0')}`;
  return { text: wrap(toks, first, last, text), digits: text };
}

function wrap(toks: readonly Tok[], first: number, last: number, number: string): string {
  let text = '';
  for (let i = 0; i < toks.length; i++) {
    if (i === first) text += number;
    if (i >= first && i <= last) continue;
    const t = toks[i] as Tok;
    text += 'lit' in t ? t.lit : t.code;
  }
  return text;
}

function group(int: string): string {
  const lead = /^ */.exec(int)?.[0] ?? '';
  const digits = int.slice(lead.length);
  return lead + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_MS = 86_400_000;

/** A date serial as calendar date and time of day, in whole days and seconds (no float drift). */
function serialParts(d: Decimal, date1904: boolean): { y: number; mo: number; day: number; wd: number; secs: number } | null {
  if (d.isNegative()) return null;
  let days = d.floor().toNumber();
  let secs = d.minus(d.floor()).times(86400).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  if (secs >= 86400) {
    days++;
    secs -= 86400;
  }
  if (days > 2_958_465) return null; // past 9999-12-31
  if (!date1904 && days === 60) return { y: 1900, mo: 2, day: 29, wd: 3, secs };
  // The 1900 system counts a 29 February 1900 that never was (Lotus compatibility).
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const t = new Date(base + days * DAY_MS);
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, day: t.getUTCDate(), wd: t.getUTCDay(), secs };
}

function formatDate(d: Decimal, toks: readonly Tok[], date1904: boolean): string | null {
  const p = serialParts(d, date1904);
  if (!p) return null;
  // Runs of the same letter are one code (yyyy, mm, …); m is a month, or minutes next to h or s.
  const items: Tok[] = [];
  for (const t of toks) {
    const prev = items[items.length - 1];
    if ('code' in t && prev && 'code' in prev && DATE_CODE.test(t.code) && prev.code[0]?.toLowerCase() === t.code.toLowerCase()) {
      items[items.length - 1] = { code: prev.code + t.code };
    } else items.push(t);
  }
  const codes = items.map((i) => ('code' in i ? i.code.toLowerCase() : null));
  const half = codes.some((c) => c === 'am/pm' || c === 'a/p' || c === '上午/下午');
  let hours = Math.floor(p.secs / 3600);
  const minutes = Math.floor((p.secs % 3600) / 60);
  const seconds = p.secs % 60;
  const pm = hours >= 12;
  if (half) hours = hours % 12 || 12;
  const near = (k: number, dir: -1 | 1): string | undefined => {
    for (let i = k + dir; i >= 0 && i < codes.length; i += dir) {
      const c = codes[i]?.replace(/^\[/, '');
      if (c != null && /^[hmsdy]/.test(c)) return c;
    }
    return undefined;
  };
  let out = '';
  items.forEach((it, k) => {
    if ('lit' in it) {
      out += it.lit;
      return;
    }
    const c = codes[k] as string;
    const n = c.length;
    if (c === 'am/pm') out += pm ? 'PM' : 'AM';
    else if (c === 'a/p') out += pm ? 'P' : 'A';
    else if (c === '上午/下午') out += pm ? '下午' : '上午';
    else if (c === '[h]' || c === '[hh]') out += String(d.floor().toNumber() * 24 + Math.floor(p.secs / 3600));
    else if (c === '[m]' || c === '[mm]') out += String(d.floor().toNumber() * 1440 + Math.floor(p.secs / 60));
    else if (c[0] === 'y') out += n <= 2 ? pad(p.y % 100) : String(p.y);
    else if (c[0] === 'm' && n <= 2 && (near(k, -1)?.[0] === 'h' || near(k, 1)?.[0] === 's')) out += n === 2 ? pad(minutes) : String(minutes);
    else if (c[0] === 'm') out += n === 1 ? String(p.mo) : n === 2 ? pad(p.mo) : (MONTHS[p.mo - 1] as string);
    else if (c[0] === 'd') out += n === 1 ? String(p.day) : n === 2 ? pad(p.day) : (DAYS[p.wd] as string);
    else if (c[0] === 'h') out += n === 1 ? String(hours) : pad(hours);
    else if (c[0] === 's') out += n === 1 ? String(seconds) : pad(seconds);
    else out += it.code;
  });
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Is this format a date or time format (so that a number under it is a date, not an amount)? */
export function isDateFormat(format: string): boolean {
  const first = sections(format)[0] ?? '';
  if (/^\s*general\s*$/i.test(first.replace(/\[[^\]]*\]/g, ''))) return false;
  return isDateSection(tokens(first).toks);
}
