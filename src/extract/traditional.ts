import type { LayoutDocument } from '../model/layout.js';
import type { Location } from '../model/location.js';
import { SIMPLIFIED, TRADITIONAL } from './traditional-chars.js';

/**
 * A final account in the traditional script is nearly always a mirror site's conversion of a simplified
 * one, character by character. The reader knows the simplified words only, so such a text is converted
 * back the same way: each traditional character a final account uses has one simplified form (the
 * conversion is many-to-one that way round), and one UTF-16 unit stands for one, so offsets stay true.
 */

const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((t, i) => [t, SIMPLIFIED[i]!]));
const ANY_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`);
const ALL_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`, 'g');

// Characters written only in the traditional script, among the words every final account uses
// (決算, 說明, 財政撥款, 預算, 經費, 資產, 總計, 單位, 門, 與, 額, 萬元, 執行 …), and their simplified forms.
const SIGN = /[決說財撥預經費資產總計單門與額開務區這會員輛國報類項規萬億執稅]/g;
const SIGN_SIMPLIFIED = /[决说财拨预经费资产总计单门与额开务区这会员辆国报类项规万亿执税]/g;

// A mirror's pinyin after a character it converted ("預(yù)算", "聯(lián)"): a syllable with its tone mark.
const GLOSS = /(?<=\p{Script=Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu;

/** The note said of a text read so: its quotes are in the simplified script. */
export const TRADITIONAL_NOTE = '本文是繁体字文本（多为网站转换），已逐字按简体字读取，检查结果中的引文为简体字';

/** A text with its traditional characters written in their simplified forms. */
export function toSimplified(s: string): string {
  return ANY_TRADITIONAL.test(s) ? s.replace(ALL_TRADITIONAL, (c) => TO_SIMPLIFIED.get(c) ?? c) : s;
}

/** A text without a mirror's pinyin glosses, and where each offset of it was in the text given. */
function dropGlosses(s: string): { text: string; at: (offset: number) => number } {
  const cuts: { from: number; length: number }[] = [];
  const text = s.replace(GLOSS, (g, from: number) => {
    cuts.push({ from, length: g.length });
    return '';
  });
  // An offset into the text given, moved back over the glosses cut before it.
  const at = (offset: number) => offset - cuts.reduce((n, c) => (c.from < offset ? n + Math.min(c.length, offset - c.from) : n), 0);
  return { text, at };
}

/** How many of an account's own words' characters a text writes in each script. */
export function scriptSigns(text: string): { traditional: number; simplified: number } {
  return { traditional: text.match(SIGN)?.length ?? 0, simplified: text.match(SIGN_SIMPLIFIED)?.length ?? 0 };
}

/**
 * Whether a text is in the traditional script: many of the account's own words written so, few or
 * none in the simplified script (a simplified account's one slip, "金額", is not).
 */
export function inTraditionalScript(text: string): boolean {
  if ((text.match(SIGN)?.length ?? 0) < 8) return false;
  const { traditional: trad, simplified } = scriptSigns(text);
  return (trad >= 20 && trad > 3 * simplified) || simplified === 0;
}

// The opening of a layout judged: enough for a cover, contents and the first tables.
const SAMPLE_CHARS = 20_000;

function sampleText(layout: LayoutDocument): string {
  let text = '';
  for (const b of layout.blocks) {
    text += b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.map((c) => c.text).join('')).join('');
    if (text.length > SAMPLE_CHARS) break;
  }
  return text;
}

/**
 * A layout in the traditional script converted in place to the simplified one, with a note saying so;
 * a mirror's pinyin glosses are dropped from its text.
 */
export function simplifyTraditionalLayout(layout: LayoutDocument): void {
  if (!inTraditionalScript(sampleText(layout))) return;
  const fix = (o: { text: string; location: Location }) => {
    o.text = toSimplified(o.text);
    if (o.location.text) o.location.text = toSimplified(o.location.text);
  };
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') {
      // (A PDF's spans place each character: its text is left as laid out.)
      if (!b.spans) {
        const { text, at } = dropGlosses(b.text);
        if (b.breaks) b.breaks = b.breaks.map((k) => ({ ...k, offset: at(k.offset) }));
        b.text = text;
      }
      fix(b);
    } else for (const row of b.rows) for (const c of row) {
      c.text = dropGlosses(c.text).text;
      fix(c);
    }
    if (b.location.text) b.location.text = toSimplified(b.location.text);
  }
  for (const f of layout.furniture ?? []) fix(f);
  layout.notes.push(TRADITIONAL_NOTE);
  layout.script = 'traditional';
}
